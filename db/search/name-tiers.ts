/**
 * Relevance keys of the matches whose name holds every word (smaller is better), in tiers
 * that nothing outside them can overtake:
 *
 * 1. every word a whole word of the name, as typed (any spelling): "Wien" for "wien";
 * 2. every word as typed, some only as the beginning of a name's word: "Wiener" for "wien",
 *    "Technische Universität Wien" for "techn univ wien";
 * 3. some word only through a typo alternative ("Semmelweis" for "semmelweiss"); for a word
 *    that matched nothing and was replaced, the matches of its best correction first ("univ"
 *    for "unvi", before the rarer "envi").
 *
 * Within the first two tiers, names holding the words typed next to each other, in the order
 * typed, come first ("univ karl": "Univerzita Karlova" before "Karlstads Universitet", as
 * Meilisearch's proximity rule does); then bm25 decides, with whole-word matches counted
 * twice (query.ts, typedExpression()). Matches outside the name tiers are scored later, over
 * all columns (text-match.ts, scoreRest()). Each tier is one FTS5 query over the name column;
 * the first is of whole words only, the cheapest kind.
 */
import type { CatalogueArrays } from './catalogue-arrays';
import { foldedText, words } from './fold';
import { nameOnlyExpression, typedExpression, wholeWordExpression, type QueryTerm } from './query';

/**
 * The key of a match in the lowest name tier is this bonus plus its bm25 (negative, within a
 * few hundred); each tier above adds the bonus once more. Everything below half the bonus is
 * in a name tier.
 */
export const NAME_TIER_BONUS = -1e6;

export interface TierQueries {
  /** rowid and bm25 of the matches of an expression. */
  scored(expression: string): [number, number][];
  /** rowids of the matches of an expression. */
  plain(expression: string): number[];
}

/** Steps between the matches of successive corrections in tier 3 (bm25 stays well within). */
const CORRECTION_STEP = 1e4;
/** Per pair of words typed that the name holds side by side, in order (tiers 1 and 2). */
const NEIGHBOURS_STEP = 1e3;
/**
 * Names read for word order at most: the names of a multi-word query's tier are mostly a few
 * dozen, and reading thousands would cost more than the search (a few µs each).
 */
const MAX_ORDERED = 2000;

export interface TieredQuery {
  /** The words searched for (letters and left-out words aside). */
  terms: readonly QueryTerm[];
  /** The whole expression: with typo alternatives and taxonomy tokens. */
  expression: string;
  withAlternatives: boolean;
  /**
   * For the first word replaced by its corrections: the whole expression with only its first,
   * second … correction (best first).
   */
  byCorrection: readonly string[];
}

/** Writes the keys of the name-tier matches into `key`; other keys are left as they are. */
export function rankNameTiers(
  query: TieredQuery,
  key: Float64Array,
  arrays: CatalogueArrays,
  fts: TierQueries,
  nameOf: (slot: number) => string,
): void {
  const { terms, expression, byCorrection } = query;
  const set = (rid: number, value: number) => {
    const slot = arrays.slotOfRid[rid] ?? -1;
    if (slot >= 0) key[slot] = value;
  };
  if (query.withAlternatives) {
    const worst = byCorrection.length * CORRECTION_STEP;
    for (const [rid, score] of fts.scored(nameOnlyExpression(expression))) {
      set(rid, NAME_TIER_BONUS + worst + score);
    }
    // The worst first, so that a match of a better correction overwrites it.
    for (let r = byCorrection.length - 1; r >= 0; r--) {
      for (const [rid, score] of fts.scored(nameOnlyExpression(byCorrection[r] ?? ''))) {
        set(rid, NAME_TIER_BONUS + r * CORRECTION_STEP + score);
      }
    }
  }
  const typed = new Map<number, number>();
  for (const [rid, score] of fts.scored(nameOnlyExpression(typedExpression(terms)))) {
    typed.set(rid, score);
  }
  if (typed.size === 0) return;
  const neighbours =
    terms.length > 1 && typed.size <= MAX_ORDERED ? neighbourCounter(terms) : undefined;
  const typedKey = (rid: number, score: number) => {
    const slot = arrays.slotOfRid[rid] ?? -1;
    const pairs = neighbours === undefined || slot < 0 ? 0 : neighbours(nameOf(slot));
    return 2 * NAME_TIER_BONUS - pairs * NEIGHBOURS_STEP + score;
  };
  for (const [rid, score] of typed) {
    typed.set(rid, typedKey(rid, score));
    set(rid, typed.get(rid) ?? 0);
  }
  for (const rid of fts.plain(nameOnlyExpression(wholeWordExpression(terms)))) {
    const typedValue = typed.get(rid);
    if (typedValue !== undefined) set(rid, typedValue + NAME_TIER_BONUS);
  }
}

/** How many pairs of successive terms a name holds as neighbouring words, in that order. */
function neighbourCounter(terms: readonly QueryTerm[]): (name: string) => number {
  const matches = (word: string, term: QueryTerm) =>
    term.prefix ? word.startsWith(term.form) : word === term.form;
  return (name) => {
    const nameWords = words(foldedText(name));
    let pairs = 0;
    for (let t = 0; t + 1 < terms.length; t++) {
      const first = terms[t];
      const second = terms[t + 1];
      if (first === undefined || second === undefined) continue;
      for (let w = 0; w + 1 < nameWords.length; w++) {
        if (matches(nameWords[w] ?? '', first) && matches(nameWords[w + 1] ?? '', second)) {
          pairs++;
          break;
        }
      }
    }
    return pairs;
  };
}
