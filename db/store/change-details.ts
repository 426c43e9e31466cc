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
import { count, emptySummary, sameField, sameRecord, type ChangeSummary } from './diff';

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

/**
 * What replacing the catalogue `before` with a new one changes, told one new record at a
 * time (a snapshot is written as it is read): the summary (as diff.ts counts it) and the
 * details. It keeps the old records and a reference per new one, not the new records.
 */
export class ReplaceChanges {
  private readonly summary = emptySummary();
  private readonly orgs: SectionChanges<Organisation> = { added: [], changed: [], removed: [] };
  private readonly events: SectionChanges<CatalogueEvent> = { added: [], changed: [], removed: [] };
  private readonly orgsBefore: Map<string, Organisation>;
  private readonly eventsBefore: Map<string, CatalogueEvent>;
  private readonly orgIds = new Set<string>();
  private readonly eventIds = new Set<string>();

  constructor(private readonly before: Catalogue) {
    this.orgsBefore = new Map(before.organisations.map((o) => [o.id, o]));
    this.eventsBefore = new Map(before.events.map((e) => [e.id, e]));
  }

  organisation(org: Organisation): void {
    this.orgIds.add(org.id);
    const previous = this.orgsBefore.get(org.id);
    this.record('organisations', this.orgs, previous, org, orgRef(org));
  }

  event(event: CatalogueEvent): void {
    this.eventIds.add(event.id);
    const previous = this.eventsBefore.get(event.id);
    this.record('events', this.events, previous, event, eventRef(event));
  }

  /** Once every new record was told: the removed ones, and the whole result. */
  finish(): { summary: ChangeSummary; details: ChangeDetails } {
    for (const last of this.before.organisations) {
      if (!this.orgIds.has(last.id)) this.orgs.removed.push({ ...orgRef(last), last });
    }
    for (const last of this.before.events) {
      if (!this.eventIds.has(last.id)) this.events.removed.push({ ...eventRef(last), last });
    }
    count(this.summary, 'organisations', 'removed', this.orgs.removed.length);
    count(this.summary, 'events', 'removed', this.events.removed.length);
    return { summary: this.summary, details: { organisations: this.orgs, events: this.events } };
  }

  private record<T extends Organisation | CatalogueEvent>(
    kind: 'organisations' | 'events',
    changes: SectionChanges<T>,
    previous: T | undefined,
    record: T,
    ref: RecordRef,
  ): void {
    if (previous === undefined) {
      count(this.summary, kind, 'added');
      changes.added.push(ref);
      return;
    }
    if (!sameRecord(previous, record)) count(this.summary, kind, 'changed');
    const fields =
      kind === 'organisations'
        ? changedFields(previous, record, ORGANISATION_FIELDS, ORGANISATION_FIELD_SET)
        : changedFields(previous, record, EVENT_FIELDS, EVENT_FIELD_SET);
    if (fields.length > 0) changes.changed.push({ ...ref, fields });
  }
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
