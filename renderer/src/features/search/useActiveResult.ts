/**
 * The result the keyboard is on, for the search box: ArrowDown and ArrowUp move it, Enter opens
 * it (the first result when none is active yet), a click makes the clicked one active. Each
 * new answer starts with none active: row 3 of the old results means nothing in the new ones.
 */
import { useCallback, useEffect, useState } from 'react';
import { rowId } from './ResultList';
import type { SearchView } from './useSearch';

export type NavigationKey = 'up' | 'down' | 'enter';

export interface ActiveResult {
  /** -1 when none is active. */
  index: number;
  /** The active row's element id (for aria-activedescendant), when that row is loaded. */
  rowId: string | undefined;
  navigate: (key: NavigationKey) => void;
  /** Stable, for the memoised result rows. */
  openAt: (index: number, id: string) => void;
}

export function useActiveResult(results: SearchView, open: (id: string) => void): ActiveResult {
  const [index, setIndex] = useState(-1);

  useEffect(() => {
    setIndex(-1);
  }, [results.shown]);

  const navigate = useCallback(
    (key: NavigationKey) => {
      const last = results.total - 1;
      if (key === 'down') setIndex((i) => Math.min(last, i + 1));
      else if (key === 'up') setIndex((i) => Math.max(0, i - 1));
      else {
        const target = index < 0 ? 0 : index;
        const hit = results.hitAt(target);
        if (hit !== undefined) {
          setIndex(target);
          open(hit.id);
        }
      }
    },
    [results, index, open],
  );

  const openAt = useCallback(
    (at: number, id: string) => {
      setIndex(at);
      open(id);
    },
    [open],
  );

  const active = index >= 0 && results.hitAt(index) !== undefined ? rowId(index) : undefined;
  return { index, rowId: active, navigate, openAt };
}
