// @vitest-environment jsdom
/**
 * The app's update state: the system going online asks the app to check at once; a pushed
 * status replaces the one read; after an automatic update a notice counts the organisations
 * new, changed and withdrawn (a sync the user started gets its own message in Updates instead),
 * and what was read from the old catalogue is read again.
 */
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeSet, SyncStatus } from '../../../../../contract';
import { useSync, type SyncState } from '../../../../../renderer/src/features/sync/useSync';
import { fakeClient, renderHook, settle, type HookProbe } from '../../harness';

const STATUS: SyncStatus = {
  version: 1,
  source: 'feed',
  channel: 'stable',
  issued: null,
  expires: null,
  appliedAt: null,
  lastCheck: null,
  lastSuccess: null,
  lastError: null,
  feedUrl: 'https://feed.example.org/',
  syncing: false,
  state: 'never-checked',
  outOfDateSince: null,
  nextCheck: null,
  autoUpdate: true,
  checkEvery: '6h',
};

const ref = (id: string) => ({ id, name: id });
const CHANGE_SET: ChangeSet = {
  id: 7,
  fromVersion: 1,
  version: 2,
  appliedAt: '2026-12-06T10:00:00.000Z',
  payload: 'delta',
  organisations: {
    added: [ref('a'), ref('b')],
    changed: [{ ...ref('c'), fields: ['phone'] }],
    removed: [ref('d')],
  },
  // Events count in the payload's totals, not in the notice about organisations.
  events: { added: [ref('e1'), ref('e2'), ref('e3')], changed: [], removed: [] },
};

const probes: HookProbe<unknown, SyncState>[] = [];
afterEach(() => {
  for (const probe of probes.splice(0)) probe.unmount();
});

function setUp() {
  let onlineCalls = 0;
  const fake = fakeClient({
    syncStatus: () => Promise.resolve(STATUS),
    networkOnline: () => {
      onlineCalls++;
      return Promise.resolve({ checking: true });
    },
    listChanges: () => Promise.resolve({ changeSets: [CHANGE_SET] }),
  });
  const probe = renderHook(fake.client, () => useSync(), undefined);
  probes.push(probe);
  return { ...fake, probe, onlineCalls: () => onlineCalls };
}

describe('useSync', () => {
  it('asks for a check when the system says the network is back', async () => {
    const { onlineCalls } = setUp();
    await settle();
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(onlineCalls()).toBe(0);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await settle();
    expect(onlineCalls()).toBe(1);
  });

  it('shows a pushed status at once, an automatic check included', async () => {
    const { probe, emit } = setUp();
    await settle();
    expect(probe.current().syncing).toBe(false);
    act(() => {
      emit('update-status', { ...STATUS, syncing: true });
    });
    expect(probe.current().syncing).toBe(true);
    expect(probe.current().waiting).toBe(false); // Sync now stays available: it joins
  });

  it('after an automatic update: a notice counting organisations, and the catalogue read again', async () => {
    const { probe, emit } = setUp();
    await settle();
    const before = probe.current().catalogueVersion;
    act(() => {
      emit('sync-finished', {
        status: 'updated',
        fromVersion: 1,
        version: 2,
        changes: { added: 5, changed: 1, removed: 1 },
        automatic: true,
      });
    });
    await settle();
    expect(probe.current().notice).toEqual({ version: 2, added: 2, changed: 1, withdrawn: 1 });
    expect(probe.current().catalogueVersion).toBe(before + 1);
    act(() => {
      probe.current().dismissNotice();
    });
    expect(probe.current().notice).toBeNull();
  });

  it('no notice for a sync the user started, nor for one that changed nothing', async () => {
    const { probe, emit } = setUp();
    await settle();
    const finished = {
      fromVersion: 1,
      version: 2,
      changes: { added: 1, changed: 0, removed: 0 },
    };
    act(() => {
      emit('sync-finished', { ...finished, status: 'updated', automatic: false });
      emit('sync-finished', { ...finished, status: 'up-to-date', automatic: true });
    });
    await settle();
    expect(probe.current().notice).toBeNull();
  });
});
