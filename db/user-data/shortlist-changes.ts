/**
 * A shortlist's flags: which of its organisations a sync changed or withdrew since the user
 * last opened the list ("3 changed, 1 withdrawn"), with what changed. The entries and their
 * notes are never touched; opening the list (markShortlistSeen) moves its mark to the newest
 * change set.
 */
import type { Db } from '../sqlite';
import type { ChangedRecord, RecordRef } from '../store/change-details';
import { latestChangeSetId } from './change-sets';
import { requireShortlist } from './shortlists';

export interface ShortlistChanges {
  /** Organisations still in the catalogue whose fields changed, with every field that did. */
  changed: ChangedRecord[];
  /** Organisations no longer in the catalogue, removed by a sync since, with their last name. */
  withdrawn: RecordRef[];
}

interface Row {
  id: string;
  change: 'added' | 'changed' | 'removed';
  name: string;
  fields: string | null;
  present: 0 | 1;
}

/** What changed for the list's organisations since it was last opened, in the list's order. */
export function shortlistChanges(db: Db, name: string): ShortlistChanges {
  const list = requireShortlist(db, name);
  const rows = db
    .prepare(
      `SELECT i.organisation_id AS id, e.change, e.name, e.fields, o.rid IS NOT NULL AS present
       FROM shortlist s
       JOIN shortlist_item i ON i.shortlist_id = s.id
       JOIN change_set_entry e ON e.section = 'organisations' AND e.record_id = i.organisation_id
         AND e.change_set_id > s.seen_change_set
       LEFT JOIN organisation o ON o.id = i.organisation_id
       WHERE s.id = ?
       ORDER BY i.rowid, e.change_set_id`,
    )
    .all(list.id) as Row[];
  const changed = new Map<string, { name: string; fields: Set<string> }>();
  const withdrawn = new Map<string, string>();
  for (const row of rows) {
    if (!row.present) {
      if (row.change === 'removed') withdrawn.set(row.id, row.name);
      continue;
    }
    if (row.change !== 'changed') continue;
    const entry = changed.get(row.id) ?? { name: row.name, fields: new Set<string>() };
    entry.name = row.name;
    for (const field of JSON.parse(row.fields ?? '[]') as string[]) entry.fields.add(field);
    changed.set(row.id, entry);
  }
  return {
    changed: [...changed].map(([id, { name, fields }]) => ({ id, name, fields: [...fields] })),
    withdrawn: [...withdrawn].map(([id, name]) => ({ id, name })),
  };
}

/** The user opened the list: later flags count from the newest change set on. */
export function markShortlistSeen(db: Db, name: string): void {
  const list = requireShortlist(db, name);
  db.prepare('UPDATE shortlist SET seen_change_set = ? WHERE id = ?').run(
    latestChangeSetId(db),
    list.id,
  );
}
