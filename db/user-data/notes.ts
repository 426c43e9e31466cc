/**
 * The user's private notes on organisations (user data: never written by an import or a sync,
 * and no foreign key cascades into it from the catalogue). A note on an organisation that the
 * catalogue no longer holds is kept, reported as `removed: true`.
 */
import { CatalogueError } from '../errors';
import type { Db } from '../sqlite';

const MAX_NOTE = 10_000;

export interface Note {
  id: string;
  name: string | null;
  removed: boolean;
  text: string;
  updatedAt: string;
}

const now = () => new Date().toISOString();

/** A note's first line in a result row or a shortlist: enough to recognise it, never all. */
const FIRST_LINE_MAX = 120;

/** The first line of a note with text, cut with an ellipsis past FIRST_LINE_MAX characters. */
export function firstLine(text: string): string {
  const line = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  const trimmed = line.trim();
  return trimmed.length <= FIRST_LINE_MAX
    ? trimmed
    : `${trimmed.slice(0, FIRST_LINE_MAX - 1).trimEnd()}…`;
}

/**
 * Sets the user's note on an organisation; an empty (or blank) text deletes it. A new note
 * needs the organisation to be in the catalogue; an existing one can always be edited.
 */
export function setNote(db: Db, id: string, text: string): Note | undefined {
  if (text.length > MAX_NOTE) {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `A note must be at most ${MAX_NOTE} characters (this one has ${text.length}).`,
    );
  }
  return db.transaction(() => {
    if (text.trim() === '') {
      db.prepare('DELETE FROM note WHERE organisation_id = ?').run(id);
      return undefined;
    }
    const known =
      db.prepare('SELECT 1 FROM organisation WHERE id = ?').get(id) !== undefined ||
      db.prepare('SELECT 1 FROM note WHERE organisation_id = ?').get(id) !== undefined;
    if (!known) {
      throw new CatalogueError('NOT_FOUND', `No organisation with id ${id} in the catalogue.`);
    }
    db.prepare(
      `INSERT INTO note (organisation_id, text, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (organisation_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
    ).run(id, text, now());
    return getNote(db, id);
  })();
}

const NOTE_SELECT = `SELECT n.organisation_id AS id, o.name AS name, n.text, n.updated_at AS updatedAt
  FROM note n LEFT JOIN organisation o ON o.id = n.organisation_id`;

type NoteRow = Omit<Note, 'removed'>;
const toNote = (r: NoteRow): Note => ({ ...r, removed: r.name === null });

export function getNote(db: Db, id: string): Note | undefined {
  const row = db.prepare(`${NOTE_SELECT} WHERE n.organisation_id = ?`).get(id) as
    NoteRow | undefined;
  return row && toNote(row);
}

/** Every note, most recently edited first. */
export function listNotes(db: Db): Note[] {
  return (
    db.prepare(`${NOTE_SELECT} ORDER BY n.updated_at DESC, n.organisation_id`).all() as NoteRow[]
  ).map(toNote);
}
