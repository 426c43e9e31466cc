/**
 * Reading the catalogue back in its source form (catalogue-format/schema.ts): what was imported or
 * synced comes out field for field, with absent optional fields absent, and contacts and
 * services in their source order. `sectors` and `member_of` are sets (the tables key them by
 * value), so they come back sorted by id; diff.ts compares them as sets for the same reason.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../sqlite';
import type {
  CatalogueEvent,
  Catalogue,
  Contact,
  EventKind,
  Organisation,
  OrganisationKind,
  Service,
} from '../../catalogue-format/schema';

export interface OrganisationRow {
  rid: number;
  id: string;
  kind: OrganisationKind;
  name: string;
  acronym: string | null;
  names: string;
  description: string | null;
  country: string;
  region: string | null;
  city: string | null;
  address: string | null;
  postcode: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  fax: string | null;
  verified_at: string | null;
}

interface ContactRow {
  organisation_rid: number;
  name: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
  languages: string;
}

interface ServiceRow {
  organisation_rid: number;
  id: string;
  title: string;
  type: string;
  description: string | null;
  sectors: string;
}

interface EventRow {
  id: string;
  kind: EventKind;
  title: string;
  start_date: string;
  end_date: string | null;
  date_note: string | null;
  city: string | null;
  country: string | null;
  description: string | null;
  website: string | null;
  organisers: string;
  sectors: string;
}

export const ORGANISATION_COLUMNS =
  'rid, id, kind, name, acronym, names, description, country, region, city, address, postcode, website, email, phone, fax, verified_at';

/** Sets an optional field only when the database holds a value, as the source would. */
function optional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | null) {
  if (value !== null && value !== undefined) target[key] = value;
}

/** JSON.parse with the two overwhelmingly common empty values short-cut. */
function parseList(json: string): string[] {
  return json === '[]' ? [] : (JSON.parse(json) as string[]);
}

function push<V>(map: Map<number, V[]>, key: number, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function toContact(row: ContactRow): Contact {
  const contact: Contact = { languages: parseList(row.languages) };
  optional(contact, 'name', row.name);
  optional(contact, 'role', row.role);
  optional(contact, 'email', row.email);
  optional(contact, 'phone', row.phone);
  return contact;
}

function toService(row: ServiceRow): Service {
  const service: Service = {
    id: row.id,
    title: row.title,
    type: row.type,
    sectors: parseList(row.sectors),
  };
  optional(service, 'description', row.description);
  return service;
}

function toOrganisation(
  row: OrganisationRow,
  children: {
    sectors?: string[];
    memberOf?: string[];
    services?: Service[];
    contacts?: Contact[];
  },
): Organisation {
  const org: Organisation = {
    id: row.id,
    kind: row.kind,
    name: row.name,
    names: row.names === '{}' ? {} : (JSON.parse(row.names) as Record<string, string>),
    country: row.country,
    sectors: children.sectors ?? [],
    member_of: children.memberOf ?? [],
    services: children.services ?? [],
    contacts: children.contacts ?? [],
  };
  optional(org, 'acronym', row.acronym);
  optional(org, 'description', row.description);
  optional(org, 'region', row.region);
  optional(org, 'city', row.city);
  optional(org, 'address', row.address);
  optional(org, 'postcode', row.postcode);
  optional(org, 'website', row.website);
  optional(org, 'email', row.email);
  optional(org, 'phone', row.phone);
  optional(org, 'fax', row.fax);
  optional(org, 'verified_at', row.verified_at);
  return org;
}

function toEvent(row: EventRow): CatalogueEvent {
  const event: CatalogueEvent = {
    id: row.id,
    kind: row.kind,
    title: row.title,
    start: row.start_date,
    organisers: parseList(row.organisers),
    sectors: parseList(row.sectors),
  };
  optional(event, 'end', row.end_date);
  optional(event, 'date_note', row.date_note);
  optional(event, 'city', row.city);
  optional(event, 'country', row.country);
  optional(event, 'description', row.description);
  optional(event, 'website', row.website);
  return event;
}

interface OrganisationQueries {
  organisations: Statement;
  contacts: Statement;
  services: Statement;
  sectors: Statement;
  memberships: Statement;
}

type Mode = 'all' | 'one' | 'some';

/** Prepared once per connection and mode. */
const prepared = new WeakMap<Db, Record<Mode, OrganisationQueries>>();

function queries(db: Db, mode: Mode): OrganisationQueries {
  let cached = prepared.get(db);
  if (!cached) {
    const build = (which: Mode): OrganisationQueries => {
      // Fixed SQL text per mode; the only value ever involved (a rid, or a JSON list of rids)
      // is bound.
      const only = (column: string) =>
        which === 'one'
          ? `WHERE ${column} = ?`
          : which === 'some'
            ? `WHERE ${column} IN (SELECT value FROM json_each(?))`
            : '';
      return {
        organisations: db.prepare(
          `SELECT ${ORGANISATION_COLUMNS} FROM organisation ${only('rid')} ORDER BY rid`,
        ),
        contacts: db.prepare(
          `SELECT organisation_rid, name, role, email, phone, languages FROM contact ${only('organisation_rid')} ORDER BY organisation_rid, position`,
        ),
        services: db.prepare(
          `SELECT organisation_rid, id, title, type, description, sectors FROM service ${only('organisation_rid')} ORDER BY organisation_rid, position`,
        ),
        sectors: db.prepare(
          `SELECT organisation_rid AS rid, sector_id AS value FROM organisation_sector ${only('organisation_rid')} ORDER BY organisation_rid, sector_id`,
        ),
        memberships: db.prepare(
          `SELECT member_rid AS rid, cluster_id AS value FROM membership ${only('member_rid')} ORDER BY member_rid, cluster_id`,
        ),
      };
    };
    cached = { all: build('all'), one: build('one'), some: build('some') };
    prepared.set(db, cached);
  }
  return cached[mode];
}

/**
 * Organisations in source form: all of them in insertion (source) order, or with `rid` only
 * that one (an empty list when it does not exist).
 */
export function readOrganisations(db: Db, rid?: number): Organisation[] {
  return [
    ...readWithRids(db, rid === undefined ? 'all' : 'one', rid === undefined ? [] : [rid]).values(),
  ];
}

/** The organisations with these rids, by rid (absent rids are simply missing). */
export function readOrganisationsByRid(db: Db, rids: readonly number[]): Map<number, Organisation> {
  if (rids.length === 0) return new Map<number, Organisation>();
  return readWithRids(db, 'some', [JSON.stringify(rids)]);
}

function readWithRids(db: Db, mode: Mode, params: unknown[]): Map<number, Organisation> {
  const q = queries(db, mode);
  const rows = q.organisations.all(...params) as OrganisationRow[];
  if (rows.length === 0) return new Map<number, Organisation>();
  const contacts = new Map<number, Contact[]>();
  for (const row of q.contacts.all(...params) as ContactRow[]) {
    push(contacts, row.organisation_rid, toContact(row));
  }
  const services = new Map<number, Service[]>();
  for (const row of q.services.all(...params) as ServiceRow[]) {
    push(services, row.organisation_rid, toService(row));
  }
  const sectors = new Map<number, string[]>();
  for (const row of q.sectors.all(...params) as { rid: number; value: string }[]) {
    push(sectors, row.rid, row.value);
  }
  const memberOf = new Map<number, string[]>();
  for (const row of q.memberships.all(...params) as { rid: number; value: string }[]) {
    push(memberOf, row.rid, row.value);
  }
  return new Map(
    rows.map((row) => [
      row.rid,
      toOrganisation(row, {
        sectors: sectors.get(row.rid),
        memberOf: memberOf.get(row.rid),
        services: services.get(row.rid),
        contacts: contacts.get(row.rid),
      }),
    ]),
  );
}

const EVENT_COLUMNS =
  'id, kind, title, start_date, end_date, date_note, city, country, description, website, organisers, sectors';

/** All events in insertion (source) order. */
export function readEvents(db: Db): CatalogueEvent[] {
  return (db.prepare(`SELECT ${EVENT_COLUMNS} FROM event ORDER BY rid`).all() as EventRow[]).map(
    toEvent,
  );
}

/** The whole catalogue back in source form (see the module comment for the set fields). */
export function readCatalogue(db: Db): Catalogue {
  return db.transaction(() => ({ organisations: readOrganisations(db), events: readEvents(db) }))();
}
