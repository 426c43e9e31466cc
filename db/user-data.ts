/**
 * The user's own data: shortlists, notes, settings and the sync log. These tables are never
 * written by an import or a sync and no foreign key cascades into them from the catalogue, so
 * nothing the catalogue does can lose them. Organisations are referred to by their stable
 * source id; one that the catalogue no longer holds is reported as `removed: true`.
 */
import type { Db } from './sqlite';
import { CatalogueError } from './errors';

export const MAX_SHORTLIST_NAME = 100;
export const MAX_NOTE = 10_000;

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
}

export interface Note {
  id: string;
  name: string | null;
  removed: boolean;
  text: string;
  updatedAt: string;
}

export type SyncStatus = 'updated' | 'up-to-date' | 'rejected' | 'failed';

export interface SyncLogEntry {
  at: string;
  feed: string;
  status: SyncStatus;
  fromVersion: number | null;
  version: number | null;
  errorCode: string | null;
  errorMessage: string | null;
}

export type SyncLogInput = Omit<
  SyncLogEntry,
  'at' | 'fromVersion' | 'version' | 'errorCode' | 'errorMessage'
> &
  Partial<Omit<SyncLogEntry, 'feed' | 'status'>>;

/** The sync log keeps this many entries; older ones are dropped as new ones arrive. */
const SYNC_LOG_KEEP = 500;

const now = () => new Date().toISOString();

/* ----------------------------------------------------------------------------- shortlists */

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

function requireShortlist(db: Db, name: string): { id: number; name: string } {
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
    db.prepare('INSERT INTO shortlist (name, created_at) VALUES (?, ?)').run(clean, createdAt);
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
        `SELECT i.organisation_id AS id, o.name AS name, i.added_at AS addedAt
         FROM shortlist_item i LEFT JOIN organisation o ON o.id = i.organisation_id
         WHERE i.shortlist_id = ? ORDER BY i.rowid`,
      )
      .all(list.id) as { id: string; name: string | null; addedAt: string }[]
  ).map((r) => ({ id: r.id, name: r.name, removed: r.name === null, addedAt: r.addedAt }));
}

/* ---------------------------------------------------------------------------------- notes */

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

/* ------------------------------------------------------------------------------- settings */

export function getSetting(db: Db, key: string): unknown {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

/** Stores any JSON value; `undefined` removes the setting. */
export function setSetting(db: Db, key: string, value: unknown): void {
  if (key.trim() === '') throw new CatalogueError('INVALID_ARGUMENT', 'A setting needs a key.');
  if (value === undefined) {
    db.prepare('DELETE FROM setting WHERE key = ?').run(key);
    return;
  }
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) {
    throw new CatalogueError('INVALID_ARGUMENT', `The setting ${key} is not a JSON value.`);
  }
  db.prepare(
    'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, json);
}

/* ------------------------------------------------------------------------------- sync log */

export function logSync(db: Db, entry: SyncLogInput): SyncLogEntry {
  const full: SyncLogEntry = {
    at: entry.at ?? now(),
    feed: entry.feed,
    status: entry.status,
    fromVersion: entry.fromVersion ?? null,
    version: entry.version ?? null,
    errorCode: entry.errorCode ?? null,
    errorMessage: entry.errorMessage ?? null,
  };
  db.transaction(() => {
    db.prepare(
      `INSERT INTO sync_log (at, feed, status, from_version, version, error_code, error_message)
       VALUES (@at, @feed, @status, @fromVersion, @version, @errorCode, @errorMessage)`,
    ).run(full);
    db.prepare('DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - ?').run(
      SYNC_LOG_KEEP,
    );
  })();
  return full;
}

const SYNC_SELECT = `SELECT at, feed, status, from_version AS fromVersion, version,
  error_code AS errorCode, error_message AS errorMessage FROM sync_log`;

/** The most recent sync attempt, whatever its outcome. */
export function lastSync(db: Db): SyncLogEntry | undefined {
  return db.prepare(`${SYNC_SELECT} ORDER BY id DESC LIMIT 1`).get() as SyncLogEntry | undefined;
}

/** The most recent sync that reached the feed and found it valid (updated or up to date). */
export function lastSuccessfulSync(db: Db): SyncLogEntry | undefined {
  return db
    .prepare(`${SYNC_SELECT} WHERE status IN ('updated', 'up-to-date') ORDER BY id DESC LIMIT 1`)
    .get() as SyncLogEntry | undefined;
}

/** The latest entries, newest first. */
export function syncLog(db: Db, limit = 20): SyncLogEntry[] {
  return db.prepare(`${SYNC_SELECT} ORDER BY id DESC LIMIT ?`).all(limit) as SyncLogEntry[];
}
