/**
 * What each applied sync changed ("What's new"; user data, migration 007): one change set per
 * applied feed version, recorded in the transaction that applies it, so a change set exists
 * exactly when its catalogue version was committed. Kept: the last KEEP_SYNCS change sets and
 * every one applied within KEEP_DAYS, whichever is more.
 */
import type { CatalogueEvent, Organisation } from '../../catalogue-format/schema';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../sqlite';
import type { ChangeDetails, ChangedRecord, RecordRef } from '../store/change-details';

export const KEEP_SYNCS = 50;
const KEEP_DAYS = 365;

export type ChangeSection = 'organisations' | 'events';

export interface ChangeSetInput {
  fromVersion: number;
  version: number;
  payload: 'snapshot' | 'delta';
  details: ChangeDetails;
}

interface SectionSummary {
  added: RecordRef[];
  changed: ChangedRecord[];
  /** Removed records with the name they last had (their details: withdrawnRecord()). */
  removed: RecordRef[];
}

export interface StoredChangeSet {
  id: number;
  fromVersion: number;
  version: number;
  appliedAt: string;
  payload: 'snapshot' | 'delta';
  organisations: SectionSummary;
  events: SectionSummary;
}

interface RecordStatements {
  insertSet: Statement;
  insertEntry: Statement;
  prune: Statement;
}

/** Prepared once per connection: a sync records up to thousands of entries at a time. */
const statements = new WeakMap<Db, RecordStatements>();

function recordStatements(db: Db): RecordStatements {
  let found = statements.get(db);
  if (found === undefined) {
    found = {
      insertSet: db.prepare(
        'INSERT INTO change_set (applied_at, from_version, version, payload) VALUES (?, ?, ?, ?)',
      ),
      insertEntry: db.prepare(
        `INSERT INTO change_set_entry (change_set_id, section, record_id, change, name, fields, last_known)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      prune: db.prepare(
        `DELETE FROM change_set
         WHERE id NOT IN (SELECT id FROM change_set ORDER BY id DESC LIMIT ?) AND applied_at < ?`,
      ),
    };
    statements.set(db, found);
  }
  return found;
}

/** Records a change set and prunes old ones; call inside the transaction that applies it. */
export function recordChangeSet(db: Db, input: ChangeSetInput, now = new Date()): number {
  const { insertSet, insertEntry, prune } = recordStatements(db);
  return db.transaction(() => {
    const id = Number(
      insertSet.run(now.toISOString(), input.fromVersion, input.version, input.payload)
        .lastInsertRowid,
    );
    for (const section of ['organisations', 'events'] as const) {
      const changes = input.details[section];
      for (const r of changes.added)
        insertEntry.run(id, section, r.id, 'added', r.name, null, null);
      for (const r of changes.changed) {
        insertEntry.run(id, section, r.id, 'changed', r.name, JSON.stringify(r.fields), null);
      }
      for (const r of changes.removed) {
        insertEntry.run(id, section, r.id, 'removed', r.name, null, JSON.stringify(r.last));
      }
    }
    const cutoff = new Date(now.getTime() - KEEP_DAYS * 86_400_000).toISOString();
    prune.run(KEEP_SYNCS, cutoff);
    return id;
  })();
}

interface EntryRow {
  change_set_id: number;
  section: ChangeSection;
  record_id: string;
  change: 'added' | 'changed' | 'removed';
  name: string;
  fields: string | null;
}

const emptySection = (): SectionSummary => ({ added: [], changed: [], removed: [] });

/**
 * The change sets kept, newest first; with `sinceVersion`, only those that brought a version
 * after it. Entries are in the order they were recorded (the catalogue's order).
 */
export function listChangeSets(
  db: Db,
  options: { sinceVersion?: number; limit?: number } = {},
): StoredChangeSet[] {
  const sets = db
    .prepare(
      `SELECT id, from_version AS fromVersion, version, applied_at AS appliedAt, payload
       FROM change_set WHERE version > ? ORDER BY id DESC LIMIT ?`,
    )
    .all(options.sinceVersion ?? -1, options.limit ?? -1) as Omit<
    StoredChangeSet,
    'organisations' | 'events'
  >[];
  if (sets.length === 0) return [];
  const byId = new Map<number, StoredChangeSet>(
    sets.map((s) => [s.id, { ...s, organisations: emptySection(), events: emptySection() }]),
  );
  const rows = db
    .prepare(
      `SELECT change_set_id, section, record_id, change, name, fields FROM change_set_entry
       WHERE change_set_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`,
    )
    .all(JSON.stringify([...byId.keys()])) as EntryRow[];
  for (const row of rows) {
    const section = byId.get(row.change_set_id)?.[row.section];
    if (section === undefined) continue;
    const ref = { id: row.record_id, name: row.name };
    if (row.change === 'changed') {
      section.changed.push({ ...ref, fields: JSON.parse(row.fields ?? '[]') as string[] });
    } else section[row.change].push(ref);
  }
  return [...byId.values()];
}

/** The newest change set's id (0 when none is kept). */
export function latestChangeSetId(db: Db): number {
  return db.prepare('SELECT coalesce(max(id), 0) FROM change_set').pluck().get() as number;
}

export interface WithdrawnRecord<T> {
  id: string;
  name: string;
  /** The record as it was last held, in source form. */
  last: T;
  /** The version that removed it, and when this app applied that version. */
  version: number;
  appliedAt: string;
}

/**
 * The last known form of a record the feed removed (the latest removal kept), or undefined.
 * Whether the catalogue holds it again is the caller's question.
 */
export function withdrawnRecord(
  db: Db,
  section: 'organisations',
  id: string,
): WithdrawnRecord<Organisation> | undefined;
export function withdrawnRecord(
  db: Db,
  section: 'events',
  id: string,
): WithdrawnRecord<CatalogueEvent> | undefined;
export function withdrawnRecord(
  db: Db,
  section: ChangeSection,
  id: string,
): WithdrawnRecord<Organisation | CatalogueEvent> | undefined {
  const row = db
    .prepare(
      `SELECT e.name, e.last_known AS last, s.version, s.applied_at AS appliedAt
       FROM change_set_entry e JOIN change_set s ON s.id = e.change_set_id
       WHERE e.record_id = ? AND e.section = ? AND e.change = 'removed'
       ORDER BY e.change_set_id DESC LIMIT 1`,
    )
    .get(id, section) as
    { name: string; last: string; version: number; appliedAt: string } | undefined;
  if (row === undefined) return undefined;
  return {
    id,
    name: row.name,
    last: JSON.parse(row.last) as Organisation,
    version: row.version,
    appliedAt: row.appliedAt,
  };
}
