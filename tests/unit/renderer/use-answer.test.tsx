// @vitest-environment jsdom
/**
 * An asynchronous read as a component shows it: nothing until it answers, null when it fails,
 * and never an older read's answer over a newer one's, even when the older one arrives last.
 */
import { describe, expect, it } from 'vitest';
import { useAnswer } from '../../../renderer/src/useAnswer';
import { deferred, fakeClient, renderHook, settle } from './harness';

describe('useAnswer', () => {
  it('is undefined until the read answers, then its value', async () => {
    const read = deferred<string>();
    const load = () => read.promise;
    const probe = renderHook(fakeClient({}).client, useAnswer<string>, load);
    expect(probe.history.at(-1)).toBeUndefined();
    read.resolve('qr.png');
    await settle();
    expect(probe.history.at(-1)).toBe('qr.png');
    probe.unmount();
  });

  it('is null when the read fails', async () => {
    const read = deferred<string>();
    const load = () => read.promise;
    const probe = renderHook(fakeClient({}).client, useAnswer<string>, load);
    read.reject(new Error('NOT_FOUND'));
    await settle();
    expect(probe.history.at(-1)).toBeNull();
    probe.unmount();
  });

  it('keeps the older answer until the newer read answers, and drops a late older answer', async () => {
    const [first, second, third] = [deferred<string>(), deferred<string>(), deferred<string>()];
    const probe = renderHook(fakeClient({}).client, useAnswer<string>, () => first.promise);
    first.resolve('first');
    await settle();

    probe.rerender(() => second.promise);
    expect(probe.history.at(-1)).toBe('first');
    probe.rerender(() => third.promise);
    third.resolve('third');
    await settle();
    second.resolve('second');
    await settle();
    expect(probe.history.at(-1)).toBe('third');
    probe.unmount();
  });
});
