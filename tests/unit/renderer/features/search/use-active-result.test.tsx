// @vitest-environment jsdom
/**
 * Moving through the results from the search box: arrows move within the results, Enter opens
 * the active one (the first when none is), a click makes its row active, and a new answer
 * starts with none active.
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { SearchHit, SearchQuery } from '../../../../../contract';
import {
  useActiveResult,
  type NavigationKey,
} from '../../../../../renderer/src/features/search/useActiveResult';
import type { SearchView } from '../../../../../renderer/src/features/search/useSearch';
import { fakeClient, renderHook } from '../../harness';

/** An answer of `total` results of which the first `loaded` rows have arrived. */
function answer(text: string, total: number, loaded = total): SearchView {
  const shown: SearchQuery = { text };
  return {
    shown,
    total,
    facets: null,
    corrections: [],
    dropped: [],
    error: null,
    pending: false,
    pagesVersion: 0,
    hitAt: (index) =>
      index >= 0 && index < loaded ? ({ id: `${text}-${index}` } as SearchHit) : undefined,
    ensureRange: () => undefined,
  };
}

function setUp(first: SearchView) {
  const opened: string[] = [];
  const { client } = fakeClient({});
  const probe = renderHook(
    client,
    (results: SearchView) =>
      useActiveResult(results, (id) => {
        opened.push(id);
      }),
    first,
  );
  const press = (key: NavigationKey, page?: number) => {
    act(() => {
      probe.current().navigate(key, page);
    });
  };
  return { probe, opened, press };
}

describe('useActiveResult', () => {
  it('moves within the results and opens the active one', () => {
    const { probe, opened, press } = setUp(answer('a', 3));
    expect(probe.current().index).toBe(-1);
    expect(probe.current().rowId).toBeUndefined();
    press('down');
    press('down');
    expect(probe.current().index).toBe(1);
    expect(probe.current().rowId).toBe('result-1');
    press('down');
    press('down');
    expect(probe.current().index).toBe(2);
    press('up');
    press('up');
    press('up');
    expect(probe.current().index).toBe(0);
    press('down');
    press('enter');
    expect(opened).toEqual(['a-1']);
    probe.unmount();
  });

  it('opens the first result on Enter when none is active, and nothing when there is none', () => {
    const { probe, opened, press } = setUp(answer('a', 2));
    press('enter');
    expect(opened).toEqual(['a-0']);
    expect(probe.current().index).toBe(0);

    probe.rerender(answer('none', 0));
    press('enter');
    press('down');
    expect(opened).toEqual(['a-0']);
    expect(probe.current().index).toBe(-1);
    probe.unmount();
  });

  it('starts a new answer with none active; a click makes its row active', () => {
    const { probe, opened, press } = setUp(answer('a', 5));
    press('down');
    press('down');
    probe.rerender(answer('ab', 5));
    expect(probe.current().index).toBe(-1);
    act(() => {
      probe.current().openAt(3, 'ab-3');
    });
    expect(opened).toEqual(['ab-3']);
    expect(probe.current().index).toBe(3);
    probe.unmount();
  });

  it('jumps with Home and End, moves a page with PageUp and PageDown, within the results', () => {
    const { probe, press } = setUp(answer('a', 20));
    press('pagedown', 8);
    expect(probe.current().index).toBe(8);
    press('pagedown', 8);
    press('pagedown', 8);
    expect(probe.current().index).toBe(19);
    press('pageup', 8);
    expect(probe.current().index).toBe(11);
    press('home');
    expect(probe.current().index).toBe(0);
    press('pageup', 8);
    expect(probe.current().index).toBe(0);
    press('end');
    expect(probe.current().rowId).toBe('result-19');
    act(() => {
      probe.current().moveTo(40);
    });
    expect(probe.current().index).toBe(19);
    act(() => {
      probe.current().moveTo(-3);
    });
    expect(probe.current().index).toBe(0);
    probe.rerender(answer('none', 0));
    press('end');
    act(() => {
      probe.current().moveTo(2);
    });
    expect(probe.current().index).toBe(-1);
    probe.unmount();
  });

  it('names no active row while that row has not arrived', () => {
    const { probe, press } = setUp(answer('a', 500, 100));
    act(() => {
      probe.current().openAt(250, 'a-250');
    });
    expect(probe.current().index).toBe(250);
    expect(probe.current().rowId).toBeUndefined();
    press('up');
    expect(probe.current().rowId).toBeUndefined();
    probe.unmount();
  });
});
