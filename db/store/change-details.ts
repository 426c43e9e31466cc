/**
 * What a catalogue write changed, record by record, as people read it: which organisations and
 * events were added, which changed (and which of their fields, by their source-format names),
 * and which were removed (with the record as it was last held, so a withdrawn organisation can
 * still be shown). A snapshot's details come from the catalogue it replaces; a delta's from
 * its change plan, both inside the transaction that writes them.
 */
import {
  eventSchema,
  organisationSchema,
  type Catalogue,
  type CatalogueEvent,
  type Organisation,
} from '../../catalogue-format/schema';
import type { ChangePlan } from './change-plan';
import { sameField } from './diff';

export interface RecordRef {
  id: string;
  /** An organisation's name or an event's title. */
  name: string;
}

export interface ChangedRecord extends RecordRef {
  /** The changed fields' names, in the schema's order. */
  fields: string[];
}

interface RemovedRecord<T> extends RecordRef {
  /** The record as it was last held. */
  last: T;
}

interface SectionChanges<T> {
  added: RecordRef[];
  changed: ChangedRecord[];
  removed: RemovedRecord<T>[];
}

export interface ChangeDetails {
  organisations: SectionChanges<Organisation>;
  events: SectionChanges<CatalogueEvent>;
}

const ORGANISATION_FIELDS = Object.keys(organisationSchema.shape);
const EVENT_FIELDS = Object.keys(eventSchema.shape);
const ORGANISATION_FIELD_SET: ReadonlySet<string> = new Set(ORGANISATION_FIELDS);
const EVENT_FIELD_SET: ReadonlySet<string> = new Set(EVENT_FIELDS);

/**
 * The fields of `before` and `after` that differ (as diff.ts compares them): the schema's
 * fields in its order, then any other key of either record. Plain loops, no key sets: this
 * runs for every changed record, inside the transaction that applies a sync.
 */
function changedFields(
  before: object,
  after: object,
  order: readonly string[],
  known: ReadonlySet<string>,
): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const fields: string[] = [];
  for (const key of order) if (!sameField(a[key], b[key], key)) fields.push(key);
  for (const key in a) {
    if (!known.has(key) && !sameField(a[key], b[key], key)) fields.push(key);
  }
  for (const key in b) {
    if (!known.has(key) && !(key in a) && !sameField(a[key], b[key], key)) fields.push(key);
  }
  return fields;
}

const orgRef = (o: Organisation): RecordRef => ({ id: o.id, name: o.name });
const eventRef = (e: CatalogueEvent): RecordRef => ({ id: e.id, name: e.title });

function section<T extends Organisation | CatalogueEvent>(
  before: ReadonlyMap<string, T>,
  after: Iterable<T>,
  removedIds: Iterable<string>,
  ref: (record: T) => RecordRef,
  order: readonly string[],
  known: ReadonlySet<string>,
): SectionChanges<T> {
  const changes: SectionChanges<T> = { added: [], changed: [], removed: [] };
  for (const record of after) {
    const previous = before.get(record.id);
    if (previous === undefined) {
      changes.added.push(ref(record));
      continue;
    }
    const fields = changedFields(previous, record, order, known);
    if (fields.length > 0) changes.changed.push({ ...ref(record), fields });
  }
  for (const id of removedIds) {
    const last = before.get(id);
    if (last !== undefined) changes.removed.push({ ...ref(last), last });
  }
  return changes;
}

/** The details of replacing `before` with `after` (a snapshot). */
export function detailsOfReplace(before: Catalogue, after: Catalogue): ChangeDetails {
  const gone = <T extends { id: string }>(old: readonly T[], now: readonly T[]) => {
    const kept = new Set(now.map((r) => r.id));
    return old.filter((r) => !kept.has(r.id)).map((r) => r.id);
  };
  return {
    organisations: section(
      new Map(before.organisations.map((o) => [o.id, o])),
      after.organisations,
      gone(before.organisations, after.organisations),
      orgRef,
      ORGANISATION_FIELDS,
      ORGANISATION_FIELD_SET,
    ),
    events: section(
      new Map(before.events.map((e) => [e.id, e])),
      after.events,
      gone(before.events, after.events),
      eventRef,
      EVENT_FIELDS,
      EVENT_FIELD_SET,
    ),
  };
}

/** The details of a delta's change plan (records equal to the stored ones are not in it). */
export function detailsOfPlan(plan: ChangePlan): ChangeDetails {
  const storedOrgs = new Map<string, Organisation>();
  for (const { previous } of plan.upserts) {
    if (previous !== undefined) storedOrgs.set(previous.stored.id, previous.stored);
  }
  for (const { stored } of plan.removedOrganisations) storedOrgs.set(stored.id, stored);
  return {
    organisations: section(
      storedOrgs,
      plan.upserts.map((u) => u.org),
      plan.removedOrganisations.map((r) => r.stored.id),
      orgRef,
      ORGANISATION_FIELDS,
      ORGANISATION_FIELD_SET,
    ),
    events: section(
      plan.eventsBefore,
      plan.upsertEvents.map((u) => u.event),
      plan.removedEvents,
      eventRef,
      EVENT_FIELDS,
      EVENT_FIELD_SET,
    ),
  };
}
