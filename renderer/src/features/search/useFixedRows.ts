/**
 * Windowing for a list of fixed-height rows: which rows a scroller shows, from its scroll
 * position and height alone. Every row has the same height, so this is arithmetic on two
 * numbers — no per-row measurement, unlike a general virtualiser, which keeps a measurement
 * per row and rebuilds it (100,000 objects at 100,000 results) whenever the count changes,
 * that is, on nearly every answer while the user types.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface RowWindow {
  /** First row to render (inclusive). */
  first: number;
  /** Last row to render (inclusive); `first - 1` when there is none. */
  last: number;
}

/** The rows in view plus `overscan` on each side, clamped to `count`. */
export function rowWindow(
  scrollTop: number,
  height: number,
  count: number,
  rowHeight: number,
  overscan: number,
): RowWindow {
  if (count <= 0) return { first: 0, last: -1 };
  const top = Math.max(0, scrollTop);
  const firstVisible = Math.min(count - 1, Math.floor(top / rowHeight));
  const lastVisible = Math.min(count - 1, Math.floor((top + Math.max(height, 1) - 1) / rowHeight));
  return {
    first: Math.max(0, firstVisible - overscan),
    last: Math.min(count - 1, lastVisible + overscan),
  };
}

/** The scroll position that brings row `index` fully into view, moving as little as possible. */
export function scrollTopFor(
  index: number,
  scrollTop: number,
  height: number,
  rowHeight: number,
): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + height) return Math.max(0, bottom - height);
  return scrollTop;
}

export function useFixedRows(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan: number,
): RowWindow & { scrollToIndex: (index: number) => void; scrollToTop: () => void } {
  const [viewport, setViewport] = useState({ scrollTop: 0, height: 0 });
  // The exact position, kept from scroll events: reading scrollTop after a render would force
  // a layout on every answer.
  const position = useRef(0);

  // Measured before the first paint, so the first frame already shows a full screen of rows.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element === null) return;
    const update = () => {
      const next = { scrollTop: element.scrollTop, height: element.clientHeight };
      position.current = next.scrollTop;
      // Re-render only when the rows on screen change, not on every scrolled pixel.
      setViewport((current) =>
        Math.floor(current.scrollTop / rowHeight) === Math.floor(next.scrollTop / rowHeight) &&
        current.height === next.height
          ? current
          : next,
      );
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    resize?.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      resize?.disconnect();
    };
  }, [scroller, rowHeight]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scroller.current;
      if (element === null || index < 0) return;
      const target = scrollTopFor(index, element.scrollTop, element.clientHeight, rowHeight);
      if (target !== element.scrollTop) element.scrollTop = target;
    },
    [scroller, rowHeight],
  );

  /** Back to the first row (a new query starts at the top); no layout when already there. */
  const scrollToTop = useCallback(() => {
    const element = scroller.current;
    if (element !== null && position.current > 0) element.scrollTop = 0;
  }, [scroller]);

  return {
    ...rowWindow(viewport.scrollTop, viewport.height, count, rowHeight, overscan),
    scrollToIndex,
    scrollToTop,
  };
}
