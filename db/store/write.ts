/**
 * Row-level writes of catalogue records, with statements prepared once per writer. Callers
 * (catalogue-store.ts) own the transaction; nothing here commits on its own.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../connection';
import type { CatalogueEvent, Organisation } from '../source/schema';

/** Deleted before `organisation` so that no cascade has to find them row by row. */
const CHILD_TABLES = [
  ['contact', 'organisation_rid'],
  ['service', 'organisation_rid'],
  ['organisation_sector', 'organisation_rid'],
  ['membership', 'member_rid'],
] as const;

/** Values in ORG_FIELDS order (positional binding is markedly faster than named). */
function organisationValues(org: Organisation): unknown[] {
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

function eventParams(event: CatalogueEvent) {
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    start_date: event.start,
    end_date: event.end ?? null,
    city: event.city ?? null,
    country: event.country ?? null,
    description: event.description ?? null,
    website: event.website ?? null,
    organisers: JSON.stringify(event.organisers),
    sectors: JSON.stringify(event.sectors),
  };
}

const ORG_FIELDS =
  'kind, name, acronym, names, description, country, region, city, address, postcode, website, email, phone, fax, verified_at';
const ORG_VALUES = ORG_FIELDS.split(', ')
  .map(() => '?')
  .join(', ');
const ORG_SET = ORG_FIELDS.split(', ')
  .map((f) => `${f} = ?`)
  .join(', ');
const EVENT_FIELDS =
  'id, kind, title, start_date, end_date, city, country, description, website, organisers, sectors';

export class CatalogueWriter {
  private readonly insertOrg: Statement;
  private readonly updateOrg: Statement;
  private readonly deleteOrg: Statement;
  private readonly deleteChildren: Statement[];
  private readonly insertContact: Statement;
  private readonly insertService: Statement;
  private readonly insertSector: Statement;
  private readonly insertMembership: Statement;
  private readonly upsertEventStmt: Statement;
  private readonly deleteEventStmt: Statement;
  private readonly ridOf: Statement<[string], { rid: number }>;

  constructor(private readonly db: Db) {
    this.insertOrg = db.prepare(
      `INSERT INTO organisation (id, ${ORG_FIELDS}) VALUES (?, ${ORG_VALUES})`,
    );
    this.updateOrg = db.prepare(`UPDATE organisation SET ${ORG_SET} WHERE rid = ?`);
    this.deleteOrg = db.prepare('DELETE FROM organisation WHERE rid = ?');
    this.deleteChildren = CHILD_TABLES.map(([table, column]) =>
      db.prepare(`DELETE FROM ${table} WHERE ${column} = ?`),
    );
    this.insertContact = db.prepare(
      'INSERT INTO contact (organisation_rid, position, name, role, email, phone, languages) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertService = db.prepare(
      'INSERT INTO service (organisation_rid, position, id, title, type, description, sectors) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    // Sets: a repeated value in the source is one row, not a constraint failure.
    this.insertSector = db.prepare(
      'INSERT OR IGNORE INTO organisation_sector (organisation_rid, sector_id) VALUES (?, ?)',
    );
    this.insertMembership = db.prepare(
      'INSERT OR IGNORE INTO membership (member_rid, cluster_id) VALUES (?, ?)',
    );
    this.upsertEventStmt = db.prepare(
      `INSERT INTO event (${EVENT_FIELDS}) VALUES (${EVENT_FIELDS.split(', ')
        .map((f) => `@${f}`)
        .join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${EVENT_FIELDS.split(', ')
         .filter((f) => f !== 'id')
         .map((f) => `${f} = excluded.${f}`)
         .join(', ')}`,
    );
    this.deleteEventStmt = db.prepare('DELETE FROM event WHERE id = ?');
    this.ridOf = db.prepare('SELECT rid FROM organisation WHERE id = ?');
  }

  /** Removes every catalogue record (not the taxonomies, not the search index). */
  clearAll(): void {
    for (const [table] of CHILD_TABLES) this.db.prepare(`DELETE FROM ${table}`).run();
    this.db.prepare('DELETE FROM organisation').run();
    this.db.prepare('DELETE FROM event').run();
  }

  rid(id: string): number | undefined {
    return this.ridOf.get(id)?.rid;
  }

  /** Inserts a new organisation and its child rows; returns its rid. */
  insertOrganisation(org: Organisation): number {
    const rid = Number(this.insertOrg.run(org.id, ...organisationValues(org)).lastInsertRowid);
    this.insertChildren(rid, org);
    return rid;
  }

  /** Rewrites an existing organisation in place: its rid (the search key) stays the same. */
  updateOrganisation(rid: number, org: Organisation): void {
    this.updateOrg.run(...organisationValues(org), rid);
    for (const statement of this.deleteChildren) statement.run(rid);
    this.insertChildren(rid, org);
  }

  deleteOrganisation(rid: number): void {
    for (const statement of this.deleteChildren) statement.run(rid);
    this.deleteOrg.run(rid);
  }

  upsertEvent(event: CatalogueEvent): void {
    this.upsertEventStmt.run(eventParams(event));
  }

  deleteEvent(id: string): boolean {
    return this.deleteEventStmt.run(id).changes > 0;
  }

  private insertChildren(rid: number, org: Organisation): void {
    for (const [i, c] of org.contacts.entries()) {
      this.insertContact.run(
        rid,
        i,
        c.name ?? null,
        c.role ?? null,
        c.email ?? null,
        c.phone ?? null,
        c.languages.length === 0 ? '[]' : JSON.stringify(c.languages),
      );
    }
    for (const [i, s] of org.services.entries()) {
      this.insertService.run(
        rid,
        i,
        s.id,
        s.title,
        s.type,
        s.description ?? null,
        s.sectors.length === 0 ? '[]' : JSON.stringify(s.sectors),
      );
    }
    for (const sector of org.sectors) this.insertSector.run(rid, sector);
    for (const cluster of org.member_of) this.insertMembership.run(rid, cluster);
  }
}
