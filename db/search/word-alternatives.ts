/**
 * What the index knows of each query word, and the typo alternatives that follow from it:
 *
 * - a word of the catalogue (or the name of a country, region or service type) is never
 *   corrected: "wien" is not "bien";
 * - a word that only begins catalogue words ("univ", "semmelweiss") keeps matching as typed,
 *   and from 5 letters also gets alternatives (alternativeEdits()), so that "semmelweiss"
 *   finds SEMMELWEIS EGYETEM as well as the "Semmelweisstraße" it begins. The user is shown
 *   nothing about these: nothing they typed was replaced;
 * - a word that matches nothing is replaced by its corrections (allowedEdits()), and those
 *   that find something are reported ("Showing results for … instead of …").
 */
import type { Db } from '../sqlite';
import type { QueryTerm } from './query';
import { allowedEdits, alternativeEdits, correct, type Vocabulary } from './typo';

export type WordStatus = 'whole' | 'beginning' | 'unknown';

export interface WordAlternatives {
  status(term: QueryTerm, tokens: readonly string[] | undefined): WordStatus;
  /** Typo alternatives of a word of that status (whole words, or beginnings for a prefix). */
  alternatives(term: QueryTerm, status: WordStatus): string[];
}

export function createWordAlternatives(db: Db, vocabulary: () => Vocabulary): WordAlternatives {
  const exact = db.prepare('SELECT 1 FROM organisation_fts_vocab WHERE term = ?').pluck();
  const begins = db
    .prepare('SELECT 1 FROM organisation_fts_vocab WHERE term >= ? AND term < ? LIMIT 1')
    .pluck();
  return {
    status(term, tokens) {
      if (tokens !== undefined && tokens.length > 0) return 'whole';
      if (exact.get(term.form) !== undefined) return 'whole';
      if (term.prefix && begins.get(term.form, `${term.form}\u{10FFFF}`) !== undefined) {
        return 'beginning';
      }
      return 'unknown';
    },
    alternatives(term, status) {
      if (status === 'whole') return [];
      const edits = status === 'unknown' ? allowedEdits(term.form) : alternativeEdits(term.form);
      if (edits === 0) return [];
      return correct(vocabulary(), term.form, term.prefix, 3, edits).map((c) => c.term);
    },
  };
}
