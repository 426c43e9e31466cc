/**
 * The first step of applying a feed delta: deciding, against the catalogue as it is stored,
 * what the delta changes. Nothing is written here. A record equal to the stored one is no
 * change; a tombstone for a record that is not stored is none either. Besides the records to
 * write, the plan says whose search documents go and come back: the changed organisations'
 * and those of the organisers of changed events (a document holds its events' titles).
 */
import type { CatalogueEvent, Organisation } from '../../catalogue-format/schema';
import type { Db } from '../sqlite';
import { sameRecord, type ChangeSet } from './diff';
import { readEvents, readOrganisations, readOrganisationsByRid } from './read';

/** An organisation as stored: its rid (the search key, kept by an update) and its record. */
interface StoredOrganisation {
  rid: number;
  stored: Organisation;
}

export interface ChangePlan {
  /** Stored organisations the delta removes. */
  removedOrganisations: StoredOrganisation[];
  /** Organisations to write, each with the one stored under its id (undefined: a new one). */
  upserts: { org: Organisation; previous: StoredOrganisation | undefined }[];
  /** Ids of stored events the delta removes. */
  removedEvents: string[];
  /** Events to write, and whether one with the same id is stored. */
  upsertEvents: { event: CatalogueEvent; existed: boolean }[];
  /** Stored organisations whose search document goes, by id. */
  outdated: Map<string, StoredOrganisation>;
  /** Organisations whose document is (re)written after the writes, with the new record if known. */
  fresh: Map<string, Organisation | undefined>;
  /** The events before the delta, and after it (an updated event keeps its place, a new one comes last). */
  eventsBefore: ReadonlyMap<string, CatalogueEvent>;
  eventsAfter: ReadonlyMap<string, CatalogueEvent>;
}

/** Decides what `changes` change; `ridOf` finds a stored organisation's rid by id. */
export function planChanges(
  db: Db,
  changes: ChangeSet,
  ridOf: (id: string) => number | undefined,
): ChangePlan {
  const outdated = new Map<string, StoredOrganisation>();
  const fresh = new Map<string, Organisation | undefined>();
  // The stored records of the organisations the delta names, read at once.
  const prefetched = new Map<string, StoredOrganisation>();
  const named = [
    ...changes.deletes.organisations,
    ...changes.upserts.organisations.map((o) => o.id),
  ];
  const rids = new Map<string, number>();
  for (const id of named) {
    const rid = ridOf(id);
    if (rid !== undefined) rids.set(id, rid);
  }
  const storedByRid = readOrganisationsByRid(db, [...rids.values()]);
  for (const [id, rid] of rids) {
    const stored = storedByRid.get(rid);
    if (stored !== undefined) prefetched.set(id, { rid, stored });
  }
  const storedOf = (id: string): StoredOrganisation | undefined => {
    const known = outdated.get(id) ?? prefetched.get(id);
    if (known !== undefined) return known;
    const rid = ridOf(id);
    const stored = rid === undefined ? undefined : readOrganisations(db, rid)[0];
    return rid === undefined || stored === undefined ? undefined : { rid, stored };
  };

  const removedOrganisations: StoredOrganisation[] = [];
  for (const id of changes.deletes.organisations) {
    const found = storedOf(id);
    if (found === undefined) continue;
    removedOrganisations.push(found);
    outdated.set(id, found);
  }
  const upserts: ChangePlan['upserts'] = [];
  for (const org of changes.upserts.organisations) {
    const found = storedOf(org.id);
    if (found !== undefined && sameRecord(found.stored, org)) continue;
    upserts.push({ org, previous: found });
    if (found !== undefined) outdated.set(org.id, found);
    fresh.set(org.id, org);
  }

  const eventsBefore = new Map(readEvents(db).map((e) => [e.id, e]));
  const touchOrganisers = (event: CatalogueEvent | undefined) => {
    for (const id of event?.organisers ?? []) {
      const found = outdated.has(id) ? undefined : storedOf(id);
      if (found !== undefined) outdated.set(id, found);
      if (!fresh.has(id)) fresh.set(id, undefined);
    }
  };
  const removedEvents: string[] = [];
  for (const id of changes.deletes.events) {
    const stored = eventsBefore.get(id);
    if (!stored) continue;
    removedEvents.push(id);
    touchOrganisers(stored);
  }
  const upsertEvents: ChangePlan['upsertEvents'] = [];
  for (const event of changes.upserts.events) {
    const stored = eventsBefore.get(event.id);
    if (stored && sameRecord(stored, event)) continue;
    upsertEvents.push({ event, existed: stored !== undefined });
    touchOrganisers(stored);
    touchOrganisers(event);
  }

  const eventsAfter = new Map(eventsBefore);
  for (const id of removedEvents) eventsAfter.delete(id);
  for (const { event } of upsertEvents) eventsAfter.set(event.id, event);
  return {
    removedOrganisations,
    upserts,
    removedEvents,
    upsertEvents,
    outdated,
    fresh,
    eventsBefore,
    eventsAfter,
  };
}
