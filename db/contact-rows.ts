/**
 * The rows of a contact-list export: one per contact of each selected organisation, and one
 * for an organisation without contacts, with the organisation's address and the names of its
 * country, region, sectors and services resolved in SQL.
 *
 * Rows are read one page of organisations at a time (`.all()` on a page of ids), never the
 * whole selection: 100,000 contacts never sit in memory, and no statement stays open while
 * the caller waits for a slow output stream. An open better-sqlite3 iterator keeps the
 * connection busy, so holding one across `await`s would make every write on the shared
 * connection (a shortlist change in the app during an export) fail with "connection busy".
 */
import type { Db } from './sqlite';
import { CatalogueError } from './errors';
import type { OrganisationKind } from '../catalogue-format/schema';

export interface ContactRow {
  organisationId: string;
  organisation: string;
  kind: OrganisationKind;
  /** False for the row of an organisation that has no contacts. */
  person: boolean;
  contactName: string | null;
  role: string | null;
  /** The contact's own e-mail, else the organisation's. */
  email: string | null;
  /** The contact's own phone, else the organisation's. */
  phone: string | null;
  website: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  countryCode: string;
  /** Country name in the export's locale (English when it has no label in that language). */
  country: string;
  /** National name of the organisation's NUTS region. */
  region: string | null;
  /** Sector labels in taxonomy order, in the export's locale. */
  sectors: string[];
  /** Service titles in catalogue order. */
  services: string[];
  /** The user's private note on the organisation; null without one, or unless asked for. */
  note: string | null;
}

/** Organisations per page: small enough to bound memory, large enough to amortise a query. */
const PAGE_SIZE = 500;

/** A separator that cannot occur in a label or title (it is a C0 control character). */
const SEP = '\u001f';

/**
 * Labels are JSON objects `{"en": ..., "de": ...}`; the locale is validated before it is
 * bound into a JSON path, so it can only ever name a key.
 */
const ROWS_SQL = `
WITH ids(pos, id) AS (SELECT key, value FROM json_each(:ids)),
-- Organisation-level values once per organisation, not once per contact row.
orgs AS MATERIALIZED (
  SELECT ids.pos AS pos, o.rid AS rid, o.id AS organisationId, o.name AS organisation,
    o.kind AS kind, o.email AS email, o.phone AS phone, o.website AS website,
    o.address AS address, o.postcode AS postcode, o.city AS city, o.country AS countryCode,
    coalesce(json_extract(cn.labels, :path), json_extract(cn.labels, '$.en'), o.country) AS country,
    r.name AS region,
    (SELECT group_concat(
         coalesce(json_extract(s.labels, :path), json_extract(s.labels, '$.en'), os.sector_id),
         :sep ORDER BY coalesce(s.position, 1e9), os.sector_id)
     FROM organisation_sector os LEFT JOIN sector s ON s.id = os.sector_id
     WHERE os.organisation_rid = o.rid) AS sectors,
    (SELECT group_concat(sv.title, :sep ORDER BY sv.position)
     FROM service sv WHERE sv.organisation_rid = o.rid) AS services,
    CASE WHEN :notes THEN (SELECT n.text FROM note n WHERE n.organisation_id = o.id) END AS note
  FROM ids
  JOIN organisation o ON o.id = ids.id
  LEFT JOIN country cn ON cn.code = o.country
  LEFT JOIN region r ON r.code = o.region)
SELECT g.organisationId, g.organisation, g.kind, ct.position IS NOT NULL AS person,
  ct.name AS contactName, ct.role AS role,
  coalesce(ct.email, g.email) AS email, coalesce(ct.phone, g.phone) AS phone,
  g.website, g.address, g.postcode, g.city, g.countryCode, g.country, g.region,
  g.sectors, g.services, g.note
FROM orgs g
LEFT JOIN contact ct ON ct.organisation_rid = g.rid
ORDER BY g.pos, ct.position`;

interface RawRow extends Omit<ContactRow, 'person' | 'sectors' | 'services'> {
  person: number;
  sectors: string | null;
  services: string | null;
}

/** "de", "de-AT", "de_AT" → "de"; anything else is refused rather than put in a JSON path. */
export function localeKey(locale = 'en'): string {
  const key = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  if (!/^[a-z]{2,3}$/.test(key)) {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `Unknown locale "${locale}": use a language code such as en, de or sk.`,
    );
  }
  return key;
}

function split(list: string | null): string[] {
  return list === null || list === '' ? [] : list.split(SEP);
}

/** The same ids in their first-seen order, without repeats. */
export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** The ids among `ids` that name no organisation in the catalogue, in their given order. */
export function unknownOrganisationIds(db: Db, ids: readonly string[]): string[] {
  const known = db.prepare<[string], { id: string }>(
    `SELECT value AS id FROM json_each(?) WHERE value IN (SELECT id FROM organisation)`,
  );
  const missing: string[] = [];
  for (let i = 0; i < ids.length; i += PAGE_SIZE * 10) {
    const page = ids.slice(i, i + PAGE_SIZE * 10);
    const found = new Set(known.all(JSON.stringify(page)).map((r) => r.id));
    for (const id of page) if (!found.has(id)) missing.push(id);
  }
  return missing;
}

/**
 * The export rows of `ids` in their order (then contact order), one page of organisations at
 * a time. Ids that name no organisation are skipped; check them first with
 * `unknownOrganisationIds` when that must be an error. The user's notes are read only with
 * `notes` (they are private: an export holds them only when the user asks).
 */
export function* contactRows(
  db: Db,
  ids: readonly string[],
  locale = 'en',
  pageSize = PAGE_SIZE,
  notes = false,
): Generator<ContactRow[], void, undefined> {
  const path = `$.${localeKey(locale)}`;
  const statement = db.prepare<{ ids: string; path: string; sep: string; notes: number }, RawRow>(
    ROWS_SQL,
  );
  const unique = uniqueIds(ids);
  for (let i = 0; i < unique.length; i += pageSize) {
    const page = JSON.stringify(unique.slice(i, i + pageSize));
    const rows = statement.all({ ids: page, path, sep: SEP, notes: notes ? 1 : 0 });
    yield rows.map((raw) => ({
      ...raw,
      person: raw.person === 1,
      sectors: split(raw.sectors),
      services: split(raw.services),
    }));
  }
}
