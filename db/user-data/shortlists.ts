/**
 * The user's shortlists of organisations (user data, like notes, settings and the sync log:
 * never written by an import or a sync, and no foreign key cascades into it from the catalogue).
 * Organisations are referred to by their stable source id; one that the catalogue no longer
 * holds stays in the list, reported as `removed: true`.
 */
import { CatalogueError } from '../errors';
import type { Db } from '../sqlite';
import { firstLine } from './notes';
import { latestChangeSetId } from './change-sets';

const MAX_SHORTLIST_NAME = 100;

export interface ShortlistSummary {
  name: string;
  createdAt: string;
  /** Organisations in the list, including ones the catalogue has since removed. */
  count: number;
  /** How many of them the catalogue no longer holds. */
  removed: number;
}

export interface ShortlistItem {
  id: string;
  /** The organisation's name, or null when the catalogue no longer holds it. */
  name: string | null;
  removed: boolean;
  addedAt: string;
  /** The first line of the user's note on it, when there is one. */
  note?: string;
}

const now = () => new Date().toISOString();

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') {
    throw new CatalogueError('INVALID_ARGUMENT', 'A shortlist name must not be empty.');
  }
  if (trimmed.length > MAX_SHORTLIST_NAME) {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `A shortlist name must be at most ${MAX_SHORTLIST_NAME} characters (this one has ${trimmed.length}).`,
    );
  }
  return trimmed;
}

/**
 * The shortlist whose name equals `name` ignoring case in every script (SQLite's NOCASE only
 * folds ASCII, so "Čaj" and "čaj" are compared here).
 */
function findShortlist(db: Db, name: string): { id: number; name: string } | undefined {
  const wanted = name.trim().toLocaleLowerCase();
  const rows = db.prepare('SELECT id, name FROM shortlist').all() as { id: number; name: string }[];
  return rows.find((r) => r.name.toLocaleLowerCase() === wanted);
}

export function requireShortlist(db: Db, name: string): { id: number; name: string } {
  const list = findShortlist(db, name);
  if (!list) {
    throw new CatalogueError(
      'NOT_FOUND',
      `There is no shortlist called "${name.trim()}". Run \`catalogue shortlist list\` to see them.`,
    );
  }
  return list;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Every shortlist, sorted by name as people read it (Č next to C, not after Z). */
export function listShortlists(db: Db): ShortlistSummary[] {
  const lists = db
    .prepare(
      `SELECT s.name, s.created_at AS createdAt, count(i.organisation_id) AS count,
              count(i.organisation_id) - count(o.rid) AS removed
       FROM shortlist s
       LEFT JOIN shortlist_item i ON i.shortlist_id = s.id
       LEFT JOIN organisation o ON o.id = i.organisation_id
       GROUP BY s.id`,
    )
    .all() as ShortlistSummary[];
  return lists.sort((a, b) => byName.compare(a.name, b.name));
}

export function createShortlist(db: Db, name: string): ShortlistSummary {
  const clean = checkName(name);
  return db.transaction(() => {
    const existing = findShortlist(db, clean);
    if (existing) {
      throw new CatalogueError(
        'CONFLICT',
        `A shortlist called "${existing.name}" already exists (names ignore case).`,
      );
    }
    const createdAt = now();
    // A new list has seen every change so far: only later syncs flag its organisations.
    db.prepare('INSERT INTO shortlist (name, created_at, seen_change_set) VALUES (?, ?, ?)').run(
      clean,
      createdAt,
      latestChangeSetId(db),
    );
    return { name: clean, createdAt, count: 0, removed: 0 };
  })();
}

export function deleteShortlist(db: Db, name: string): void {
  const list = requireShortlist(db, name);
  db.prepare('DELETE FROM shortlist WHERE id = ?').run(list.id);
}

/** Renames a shortlist (names stay unique ignoring case). */
export function renameShortlist(db: Db, name: string, newName: string): void {
  const clean = checkName(newName);
  db.transaction(() => {
    const list = requireShortlist(db, name);
    const clash = findShortlist(db, clean);
    if (clash && clash.id !== list.id) {
      throw new CatalogueError('CONFLICT', `A shortlist called "${clash.name}" already exists.`);
    }
    db.prepare('UPDATE shortlist SET name = ? WHERE id = ?').run(clean, list.id);
  })();
}

/**
 * Adds organisations (by id) to a shortlist, all or none: every id must be in the catalogue.
 * Ids already in the list are left as they are. Returns how many were new.
 */
export function addToShortlist(db: Db, name: string, ids: readonly string[]): number {
  return db.transaction(() => {
    const list = requireShortlist(db, name);
    const exists = db.prepare('SELECT 1 FROM organisation WHERE id = ?');
    const missing = ids.filter((id) => exists.get(id) === undefined);
    if (missing.length > 0) {
      throw new CatalogueError(
        'NOT_FOUND',
        `No organisation with id ${missing.join(', ')} in the catalogue; nothing was added.`,
      );
    }
    const insert = db.prepare(
      'INSERT OR IGNORE INTO shortlist_item (shortlist_id, organisation_id, added_at) VALUES (?, ?, ?)',
    );
    const at = now();
    let added = 0;
    for (const id of new Set(ids)) added += insert.run(list.id, id, at).changes;
    return added;
  })();
}

/** Removes ids from a shortlist (also ones the catalogue has removed). Returns how many were there. */
export function removeFromShortlist(db: Db, name: string, ids: readonly string[]): number {
  return db.transaction(() => {
    const list = requireShortlist(db, name);
    const remove = db.prepare(
      'DELETE FROM shortlist_item WHERE shortlist_id = ? AND organisation_id = ?',
    );
    let removed = 0;
    for (const id of new Set(ids)) removed += remove.run(list.id, id).changes;
    return removed;
  })();
}

/** The list's organisations in the order they were added. */
export function shortlistItems(db: Db, name: string): ShortlistItem[] {
  const list = requireShortlist(db, name);
  return (
    db
      .prepare(
        `SELECT i.organisation_id AS id, o.name AS name, i.added_at AS addedAt, n.text AS note
         FROM shortlist_item i LEFT JOIN organisation o ON o.id = i.organisation_id
         LEFT JOIN note n ON n.organisation_id = i.organisation_id
         WHERE i.shortlist_id = ? ORDER BY i.rowid`,
      )
      .all(list.id) as { id: string; name: string | null; addedAt: string; note: string | null }[]
  ).map((r) => {
    const note = r.note === null ? '' : firstLine(r.note);
    return {
      id: r.id,
      name: r.name,
      removed: r.name === null,
      addedAt: r.addedAt,
      ...(note === '' ? {} : { note }),
    };
  });
}
