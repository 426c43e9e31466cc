/**
 * Rules that need the whole catalogue and the taxonomy: unique ids, known sectors, service
 * types, countries and regions, and references (`member_of`, event `organisers`) that resolve.
 *
 * They run on the raw records, not only on those that passed the schema, so one run reports
 * every problem of a file. A field the schema already rejected is skipped here, so a bad value
 * is reported once, with the schema's more precise message.
 */
import type { Taxonomy } from './taxonomy-types';
import { firstDay, lastDay, partialDateProblem } from './partial-date';
import { jsonFieldName, type FieldPath, type RecordLocation } from './problems';
import { quote, showFound } from './show-value';

/** A record as it came from the source, with what the schema said about it. */
export interface RawRecord {
  raw: unknown;
  at: RecordLocation;
  /** JSON-style paths (`contacts[1].email`) the schema already reported. */
  rejected: ReadonlySet<string>;
}

export type Report = (at: RecordLocation, path: FieldPath, message: string) => void;

interface Lookups {
  sectors: ReadonlySet<string>;
  serviceTypes: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  /** NUTS code → ISO alpha-2 of its country. */
  regionCountry: ReadonlyMap<string, string>;
  sectorList: string;
  serviceTypeList: string;
}

const lookupCache = new WeakMap<Taxonomy, Lookups>();

function lookups(t: Taxonomy): Lookups {
  let found = lookupCache.get(t);
  if (found === undefined) {
    found = {
      sectors: new Set(t.sectors.map((s) => s.id)),
      serviceTypes: new Set(t.serviceTypes.map((s) => s.id)),
      countries: new Set(t.countries.map((c) => c.code)),
      regionCountry: new Map(t.regions.map((r) => [r.code, r.country])),
      sectorList: t.sectors.map((s) => s.id).join(', '),
      serviceTypeList: t.serviceTypes.map((s) => s.id).join(', '),
    };
    lookupCache.set(t, found);
  }
  return found;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** A non-empty trimmed string, or undefined for anything else. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function pathKey(path: FieldPath): string {
  return jsonFieldName(path, 'organisations', 0);
}

/** Reports a problem unless the schema already rejected that field of the record. */
function flag(r: RawRecord, report: Report, path: FieldPath, message: string): void {
  if (!r.rejected.has(pathKey(path))) report(r.at, path, message);
}

/** The record's trimmed id of each record, in order (undefined where it has none). */
function idsOf(records: readonly RawRecord[]): (string | undefined)[] {
  const ids = new Array<string | undefined>(records.length);
  for (let i = 0; i < records.length; i++) ids[i] = text(field(records[i]?.raw, 'id'));
  return ids;
}

/** Each sector of `values` that the taxonomy does not know, at `path` + its index. */
function checkSectors(
  r: RawRecord,
  report: Report,
  known: Lookups,
  values: unknown[],
  path: readonly (string | number)[],
): void {
  for (let i = 0; i < values.length; i++) {
    const sector = text(values[i]);
    if (sector !== undefined && !known.sectors.has(sector)) {
      flag(
        r,
        report,
        [...path, i],
        `${quote(sector)} is not a known sector (use ${known.sectorList})`,
      );
    }
  }
}

/** A contact with a name, an e-mail or a phone (any of them as non-blank text). */
function contactGiven(contact: unknown): boolean {
  return (
    text(field(contact, 'name')) !== undefined ||
    text(field(contact, 'email')) !== undefined ||
    text(field(contact, 'phone')) !== undefined
  );
}

/** Stands for a contact that has a name, an e-mail or a phone: all the rules ask of it. */
const GIVEN_CONTACT = Object.freeze({ name: 'given' });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What checkCrossRecord reads of an organisation, and nothing more: the same problems come
 * from the view as from the record, while a reader that goes record by record keeps only
 * this much of each (ids, references, codes) instead of every name, address and description.
 */
export function crossCheckView(record: unknown): unknown {
  if (!isRecord(record)) return record;
  const { contacts, services } = record;
  return {
    id: record.id,
    country: record.country,
    region: record.region,
    sectors: record.sectors,
    member_of: record.member_of,
    contacts: Array.isArray(contacts)
      ? contacts.map((c: unknown) => (isRecord(c) && contactGiven(c) ? GIVEN_CONTACT : c))
      : contacts,
    services: Array.isArray(services)
      ? services.map((s: unknown) =>
          isRecord(s) ? { id: s.id, type: s.type, sectors: s.sectors } : s,
        )
      : services,
  };
}

/**
 * `knownOrganisations`: ids of organisations outside these records that references may point
 * to (a feed delta's records refer to the catalogue it is applied to). Plain loops over the
 * records with one id list and one map per kind of id: this runs on every record of a
 * 100,000-organisation snapshot.
 */
export function checkCrossRecord(
  organisations: readonly RawRecord[],
  events: readonly RawRecord[],
  taxonomy: Taxonomy,
  report: Report,
  knownOrganisations: ReadonlySet<string> = new Set(),
): void {
  const known = lookups(taxonomy);
  const orgIds = idsOf(organisations);
  // Every id with the row of the organisation that has it first.
  const firstOrgRow = new Map<string, number>();
  for (let k = 0; k < organisations.length; k++) {
    const id = orgIds[k];
    const r = organisations[k];
    if (id !== undefined && r !== undefined && !firstOrgRow.has(id)) firstOrgRow.set(id, r.at.row);
  }
  const resolves = (id: string) => firstOrgRow.has(id) || knownOrganisations.has(id);

  const firstServiceRow = new Map<string, number>();
  for (let k = 0; k < organisations.length; k++) {
    const r = organisations[k];
    if (r === undefined) continue;
    const raw = r.raw;
    const ownId = orgIds[k];
    if (ownId !== undefined) {
      const first = firstOrgRow.get(ownId);
      if (first !== undefined && first !== r.at.row) {
        flag(
          r,
          report,
          ['id'],
          `${quote(ownId)} is already the id of the organisation in row ${first}`,
        );
      }
    }

    const country = text(field(raw, 'country'));
    const countryKnown = country !== undefined && known.countries.has(country);
    if (country !== undefined && !countryKnown) {
      flag(r, report, ['country'], `${quote(country)} is not a known country code`);
    }
    const region = text(field(raw, 'region'));
    if (region !== undefined) {
      const regionCountry = known.regionCountry.get(region);
      if (regionCountry === undefined) {
        flag(r, report, ['region'], `${quote(region)} is not a NUTS 2024 region code`);
      } else if (countryKnown && regionCountry !== country) {
        flag(
          r,
          report,
          ['region'],
          `${quote(region)} is a region of ${regionCountry}, not of ${country}`,
        );
      }
    }

    checkSectors(r, report, known, list(field(raw, 'sectors')), ['sectors']);

    const memberOf = list(field(raw, 'member_of'));
    for (let i = 0; i < memberOf.length; i++) {
      const target = text(memberOf[i]);
      if (target === undefined) continue;
      if (target === ownId) {
        flag(
          r,
          report,
          ['member_of', i],
          `${quote(target)} is its own id: an organisation cannot be a member of itself`,
        );
      } else if (!resolves(target)) {
        flag(
          r,
          report,
          ['member_of', i],
          `${quote(target)} is not the id of an organisation in this catalogue`,
        );
      }
    }

    const contacts = list(field(raw, 'contacts'));
    for (let j = 0; j < contacts.length; j++) {
      const contact = contacts[j];
      if (typeof contact === 'object' && contact !== null && !contactGiven(contact)) {
        flag(
          r,
          report,
          ['contacts', j],
          `a contact needs at least a name, an e-mail or a phone (found ${showFound(contact)})`,
        );
      }
    }

    const services = list(field(raw, 'services'));
    for (let j = 0; j < services.length; j++) {
      const service = services[j];
      const serviceId = text(field(service, 'id'));
      if (serviceId !== undefined) {
        const first = firstServiceRow.get(serviceId);
        if (first === undefined) firstServiceRow.set(serviceId, r.at.row);
        else {
          flag(
            r,
            report,
            ['services', j, 'id'],
            `${quote(serviceId)} is already the id of a service (row ${first}); service ids are unique in a catalogue`,
          );
        }
      }
      const type = text(field(service, 'type'));
      if (type !== undefined && !known.serviceTypes.has(type)) {
        flag(
          r,
          report,
          ['services', j, 'type'],
          `${quote(type)} is not a known service type (use ${known.serviceTypeList})`,
        );
      }
      checkSectors(r, report, known, list(field(service, 'sectors')), ['services', j, 'sectors']);
    }
  }

  checkEvents(events, known, report, resolves);
}

function checkEvents(
  events: readonly RawRecord[],
  known: Lookups,
  report: Report,
  resolves: (id: string) => boolean,
): void {
  const firstEventRow = new Map<string, number>();
  for (const r of events) {
    const raw = r.raw;
    const id = text(field(raw, 'id'));
    if (id !== undefined) {
      const first = firstEventRow.get(id);
      if (first === undefined) firstEventRow.set(id, r.at.row);
      else flag(r, report, ['id'], `${quote(id)} is already the id of the event in row ${first}`);
    }
    const country = text(field(raw, 'country'));
    if (country !== undefined && !known.countries.has(country)) {
      flag(r, report, ['country'], `${quote(country)} is not a known country code`);
    }
    const organisers = list(field(raw, 'organisers'));
    for (let i = 0; i < organisers.length; i++) {
      const organiser = text(organisers[i]);
      if (organiser !== undefined && !resolves(organiser)) {
        flag(
          r,
          report,
          ['organisers', i],
          `${quote(organiser)} is not the id of an organisation in this catalogue`,
        );
      }
    }
    checkSectors(r, report, known, list(field(raw, 'sectors')), ['sectors']);
    const start = text(field(raw, 'start'));
    const end = text(field(raw, 'end'));
    // A partial end ("2012-06") may share its month or year with the start; it is wrong only
    // when every day it covers comes before every day the start covers.
    if (
      start !== undefined &&
      end !== undefined &&
      !r.rejected.has('start') &&
      partialDateProblem(start) === undefined &&
      partialDateProblem(end) === undefined &&
      lastDay(end) < firstDay(start)
    ) {
      flag(r, report, ['end'], `${quote(end)} is before the start (${quote(start)})`);
    }
  }
}
