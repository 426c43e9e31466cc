/**
 * References between the stored catalogue's records (`member_of`, event `organisers`), as a
 * change to the catalogue needs them to keep it consistent: which organisations exist, and
 * which records still point to organisations about to be removed.
 */
import type { Db } from '../sqlite';

/** Which of `ids` are organisations of the stored catalogue. */
export function storedOrganisationIds(db: Db, ids: Iterable<string>): Set<string> {
  const exists = db.prepare('SELECT 1 FROM organisation WHERE id = ?').pluck();
  const found = new Set<string>();
  for (const id of ids) if (!found.has(id) && exists.get(id) !== undefined) found.add(id);
  return found;
}

/** A stored record that refers to an organisation. */
export interface Reference {
  /** The referring record: an event (`organisers`) or an organisation (`member_of`). */
  section: 'events' | 'organisations';
  from: string;
  /** The organisation referred to. */
  to: string;
}

/**
 * The stored records that refer to one of the organisations `ids`: events (in table order)
 * first, then memberships (in the order of `ids`).
 */
export function referencesTo(db: Db, ids: ReadonlySet<string>): Reference[] {
  const references: Reference[] = [];
  // Organisers of every event, read once (events are few next to organisations).
  const organisers = db
    .prepare('SELECT e.id AS event, j.value AS organiser FROM event e, json_each(e.organisers) j')
    .all() as { event: string; organiser: string }[];
  for (const { event, organiser } of organisers) {
    if (ids.has(organiser)) references.push({ section: 'events', from: event, to: organiser });
  }
  const members = db
    .prepare(
      'SELECT o.id FROM membership m JOIN organisation o ON o.rid = m.member_rid WHERE m.cluster_id = ?',
    )
    .pluck();
  for (const id of ids) {
    for (const member of members.all(id) as string[]) {
      references.push({ section: 'organisations', from: member, to: id });
    }
  }
  return references;
}
