/**
 * No dead end: when all the words of a query together find nothing, the search shows what
 * matches most of them, as Meilisearch's matching strategy and Algolia's
 * `removeWordsIfNoResults` do, and says which words it left out.
 *
 * Words are left out one at a time, in this order, until the rest find something:
 * 1. words that find nothing even alone (after typo correction);
 * 2. one-letter words (initials, parts of legal forms: they say least about what is sought,
 *    and counting their matches would cost more than the rest of the search);
 * 3. the words that match the fewest organisations alone, the last typed first on a tie.
 * One query per word left out, plus one count per word: a handful of FTS5 queries, only on
 * this path.
 */

export interface DeadEndSearch<T> {
  /** Organisations the word at this index matches alone; undefined for a one-letter word. */
  count(index: number): number | undefined;
  /** The matches of these words together (indexes ascending); empty when there are none. */
  attempt(kept: readonly number[]): T[];
}

export interface Fallback<T> {
  kept: number[];
  dropped: number[];
  found: T[];
}

/**
 * The words to keep (and their matches) when all `n` words together find nothing; undefined
 * when no word finds anything, or there is only one.
 */
export function leaveOutWords<T>(n: number, search: DeadEndSearch<T>): Fallback<T> | undefined {
  if (n < 2) return undefined;
  const counts = Array.from({ length: n }, (_, i) => search.count(i));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const ca = counts[a] ?? -1;
    const cb = counts[b] ?? -1;
    return ca - cb || b - a;
  });
  const zero = order.filter((i) => counts[i] === 0);
  const dropped = [...zero];
  let kept = order.filter((i) => counts[i] !== 0).sort((a, b) => a - b);
  const rest = order.filter((i) => counts[i] !== 0);
  while (kept.length > 0) {
    if (dropped.length > 0) {
      const found = search.attempt(kept);
      if (found.length > 0) return { kept, dropped: dropped.sort((a, b) => a - b), found };
    }
    const next = rest.shift();
    if (next === undefined || kept.length === 1) break;
    dropped.push(next);
    kept = kept.filter((i) => i !== next);
  }
  return undefined;
}
