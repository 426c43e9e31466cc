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

/**
 * `knownOrganisations`: ids of organisations outside these records that references may point
 * to (a feed delta's records refer to the catalogue it is applied to).
 */
export function checkCrossRecord(
  organisations: readonly RawRecord[],
  events: readonly RawRecord[],
  taxonomy: Taxonomy,
  report: Report,
  knownOrganisations: ReadonlySet<string> = new Set(),
): void {
  const known = lookups(taxonomy);
  const orgIds = new Set<string>();
  for (const r of organisations) {
    const id = text(field(r.raw, 'id'));
    if (id !== undefined) orgIds.add(id);
  }
  const resolves = (id: string) => orgIds.has(id) || knownOrganisations.has(id);

  const firstOrgRow = new Map<string, number>();
  const firstServiceRow = new Map<string, number>();
  for (const r of organisations) {
    const check = (path: FieldPath, message: string) => {
      if (!r.rejected.has(pathKey(path))) report(r.at, path, message);
    };
    const ownId = text(field(r.raw, 'id'));
    if (ownId !== undefined) {
      const first = firstOrgRow.get(ownId);
      if (first === undefined) firstOrgRow.set(ownId, r.at.row);
      else check(['id'], `${quote(ownId)} is already the id of the organisation in row ${first}`);
    }

    const country = text(field(r.raw, 'country'));
    const countryKnown = country !== undefined && known.countries.has(country);
    if (country !== undefined && !countryKnown) {
      check(['country'], `${quote(country)} is not a known country code`);
    }
    const region = text(field(r.raw, 'region'));
    if (region !== undefined) {
      const regionCountry = known.regionCountry.get(region);
      if (regionCountry === undefined) {
        check(['region'], `${quote(region)} is not a NUTS 2024 region code`);
      } else if (countryKnown && regionCountry !== country) {
        check(['region'], `${quote(region)} is a region of ${regionCountry}, not of ${country}`);
      }
    }

    list(field(r.raw, 'sectors')).forEach((value, i) => {
      const sector = text(value);
      if (sector !== undefined && !known.sectors.has(sector)) {
        check(['sectors', i], `${quote(sector)} is not a known sector (use ${known.sectorList})`);
      }
    });

    list(field(r.raw, 'member_of')).forEach((value, i) => {
      const target = text(value);
      if (target === undefined) return;
      if (target === ownId) {
        check(
          ['member_of', i],
          `${quote(target)} is its own id: an organisation cannot be a member of itself`,
        );
      } else if (!resolves(target)) {
        check(
          ['member_of', i],
          `${quote(target)} is not the id of an organisation in this catalogue`,
        );
      }
    });

    list(field(r.raw, 'contacts')).forEach((contact, j) => {
      const given = ['name', 'email', 'phone'].some((key) => text(field(contact, key)));
      if (!given && typeof contact === 'object' && contact !== null) {
        check(
          ['contacts', j],
          `a contact needs at least a name, an e-mail or a phone (found ${showFound(contact)})`,
        );
      }
    });

    list(field(r.raw, 'services')).forEach((service, j) => {
      const serviceId = text(field(service, 'id'));
      if (serviceId !== undefined) {
        const first = firstServiceRow.get(serviceId);
        if (first === undefined) firstServiceRow.set(serviceId, r.at.row);
        else {
          check(
            ['services', j, 'id'],
            `${quote(serviceId)} is already the id of a service (row ${first}); service ids are unique in a catalogue`,
          );
        }
      }
      const type = text(field(service, 'type'));
      if (type !== undefined && !known.serviceTypes.has(type)) {
        check(
          ['services', j, 'type'],
          `${quote(type)} is not a known service type (use ${known.serviceTypeList})`,
        );
      }
      list(field(service, 'sectors')).forEach((value, i) => {
        const sector = text(value);
        if (sector !== undefined && !known.sectors.has(sector)) {
          check(
            ['services', j, 'sectors', i],
            `${quote(sector)} is not a known sector (use ${known.sectorList})`,
          );
        }
      });
    });
  }

  const firstEventRow = new Map<string, number>();
  for (const r of events) {
    const check = (path: FieldPath, message: string) => {
      if (!r.rejected.has(pathKey(path))) report(r.at, path, message);
    };
    const id = text(field(r.raw, 'id'));
    if (id !== undefined) {
      const first = firstEventRow.get(id);
      if (first === undefined) firstEventRow.set(id, r.at.row);
      else check(['id'], `${quote(id)} is already the id of the event in row ${first}`);
    }
    const country = text(field(r.raw, 'country'));
    if (country !== undefined && !known.countries.has(country)) {
      check(['country'], `${quote(country)} is not a known country code`);
    }
    list(field(r.raw, 'organisers')).forEach((value, i) => {
      const organiser = text(value);
      if (organiser !== undefined && !resolves(organiser)) {
        check(
          ['organisers', i],
          `${quote(organiser)} is not the id of an organisation in this catalogue`,
        );
      }
    });
    list(field(r.raw, 'sectors')).forEach((value, i) => {
      const sector = text(value);
      if (sector !== undefined && !known.sectors.has(sector)) {
        check(['sectors', i], `${quote(sector)} is not a known sector (use ${known.sectorList})`);
      }
    });
    const start = text(field(r.raw, 'start'));
    const end = text(field(r.raw, 'end'));
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
      check(['end'], `${quote(end)} is before the start (${quote(start)})`);
    }
  }
}
