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
 * Within a tier, bm25 over the name decides, with whole-word matches counted twice
 * (query.ts, typedExpression()). Matches outside the name tiers are scored later, over all
 * columns (text-match.ts, scoreRest()). Each tier is one FTS5 query over the name column;
 * the first is of whole words only, the cheapest kind.
 */
import type { CatalogueArrays } from './catalogue-arrays';
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
    set(rid, 2 * NAME_TIER_BONUS + score);
  }
  if (typed.size === 0) return;
  for (const rid of fts.plain(nameOnlyExpression(wholeWordExpression(terms)))) {
    const score = typed.get(rid);
    if (score !== undefined) set(rid, 3 * NAME_TIER_BONUS + score);
  }
}
