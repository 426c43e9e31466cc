/**
 * No dead end: when all the words of a query together find nothing, the search shows what
 * matches the most of them and says which words it left out, as Algolia's
 * `removeWordsIfNoResults` and Meilisearch's `frequency` matching strategy do.
 *
 * Which words go, one at a time:
 * 1. words that find nothing even alone (after typo correction): they cannot help;
 * 2. then as few words as possible. Of the words whose removal lets the rest find something,
 *    the first in this order goes: one-letter words (initials, parts of legal forms), then
 *    the word matching the most organisations, the last typed first on a tie. A frequent
 *    word says least about what is sought: "semmelweis university budapest" keeps
 *    "semmelweis" and "budapest" and leaves out "university". When no single word's removal
 *    helps, the first in that order goes and the search goes on with the rest.
 *
 * One count per word and one query per combination tried, at most MAX_ATTEMPTS: a handful of
 * FTS5 queries, and only on this path.
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

/** Combinations tried at most: a pasted sentence must not cost hundreds of queries. */
const MAX_ATTEMPTS = 24;

/**
 * The words to keep (and their matches) when all `n` words together find nothing; undefined
 * when no word finds anything, or there is only one.
 */
export function leaveOutWords<T>(n: number, search: DeadEndSearch<T>): Fallback<T> | undefined {
  if (n < 2) return undefined;
  const counts = Array.from({ length: n }, (_, i) => search.count(i));
  const dropped = counts.flatMap((c, i) => (c === 0 ? [i] : []));
  // Letters first, then the most frequent, then the last typed.
  const order = Array.from({ length: n }, (_, i) => i)
    .filter((i) => counts[i] !== 0)
    .sort((a, b) => {
      const ca = counts[a] ?? Number.MAX_SAFE_INTEGER;
      const cb = counts[b] ?? Number.MAX_SAFE_INTEGER;
      return cb - ca || b - a;
    });
  let kept = [...order].sort((a, b) => a - b);
  let attempts = 0;
  const done = (found: T[]): Fallback<T> => ({
    kept,
    dropped: [...dropped].sort((a, b) => a - b),
    found,
  });
  if (kept.length > 0 && dropped.length > 0) {
    attempts++;
    const found = search.attempt(kept);
    if (found.length > 0) return done(found);
  }
  while (kept.length > 1) {
    for (const candidate of order) {
      if (!kept.includes(candidate)) continue;
      if (attempts++ >= MAX_ATTEMPTS) return undefined;
      const rest = kept.filter((i) => i !== candidate);
      const found = search.attempt(rest);
      if (found.length > 0) {
        kept = rest;
        dropped.push(candidate);
        return done(found);
      }
    }
    const first = order.find((i) => kept.includes(i));
    if (first === undefined) break;
    kept = kept.filter((i) => i !== first);
    dropped.push(first);
  }
  return undefined;
}
