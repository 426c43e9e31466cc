/**
 * The result the keyboard is on (the listbox's active option): ArrowUp/ArrowDown, Home/End and
 * PageUp/PageDown move it, Enter opens it (the first result when none is active yet), a click
 * makes the clicked one active. Each new answer starts with none active: row 3 of the old results
 * means nothing in the new ones.
 */
import { useCallback, useEffect, useState } from 'react';
import { rowId, type NavigationKey } from './result-keys';
import type { SearchView } from './useSearch';

export type { NavigationKey } from './result-keys';

/** Rows PageUp/PageDown move by when the caller does not say (about one screen of rows). */
const PAGE = 8;

export interface ActiveResult {
  /** -1 when none is active. */
  index: number;
  /** The active row's element id (for aria-activedescendant), when that row is loaded. */
  rowId: string | undefined;
  navigate: (key: NavigationKey, page?: number) => void;
  /** Makes row `index` active (clamped to the results), without opening it. */
  moveTo: (index: number) => void;
  /** Stable, for the memoised result rows. */
  openAt: (index: number, id: string) => void;
}

export function useActiveResult(results: SearchView, open: (id: string) => void): ActiveResult {
  const [index, setIndex] = useState(-1);

  useEffect(() => {
    setIndex(-1);
  }, [results.shown]);

  const last = results.total - 1;
  const moveTo = useCallback(
    (to: number) => {
      setIndex(last < 0 ? -1 : Math.max(0, Math.min(last, to)));
    },
    [last],
  );

  const navigate = useCallback(
    (key: NavigationKey, page = PAGE) => {
      if (last < 0) return;
      if (key === 'down') setIndex((i) => Math.min(last, i + 1));
      else if (key === 'up') setIndex((i) => Math.max(0, i - 1));
      else if (key === 'home') setIndex(0);
      else if (key === 'end') setIndex(last);
      else if (key === 'pagedown') setIndex((i) => Math.min(last, Math.max(0, i) + page));
      else if (key === 'pageup') setIndex((i) => Math.max(0, i - page));
      else {
        const target = index < 0 ? 0 : index;
        const hit = results.hitAt(target);
        if (hit !== undefined) {
          setIndex(target);
          open(hit.id);
        }
      }
    },
    [results, index, open, last],
  );

  const openAt = useCallback(
    (at: number, id: string) => {
      setIndex(at);
      open(id);
    },
    [open],
  );

  const active = index >= 0 && results.hitAt(index) !== undefined ? rowId(index) : undefined;
  return { index, rowId: active, navigate, moveTo, openAt };
}
