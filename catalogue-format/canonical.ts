/**
 * The canonical form of a catalogue snapshot: the exact bytes `catalogue publish` writes as
 * `snapshots/<v>.json`, and that any app holding the same catalogue can regenerate from its
 * database, proving them by the SHA-256 the signed index names (feed/share.ts). Defined in
 * docs/catalogue-format.md ("Canonical form"):
 *
 * - one JSON object `{"schema","organisations","events"}`, no whitespace, UTF-8, no newline
 *   at the end (JSON.stringify's escaping: only `"`, `\` and control characters are escaped);
 * - organisations and events sorted by `id` (UTF-16 code units, as JavaScript compares);
 * - every record's fields in the schema's order, an absent optional field left out;
 * - the set-valued fields of an organisation, `sectors` and `member_of`, sorted and without
 *   repeats; the keys of `names` sorted; every other list in its given order.
 *
 * Record order is by id, not by source row: an app that applied deltas holds its records in
 * another order than the administrator's spreadsheet, and must still produce the same bytes.
 */
import {
  CATALOGUE_SCHEMA,
  contactSchema,
  eventSchema,
  organisationSchema,
  serviceSchema,
  type Catalogue,
  type CatalogueEvent,
  type Organisation,
} from './schema';

const ORGANISATION_FIELDS = Object.keys(organisationSchema.shape);
const SERVICE_FIELDS = Object.keys(serviceSchema.shape);
const CONTACT_FIELDS = Object.keys(contactSchema.shape);
const EVENT_FIELDS = Object.keys(eventSchema.shape);

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => byCodeUnits(a.id, b.id);

/** The record's defined fields, in `order`. */
function ordered(record: object, order: readonly string[]): Record<string, unknown> {
  const source = record as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of order) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

function sortedSet(values: readonly string[]): string[] {
  return [...new Set(values)].sort(byCodeUnits);
}

function canonicalOrganisation(org: Organisation): Record<string, unknown> {
  const out = ordered(org, ORGANISATION_FIELDS);
  out.names = Object.fromEntries(Object.entries(org.names).sort(([a], [b]) => byCodeUnits(a, b)));
  out.sectors = sortedSet(org.sectors);
  out.member_of = sortedSet(org.member_of);
  out.services = org.services.map((s) => ordered(s, SERVICE_FIELDS));
  out.contacts = org.contacts.map((c) => ordered(c, CONTACT_FIELDS));
  return out;
}

function canonicalEvent(event: CatalogueEvent): Record<string, unknown> {
  return ordered(event, EVENT_FIELDS);
}

/** The canonical snapshot bytes of a validated catalogue. */
export function canonicalSnapshot(catalogue: Catalogue): Buffer {
  return Buffer.from(
    JSON.stringify({
      schema: CATALOGUE_SCHEMA,
      organisations: [...catalogue.organisations].sort(byId).map(canonicalOrganisation),
      events: [...catalogue.events].sort(byId).map(canonicalEvent),
    }),
  );
}
