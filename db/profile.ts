/**
 * An organisation's whole profile, as the profile page and `catalogue show` present it: its
 * fields, contacts, services, sectors with labels, where it is (region with its ancestors,
 * country name), the clusters it belongs to, its members and the events it organises.
 */
import type { Db } from './sqlite';
import type { Contact, OrganisationKind } from '../catalogue-format/schema';
import type { ApiResult } from '../contract/methods';
import { readOrganisations, type OrganisationRow, ORGANISATION_COLUMNS } from './store/read';
import { loadTaxonomy, taxonomyIndex } from './taxonomy';
import { nullWhereAbsent } from './optional-fields';

type ProfileAnswer = ApiResult<'profile'>;
type Labelled = ProfileAnswer['sectors'][number];
type RelatedOrganisation = ProfileAnswer['members'][number];

/**
 * The `profile` answer (contract/profile.ts), with the contacts as the catalogue holds them
 * (the handler gives their absent fields as null).
 */
export type OrganisationProfile = Omit<ProfileAnswer, 'contacts'> & {
  contacts: Contact[];
  /** Always false here: a profile is only built for an organisation the catalogue holds. */
  removed: false;
};

/** The profile of organisation `id`, or undefined when the catalogue does not hold it. */
export function getProfile(db: Db, id: string, locale = 'en'): OrganisationProfile | undefined {
  const row = db
    .prepare(`SELECT ${ORGANISATION_COLUMNS} FROM organisation WHERE id = ?`)
    .get(id) as OrganisationRow | undefined;
  if (!row) return undefined;
  const [org] = readOrganisations(db, row.rid);
  if (!org) return undefined;
  const taxonomy = loadTaxonomy();
  const tax = taxonomyIndex(taxonomy);
  // Sectors are a set in the store; show them in the taxonomy's own order.
  const sectorOrder = new Map(taxonomy.sectors.map((s, i) => [s.id, i]));
  const bySectorOrder = (a: string, b: string) =>
    (sectorOrder.get(a) ?? Infinity) - (sectorOrder.get(b) ?? Infinity) || a.localeCompare(b);
  const sector = (s: string): Labelled => {
    const known = tax.sector(s);
    return { id: s, label: known ? tax.label(known.labels, locale) : s };
  };
  const regionName = (code: string) => tax.region(code)?.name ?? code;
  const country = tax.country(org.country);

  const related = (ids: readonly string[]): RelatedOrganisation[] => {
    const lookup = db.prepare('SELECT name, kind FROM organisation WHERE id = ?');
    return ids.map((rid) => {
      const r = lookup.get(rid) as { name: string; kind: OrganisationKind } | undefined;
      return { id: rid, name: r?.name ?? null, kind: r?.kind ?? null };
    });
  };
  const members = db
    .prepare(
      `SELECT o.id, o.name, o.kind FROM membership m JOIN organisation o ON o.rid = m.member_rid
       WHERE m.cluster_id = ? ORDER BY o.name COLLATE NOCASE, o.id`,
    )
    .all(org.id) as RelatedOrganisation[];
  const events = db
    .prepare(
      `SELECT e.id, e.kind, e.title, e.start_date AS start, e.end_date AS "end", e.date_note AS dateNote,
              e.city, e.country
       FROM event e WHERE EXISTS (SELECT 1 FROM json_each(e.organisers) j WHERE j.value = ?)
       -- "2012" and "2012-06" sort before the days they begin with: first-day order.
       ORDER BY e.start_date, e.id`,
    )
    .all(org.id) as ProfileAnswer['events'];

  return {
    id: org.id,
    kind: org.kind,
    name: org.name,
    acronym: org.acronym ?? null,
    names: org.names,
    description: org.description ?? null,
    country: { code: org.country, name: country ? tax.label(country.labels, locale) : org.country },
    region: org.region
      ? {
          code: org.region,
          name: regionName(org.region),
          ancestors: tax
            .regionAncestors(org.region)
            .slice()
            .reverse()
            .map((code) => ({ code, name: regionName(code) })),
        }
      : null,
    ...nullWhereAbsent(org, ['city', 'address', 'postcode', 'website', 'email', 'phone', 'fax']),
    verifiedAt: org.verified_at ?? null,
    // An index of the verified organisations alone (migration 008) answers this at once.
    verificationRecorded:
      org.verified_at !== undefined ||
      db
        .prepare<[], number>(
          'SELECT EXISTS (SELECT 1 FROM organisation WHERE verified_at IS NOT NULL)',
        )
        .pluck()
        .get() === 1,
    sectors: [...org.sectors].sort(bySectorOrder).map(sector),
    contacts: org.contacts,
    services: org.services.map((s) => {
      const type = tax.serviceType(s.type);
      return {
        id: s.id,
        title: s.title,
        type: { id: s.type, label: type ? tax.label(type.labels, locale) : s.type },
        description: s.description ?? null,
        sectors: s.sectors.map(sector),
      };
    }),
    memberOf: related(org.member_of),
    members,
    events,
    removed: false,
  };
}
