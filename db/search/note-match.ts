/**
 * The user's private notes in search: a query finds an organisation whose note holds every
 * word too, and each hit carries the first line of its note. Notes are user data, outside the
 * catalogue's search index (a sync rewrites the index; it never touches notes), and few — one
 * per organisation the user bothered to write about — so they are matched here, in code,
 * folded exactly as the index folds the catalogue (case, accents, ß/ł, ae/oe/ue spellings:
 * fold.ts), each query word as the beginning of a note's word, as the last word is in the index.
 *
 * The folded words are kept between searches and read again only when the notes change (their
 * count, newest edit or total length differ), so typing a query costs one tiny aggregate query.
 */
import type { Db } from '../sqlite';
import { firstLine } from '../user-data/notes';
import { foldedText, words } from './fold';
import type { QueryTerm } from './query';

interface FoldedNote {
  id: string;
  words: readonly string[];
}

export interface NoteMatcher {
  /** Ids of the organisations whose note holds every term (as the start of one of its words). */
  matchingIds(terms: readonly QueryTerm[]): string[];
  /** The first non-empty line of each of these organisations' notes (those that have one). */
  firstLines(ids: readonly string[]): Map<string, string>;
}

export function createNoteMatcher(db: Db): NoteMatcher {
  const fingerprint = db.prepare(
    'SELECT count(*) AS n, max(updated_at) AS last, total(length(text)) AS size FROM note',
  );
  const allNotes = db.prepare<[], { id: string; text: string }>(
    'SELECT organisation_id AS id, text FROM note',
  );
  const someNotes = db.prepare<[string], { id: string; text: string }>(
    `SELECT organisation_id AS id, text FROM note
     WHERE organisation_id IN (SELECT value FROM json_each(?))`,
  );
  let seen = '';
  let folded: FoldedNote[] = [];

  function notes(): FoldedNote[] {
    const now = JSON.stringify(fingerprint.get());
    if (now !== seen) {
      folded = allNotes
        .all()
        .map((n) => ({ id: n.id, words: [...new Set(words(foldedText(n.text)))] }));
      seen = now;
    }
    return folded;
  }

  return {
    matchingIds(terms) {
      if (terms.length === 0) return [];
      return notes()
        .filter((note) =>
          terms.every((term) =>
            note.words.some((w) => (term.prefix ? w.startsWith(term.form) : w === term.form)),
          ),
        )
        .map((note) => note.id);
    },

    firstLines(ids) {
      const lines = new Map<string, string>();
      if (ids.length === 0 || notes().length === 0) return lines;
      for (const note of someNotes.all(JSON.stringify(ids))) {
        const line = firstLine(note.text);
        if (line !== '') lines.set(note.id, line);
      }
      return lines;
    },
  };
}
