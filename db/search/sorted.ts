/** Lookups in a sorted list of strings (the typo vocabulary, the words of taxonomy labels). */

/** The index of the first item that is ≥ `value` (the list's length if there is none). */
export function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? '') < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
