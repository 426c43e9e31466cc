// @vitest-environment jsdom
/** Ticking results for export: a tick toggles, "clear" empties, the callbacks stay the same. */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useSelection } from '../../../../../renderer/src/features/search/useSelection';
import { fakeClient, renderHook } from '../../harness';

describe('useSelection', () => {
  it('toggles and clears, with stable callbacks', () => {
    const { client } = fakeClient({});
    const probe = renderHook(client, () => useSelection(), {});
    const { toggle, clear } = probe.current();
    act(() => {
      toggle('a');
      toggle('b');
      toggle('c');
      toggle('b');
    });
    expect([...probe.current().selected]).toEqual(['a', 'c']);
    expect(probe.current().toggle).toBe(toggle);
    act(() => {
      clear();
    });
    expect(probe.current().selected.size).toBe(0);
    expect(probe.current().clear).toBe(clear);
    probe.unmount();
  });
});
