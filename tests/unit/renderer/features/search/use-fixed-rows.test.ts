/** The result list's windowing: which rows are drawn, and where scrolling to a row lands. */
import { describe, expect, it } from 'vitest';
import { rowWindow, scrollTopFor } from '../../../../../renderer/src/features/search/useFixedRows';

describe('rows drawn for a scroll position', () => {
  it('draws the rows in view plus the overscan, never past either end', () => {
    // 10 rows of 76 px in a 900 px high list at the top: rows 0–11 are (partly) visible.
    expect(rowWindow(0, 900, 100_000, 76, 6)).toEqual({ first: 0, last: 17 });
    // Scrolled to row 1,000: rows 1,000–1,011 visible, 6 more on each side.
    expect(rowWindow(76_000, 900, 100_000, 76, 6)).toEqual({ first: 994, last: 1017 });
    expect(rowWindow(76_000, 900, 1_005, 76, 6)).toEqual({ first: 994, last: 1004 });
    expect(rowWindow(0, 900, 3, 76, 6)).toEqual({ first: 0, last: 2 });
  });

  it('draws nothing for no results, and something before the list has a height', () => {
    expect(rowWindow(0, 900, 0, 76, 6)).toEqual({ first: 0, last: -1 });
    expect(rowWindow(0, 0, 50, 76, 6)).toEqual({ first: 0, last: 6 });
  });

  it('keeps a list scrolled past its end (a shorter answer) drawing its last rows', () => {
    expect(rowWindow(760_000, 900, 20, 76, 6)).toEqual({ first: 13, last: 19 });
  });
});

describe('scrolling a row into view', () => {
  it('moves only as far as needed, and not at all when the row is in view', () => {
    expect(scrollTopFor(5, 0, 900, 76)).toBe(0);
    expect(scrollTopFor(20, 0, 900, 76)).toBe(21 * 76 - 900);
    expect(scrollTopFor(3, 760, 900, 76)).toBe(3 * 76);
  });
});
