/**
 * Runs the text part of a search: parse, correct typos against the vocabulary when a word is
 * unknown (or when the whole query finds nothing), query FTS5, and return the matching slots
 * with their relevance keys.
 */
import type { Db } from '../connection';
import type { CatalogueArrays } from './catalogue-arrays';
import { matchExpression, nameOnlyExpression, type QueryTerm } from './query';
import { allowedEdits, correct, type Vocabulary } from './typo';

/** bm25 weights in column order: name, services, people, place, events, description. */
export const BM25_WEIGHTS = [10, 5, 4, 3, 3, 1] as const;

/** Whole-name matches are ranked before all others; bm25 is negative, within a few hundred. */
const NAME_TIER_BONUS = -1e6;

export interface TextMatches {
  slots: Int32Array;
  /** Folded words to highlight: every spelling and correction of every term. */
  highlightTerms: string[];
  corrections: { from: string; to: string }[];
}

export interface TextMatcher {
  /** Matches of parsed terms, writing each match's relevance key into `key` (smaller is better). */
  match(
    terms: readonly QueryTerm[],
    arrays: CatalogueArrays,
    key: Float64Array,
    ranked: boolean,
  ): TextMatches;
}

export function createTextMatcher(db: Db, vocabulary: () => Vocabulary): TextMatcher {
  const scored = db
    .prepare(
      `SELECT rowid, bm25(organisation_fts, ${BM25_WEIGHTS.join(', ')}) FROM organisation_fts WHERE organisation_fts MATCH ?`,
    )
    .raw();
  const plain = db
    .prepare('SELECT rowid FROM organisation_fts WHERE organisation_fts MATCH ?')
    .pluck();
  const exact = db.prepare('SELECT 1 FROM organisation_fts_vocab WHERE term = ?').pluck();
  const prefixed = db
    .prepare('SELECT 1 FROM organisation_fts_vocab WHERE term >= ? AND term < ? LIMIT 1')
    .pluck();

  const known = (term: QueryTerm): boolean =>
    term.spellings.some((s) =>
      term.prefix ? prefixed.get(s, `${s}\u{10FFFF}`) !== undefined : exact.get(s) !== undefined,
    );

  const addCorrections = (
    terms: readonly QueryTerm[],
    corrections: Map<number, string[]>,
    onlyUnknown: boolean,
  ): boolean => {
    let added = false;
    terms.forEach((term, i) => {
      const word = term.spellings[0] ?? '';
      if (corrections.has(i) || allowedEdits(word) === 0) return;
      if (onlyUnknown && known(term)) return;
      const found = correct(vocabulary(), word, term.prefix).map((c) => c.term);
      corrections.set(i, found);
      if (found.length > 0) added = true;
    });
    return added;
  };

  return {
    match(terms, arrays, key, ranked) {
      const corrections = new Map<number, string[]>();
      addCorrections(terms, corrections, true);
      let expression = matchExpression(terms, corrections) ?? '';
      let rows = run(expression);
      // Nothing found although every word exists: the words may be real but misspelt
      // ("milan" for "milano"), so try corrections of every word once.
      if (rows.length === 0 && addCorrections(terms, corrections, false)) {
        expression = matchExpression(terms, corrections) ?? '';
        rows = run(expression);
      }
      const slots = new Int32Array(rows.length);
      let n = 0;
      for (const [rid, score] of rows) {
        const slot = arrays.slotOfRid[rid] ?? -1;
        if (slot < 0) continue; // indexed but not (yet) in the arrays: ignore
        slots[n++] = slot;
        key[slot] = score;
      }
      if (ranked && n > 0) {
        for (const rid of runPlain(nameOnlyExpression(expression))) {
          const slot = arrays.slotOfRid[rid] ?? -1;
          if (slot >= 0) key[slot] = (key[slot] ?? 0) + NAME_TIER_BONUS;
        }
      }
      const highlightTerms: string[] = [];
      const reported: { from: string; to: string }[] = [];
      terms.forEach((term, i) => {
        highlightTerms.push(...term.spellings);
        for (const to of corrections.get(i) ?? []) {
          highlightTerms.push(to);
          reported.push({ from: term.typed, to });
        }
      });
      return { slots: slots.subarray(0, n), highlightTerms, corrections: reported };
    },
  };

  function run(expression: string): [number, number][] {
    if (expression === '') return [];
    return guarded(() => scored.all(expression) as [number, number][]);
  }

  function runPlain(expression: string): number[] {
    return guarded(() => plain.all(expression) as number[]);
  }
}

/**
 * The expression is built from quoted letter/digit words only, so FTS5 cannot see syntax in
 * it; should the tokenizer still refuse one (an exotic character), that word finds nothing.
 */
function guarded<T>(fn: () => T[]): T[] {
  try {
    return fn();
  } catch (error) {
    if (error instanceof Error && /fts5/i.test(error.message)) return [];
    throw error;
  }
}
