/**
 * Runs the text part of a search: parse, correct typos against the vocabulary when a word is
 * unknown (or when the whole query finds nothing), query FTS5, and return the matching slots
 * with their relevance keys.
 */
import type { Db } from '../connection';
import type { CatalogueArrays } from './catalogue-arrays';
import { fold, words } from './fold';
import { matchExpression, nameOnlyExpression, type QueryTerm } from './query';
import type { LabelIndex } from './taxonomy-tokens';
import { allowedEdits, correct, type Vocabulary } from './typo';

/** bm25 weights in column order: name, services, people, place, events, description. */
export const BM25_WEIGHTS = [10, 5, 4, 3, 3, 1] as const;

/**
 * Matches whose name holds every word come first: their key is this bonus plus their bm25, so
 * they sort before any other match (bm25 is negative and within a few hundred).
 */
export const NAME_TIER_BONUS = -1e6;

export interface TextMatches {
  slots: Int32Array;
  /** Folded words to highlight: every spelling and correction of every term. */
  highlightTerms: string[];
  corrections: { from: string; to: string }[];
  /**
   * Writes the keys of the matches outside the name tier (weighted bm25 over all columns).
   * Computing bm25 costs ~5× more per row than finding the row, so it is done only when a
   * page reaches past the name tier, or for a full ordered export.
   */
  scoreRest(): void;
}

export interface TextMatcher {
  /**
   * Matches of parsed terms. With `ranked`, the keys of name-tier matches are written into
   * `key` (smaller is better) and the others set to 0 until scoreRest() is called. `also`
   * (ascending slots) match as well, whatever the text index says, with key 0 unless the text
   * matches them too: the organisations of a phone number (phones.ts).
   */
  match(
    terms: readonly QueryTerm[],
    arrays: CatalogueArrays,
    key: Float64Array,
    ranked: boolean,
    nameOf: (slot: number) => string,
    also?: Int32Array,
  ): TextMatches;
}

export function createTextMatcher(
  db: Db,
  vocabulary: () => Vocabulary,
  labels: LabelIndex,
): TextMatcher {
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

  const known = (term: QueryTerm, tokens: readonly string[] | undefined): boolean =>
    (tokens !== undefined && tokens.length > 0) ||
    term.spellings.some((s) =>
      term.prefix ? prefixed.get(s, `${s}\u{10FFFF}`) !== undefined : exact.get(s) !== undefined,
    );

  const addCorrections = (
    terms: readonly QueryTerm[],
    corrections: Map<number, string[]>,
    tokens: ReadonlyMap<number, readonly string[]>,
    onlyUnknown: boolean,
  ): boolean => {
    let added = false;
    terms.forEach((term, i) => {
      const word = term.spellings[0] ?? '';
      if (corrections.has(i) || allowedEdits(word) === 0) return;
      if (onlyUnknown && known(term, tokens.get(i))) return;
      const found = correct(vocabulary(), word, term.prefix).map((c) => c.term);
      corrections.set(i, found);
      if (found.length > 0) added = true;
    });
    return added;
  };

  return {
    match(terms, arrays, key, ranked, nameOf, also) {
      const corrections = new Map<number, string[]>();
      const tokens = new Map<number, string[]>();
      terms.forEach((term, i) => {
        const found = new Set(term.spellings.flatMap((s) => labels.tokens(s, term.prefix)));
        if (found.size > 0) tokens.set(i, [...found]);
      });
      const { indexed, kept, letters } = splitLetters(terms, tokens);
      const expressionOf = () =>
        matchExpression(kept, renumber(corrections, indexed), renumber(tokens, indexed)) ?? '';
      addCorrections(terms, corrections, tokens, true);
      let expression = expressionOf();
      let rids = runPlain(expression);
      // Nothing found although every word exists: the words may be real but misspelt
      // ("milan" for "milano"), so try corrections of every word once.
      if (rids.length === 0 && addCorrections(terms, corrections, tokens, false)) {
        expression = expressionOf();
        rids = runPlain(expression);
      }
      let slots: Int32Array = new Int32Array(rids.length);
      let n = 0;
      const hasLetters = lettersMatcher(letters);
      for (const rid of rids) {
        const slot = arrays.slotOfRid[rid] ?? -1;
        if (slot < 0) continue; // indexed but not (yet) in the arrays: ignore
        if (!hasLetters(nameOf(slot))) continue;
        slots[n++] = slot;
        key[slot] = 0;
      }
      if (also !== undefined && also.length > 0) {
        slots = union(slots.subarray(0, n), also);
        n = slots.length;
        for (const slot of also) key[slot] = 0;
      }
      if (ranked && n > 0) {
        for (const [rid, score] of run(nameOnlyExpression(expression))) {
          const slot = arrays.slotOfRid[rid] ?? -1;
          if (slot >= 0) key[slot] = NAME_TIER_BONUS + score;
        }
      }
      let restScored = !ranked;
      const scoreRest = () => {
        if (restScored) return;
        restScored = true;
        for (const [rid, score] of run(expression)) {
          const slot = arrays.slotOfRid[rid] ?? -1;
          if (slot >= 0 && (key[slot] ?? 0) > NAME_TIER_BONUS / 2) key[slot] = score;
        }
      };
      const highlightTerms: string[] = [];
      const reported: { from: string; to: string }[] = [];
      terms.forEach((term, i) => {
        highlightTerms.push(...term.spellings);
        for (const to of corrections.get(i) ?? []) {
          highlightTerms.push(to);
          reported.push({ from: term.typed, to });
        }
      });
      return { slots: slots.subarray(0, n), highlightTerms, corrections: reported, scoreRest };
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
 * A one-letter word among longer ones ("Nástrojárna Pokorný a.s.", "Stahlbau Wien e.K.") is
 * nearly always part of a legal form or an initial in the name. Through FTS5 it costs more than
 * the rest of the query together: a letter is in a third of all documents, and a one-letter
 * prefix ("s" while typing) expands to thousands of words without a prefix index (20–80 ms at
 * 100,000 organisations, against 0.1 ms for the other words). So such words are checked
 * against the names of what the other words found: a word of the name equal to the letter, or
 * starting with it for the word being typed. A query of single letters only stays in FTS5.
 */
function splitLetters(
  terms: readonly QueryTerm[],
  tokens: ReadonlyMap<number, readonly string[]>,
): { indexed: number[]; kept: QueryTerm[]; letters: QueryTerm[] } {
  const indexed: number[] = [];
  const letters: QueryTerm[] = [];
  terms.forEach((term, i) => {
    if (!tokens.has(i) && term.spellings.every((s) => s.length === 1)) letters.push(term);
    else indexed.push(i);
  });
  if (indexed.length === 0)
    return { indexed: terms.map((_, i) => i), kept: [...terms], letters: [] };
  return { indexed, kept: terms.filter((_, i) => indexed.includes(i)), letters };
}

/** `map` with its keys, indexes into the whole term list, turned into indexes into `kept`. */
function renumber<T>(map: ReadonlyMap<number, T>, kept: readonly number[]): Map<number, T> {
  const out = new Map<number, T>();
  kept.forEach((original, i) => {
    const value = map.get(original);
    if (value !== undefined) out.set(i, value);
  });
  return out;
}

/** Whether a name has a word for each one-letter term (see splitLetters()). */
function lettersMatcher(letters: readonly QueryTerm[]): (name: string) => boolean {
  if (letters.length === 0) return () => true;
  return (name) => {
    const nameWords = words(fold(name));
    return letters.every((term) =>
      term.spellings.some((letter) =>
        nameWords.some((w) => (term.prefix ? w.startsWith(letter) : w === letter)),
      ),
    );
  };
}

/** The slots of two sets, ascending: `a` in the order FTS5 returned it, `b` ascending. */
function union(a: Int32Array, b: Int32Array): Int32Array {
  const inA = new Set(a);
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  let n = a.length;
  for (const slot of b) if (!inA.has(slot)) out[n++] = slot;
  return out.subarray(0, n).sort();
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
