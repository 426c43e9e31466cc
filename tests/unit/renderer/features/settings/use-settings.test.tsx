// @vitest-environment jsdom
/**
 * Settings are read once at start and their language shown; a save returns only once the saved
 * language is shown, and a refused save changes nothing.
 */
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type Settings } from '../../../../../contract';
import { useSettings } from '../../../../../renderer/src/features/settings/useSettings';
import { deferred, fakeClient, renderHook, settle, type HookProbe } from '../../harness';

const READ: Settings = {
  feedUrl: 'https://feed.example/',
  defaultFeedUrl: 'https://feed.example/',
  language: 'system',
  theme: 'system',
  autoUpdate: true,
  checkEvery: '6h',
  updatesFixed: false,
};

const mounted: HookProbe<unknown, unknown>[] = [];
afterEach(() => {
  for (const probe of mounted.splice(0)) probe.unmount();
});

describe('useSettings', () => {
  it('reads the settings once and shows their language', async () => {
    const shown: string[] = [];
    let reads = 0;
    const { client } = fakeClient({
      getSettings: () => {
        reads++;
        return Promise.resolve(READ);
      },
    });
    const probe = renderHook(
      client,
      () =>
        useSettings(async (language) => {
          shown.push(language);
          await Promise.resolve();
        }),
      {},
    );
    mounted.push(probe);
    expect(probe.current().settings).toBeNull();
    await settle();
    expect(probe.current().settings).toEqual(READ);
    expect(shown).toEqual(['system']);
    // A new callback on a later render does not read the settings again.
    probe.rerender({});
    await settle();
    expect(reads).toBe(1);
  });

  it('resolves a save only after the saved language is shown', async () => {
    const showing = deferred<undefined>();
    const shown: string[] = [];
    const saved: Settings = { ...READ, language: 'de' };
    const { client } = fakeClient({
      getSettings: () => Promise.resolve(READ),
      setSettings: (change) => Promise.resolve({ ...READ, ...change }),
    });
    const probe = renderHook(
      client,
      () =>
        useSettings(async (language) => {
          shown.push(language);
          if (language === 'de') await showing.promise;
        }),
      {},
    );
    mounted.push(probe);
    await settle();

    let done = false;
    let save: Promise<Settings> | undefined;
    await act(async () => {
      save = probe
        .current()
        .saveSettings({ language: 'de' })
        .then((result) => {
          done = true;
          return result;
        });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(shown).toEqual(['system', 'de']);
    expect(probe.current().settings).toEqual(saved);
    expect(done).toBe(false);

    await act(async () => {
      showing.resolve(undefined);
      expect(await save).toEqual(saved);
    });
  });

  it('rejects a refused save with the API’s error and keeps the settings', async () => {
    const refusal = new ApiError('INVALID_ARGUMENT', 'feedUrl: not an https:// address');
    const shown: string[] = [];
    const { client } = fakeClient({
      getSettings: () => Promise.resolve(READ),
      setSettings: () => Promise.reject(refusal),
    });
    const probe = renderHook(
      client,
      () =>
        useSettings((language) => {
          shown.push(language);
          return Promise.resolve();
        }),
      {},
    );
    mounted.push(probe);
    await settle();
    await act(async () => {
      await expect(probe.current().saveSettings({ feedUrl: 'ftp://x' })).rejects.toBe(refusal);
    });
    expect(probe.current().settings).toEqual(READ);
    expect(shown).toEqual(['system']);
  });
});
