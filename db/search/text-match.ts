/**
 * Runs the text part of a search: parse, look up typo alternatives where the index does not
 * know a word (word-alternatives.ts), query FTS5, leave out the words that match least when
 * all together find nothing (dead-end.ts), and return the matching slots with their
 * relevance keys (name-tiers.ts).
 */
import type { Db } from '../sqlite';
import type { CatalogueArrays } from './catalogue-arrays';
import { leaveOutWords } from './dead-end';
import { foldedText, words } from './fold';
import { NAME_TIER_BONUS, rankNameTiers } from './name-tiers';
import { matchExpression, termExpression, type QueryTerm } from './query';
import type { LabelIndex } from './taxonomy-tokens';
import type { Vocabulary } from './typo';
import { createWordAlternatives, type WordStatus } from './word-alternatives';

export { NAME_TIER_BONUS } from './name-tiers';

/** bm25 weights in column order: name, services, people, place, events, description. */
export const BM25_WEIGHTS = [10, 5, 4, 3, 3, 1] as const;

interface TextMatches {
  slots: Int32Array;
  /** Folded words to highlight: every form and alternative of every word searched for. */
  highlightTerms: string[];
  /** Words that matched nothing, and what was searched for instead (only what found some). */
  corrections: { from: string; to: string }[];
  /** The words searched for, as typed. */
  matched: string[];
  /** Words left out because all together found nothing, as typed (dead-end.ts). */
  dropped: string[];
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
  const counted = db
    .prepare('SELECT count(*) FROM organisation_fts WHERE organisation_fts MATCH ?')
    .pluck();
  const exists = db
    .prepare('SELECT 1 FROM organisation_fts WHERE organisation_fts MATCH ? LIMIT 1')
    .pluck();
  const lookup = createWordAlternatives(db, vocabulary);

  const run = (expression: string) =>
    guarded(() => scored.all(expression) as [number, number][], []);

  /** Each term with what the index knows of it (see Word). */
  const analyse = (terms: readonly QueryTerm[]): Word[] => {
    const words = terms.map((term) => {
      const tokens = labels.tokens(term.form, term.prefix);
      return { term, tokens, letter: isLetter(term, tokens), alternatives: [] as string[] };
    });
    // A query of single letters only stays in FTS5.
    if (words.every((w) => w.letter)) for (const w of words) w.letter = false;
    return words.map((w): Word => {
      if (w.letter) return { ...w, status: undefined };
      const status = lookup.status(w.term, w.tokens);
      return { ...w, status, alternatives: lookup.alternatives(w.term, status) };
    });
  };

  return {
    match(terms, arrays, key, ranked, nameOf, also) {
      const words = analyse(terms);

      /** The FTS5 expression of some words, letters left out; `swap` replaces alternatives. */
      const expressionOf = (some: readonly Word[], swap?: { word: Word; to: string }) => {
        const indexed = some.filter((w) => !w.letter);
        const alternativesOf = (w: Word) => (w === swap?.word ? [swap.to] : w.alternatives);
        return (
          matchExpression(
            indexed.map((w) => w.term),
            new Map(indexed.map((w, at) => [at, alternativesOf(w)])),
            new Map(indexed.map((w, at) => [at, w.tokens])),
          ) ?? ''
        );
      };
      /** Slots matching some of the words, in the order FTS5 returns them. */
      const slotsOf = (some: readonly Word[]): number[] => {
        const hasLetters = lettersMatcher(some.filter((w) => w.letter).map((w) => w.term));
        const out: number[] = [];
        for (const rid of guarded(() => plain.all(expressionOf(some)) as number[], [])) {
          const slot = arrays.slotOfRid[rid] ?? -1;
          // Indexed but not (yet) in the arrays: ignore.
          if (slot >= 0 && hasLetters(nameOf(slot))) out.push(slot);
        }
        return out;
      };
      const pick = (indexes: readonly number[]) =>
        indexes.flatMap((i) => (words[i] === undefined ? [] : [words[i]]));

      let kept = words;
      let dropped: Word[] = [];
      let found = slotsOf(words);
      // A query written like a phone number (`also` given) looks for that number: leaving out
      // some of its digit groups would find unrelated postcodes and street numbers instead.
      if (found.length === 0 && also === undefined) {
        const fallback = leaveOutWords(words.length, {
          count: (i) => {
            const w = words[i];
            if (w === undefined || w.letter) return undefined;
            const e = termExpression(w.term, w.alternatives, w.tokens);
            return guarded(() => [counted.get(e) as number], [0])[0];
          },
          attempt: (indexes) => slotsOf(pick(indexes)),
        });
        if (fallback !== undefined) {
          kept = pick(fallback.kept);
          dropped = pick(fallback.dropped);
          found = fallback.found;
        }
      }

      let slots: Int32Array = Int32Array.from(found);
      for (const slot of slots) key[slot] = 0;
      if (also !== undefined && also.length > 0) {
        slots = union(slots, also);
        for (const slot of also) key[slot] = 0;
      }
      const indexed = kept.filter((w) => !w.letter);
      const expression = expressionOf(kept);
      if (ranked && slots.length > 0 && indexed.length > 0) {
        const replaced = indexed.find((w) => w.status === 'unknown' && w.alternatives.length > 0);
        rankNameTiers(
          {
            terms: indexed.map((w) => w.term),
            expression,
            withAlternatives: indexed.some((w) => w.alternatives.length > 0),
            byCorrection:
              replaced === undefined
                ? []
                : replaced.alternatives.map((to) => expressionOf(kept, { word: replaced, to })),
          },
          key,
          arrays,
          { scored: run, plain: (e) => guarded(() => plain.all(e) as number[], []) },
          nameOf,
        );
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

      const corrections: { from: string; to: string }[] = [];
      for (const word of indexed) {
        if (word.status !== 'unknown') continue;
        // Only the corrections that find something with the other words are named.
        for (const to of word.alternatives) {
          const e = expressionOf(kept, { word, to });
          if (guarded(() => [exists.get(e)], [undefined])[0] !== undefined) {
            corrections.push({ from: word.term.typed, to });
          }
        }
      }
      return {
        slots,
        highlightTerms: kept.flatMap((w) => [w.term.form, ...w.alternatives]),
        corrections,
        matched: [...new Set(kept.map((w) => w.term.typed))],
        dropped: [...new Set(dropped.map((w) => w.term.typed))],
        scoreRest,
      };
    },
  };
}

/** A query term, and what the index knows of it. */
interface Word {
  term: QueryTerm;
  /** Tokens of the taxonomy values (countries, regions, service types) it names. */
  tokens: string[];
  /** A one-letter word among longer ones, checked against names (see isLetter()). */
  letter: boolean;
  /** Undefined for a letter. */
  status: WordStatus | undefined;
  /** Typo alternatives (word-alternatives.ts). */
  alternatives: string[];
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
function isLetter(term: QueryTerm, tokens: readonly string[]): boolean {
  return tokens.length === 0 && term.form.length === 1;
}

/** Whether a name has a word for each one-letter term (see isLetter()). */
function lettersMatcher(letters: readonly QueryTerm[]): (name: string) => boolean {
  if (letters.length === 0) return () => true;
  return (name) => {
    const nameWords = words(foldedText(name));
    return letters.every((term) =>
      nameWords.some((w) => (term.prefix ? w.startsWith(term.form) : w === term.form)),
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
function guarded<T>(fn: () => T[], fallback: T[]): T[] {
  try {
    return fn();
  } catch (error) {
    if (error instanceof Error && /fts5/i.test(error.message)) return fallback;
    throw error;
  }
}
