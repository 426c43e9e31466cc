/**
 * How an organisation maps to rows: the columns of `organisation` and the record's values in
 * their order, and its child rows (contacts, services, sectors, memberships). Shared by the
 * row-by-row writer (write.ts) and the bulk writer (bulk-write.ts), so the two always write
 * the same rows.
 */
import type { Organisation } from '../../catalogue-format/schema';

/** The child tables' inserts (up to VALUES) and column counts, for both writers. */
export const CHILD_INSERTS = {
  contact: [
    'INSERT INTO contact (organisation_rid, position, name, role, email, phone, languages)',
    7,
  ],
  service: [
    'INSERT INTO service (organisation_rid, position, id, title, type, description, sectors)',
    7,
  ],
  // Sets: a repeated value in the source is one row, not a constraint failure.
  sector: ['INSERT OR IGNORE INTO organisation_sector (organisation_rid, sector_id)', 2],
  membership: ['INSERT OR IGNORE INTO membership (member_rid, cluster_id)', 2],
} as const;
export type ChildTable = keyof typeof CHILD_INSERTS;
export type Sink = (...row: unknown[]) => unknown;

/** Values in ORG_FIELDS order (positional binding is markedly faster than named). */
export function organisationValues(org: Organisation): unknown[] {
  return [
    org.kind,
    org.name,
    org.acronym ?? null,
    JSON.stringify(org.names),
    org.description ?? null,
    org.country,
    org.region ?? null,
    org.city ?? null,
    org.address ?? null,
    org.postcode ?? null,
    org.website ?? null,
    org.email ?? null,
    org.phone ?? null,
    org.fax ?? null,
    org.verified_at ?? null,
  ];
}

export const ORG_FIELDS =
  'kind, name, acronym, names, description, country, region, city, address, postcode, website, email, phone, fax, verified_at';
/**
 * Writes the child rows of an organisation (those of the kinds in `only`, if given), in the
 * column order of CHILD_INSERTS.
 */
export function insertChildRows(
  rid: number,
  org: Organisation,
  into: Record<ChildTable, Sink>,
  only?: ReadonlySet<ChildTable>,
): void {
  const wanted = (table: ChildTable) => only === undefined || only.has(table);
  if (wanted('contact')) {
    for (const [i, c] of org.contacts.entries()) {
      into.contact(
        rid,
        i,
        c.name ?? null,
        c.role ?? null,
        c.email ?? null,
        c.phone ?? null,
        c.languages.length === 0 ? '[]' : JSON.stringify(c.languages),
      );
    }
  }
  if (wanted('service')) {
    for (const [i, s] of org.services.entries()) {
      into.service(
        rid,
        i,
        s.id,
        s.title,
        s.type,
        s.description ?? null,
        s.sectors.length === 0 ? '[]' : JSON.stringify(s.sectors),
      );
    }
  }
  if (wanted('sector')) for (const sector of org.sectors) into.sector(rid, sector);
  if (wanted('membership')) for (const cluster of org.member_of) into.membership(rid, cluster);
}
