/**
 * Row-level writes of catalogue records, with statements prepared once per writer. Callers
 * (catalogue-store.ts) own the transaction; nothing here commits on its own.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../sqlite';
import type { CatalogueEvent, Organisation } from '../../catalogue-format/schema';
import { sameField } from './diff';
import { RowBatch } from './row-batch';

/** Deleted before `organisation` so that no cascade has to find them row by row. */
const CHILD_TABLES = [
  ['contact', 'organisation_rid'],
  ['service', 'organisation_rid'],
  ['organisation_sector', 'organisation_rid'],
  ['membership', 'member_rid'],
] as const;

/** The child tables' inserts (up to VALUES) and column counts, for both writers below. */
const CHILD_INSERTS = {
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
type ChildTable = keyof typeof CHILD_INSERTS;
type Sink = (...row: unknown[]) => unknown;

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

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
  private readonly children: Record<ChildTable, Sink>;
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
    const child = (table: ChildTable): Sink => {
      const [insert, columns] = CHILD_INSERTS[table];
      const statement = db.prepare(`${insert} VALUES (${placeholders(columns)})`);
      return (...row) => statement.run(...row);
    };
    this.children = {
      contact: child('contact'),
      service: child('service'),
      sector: child('sector'),
      membership: child('membership'),
    };
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
    insertChildRows(rid, org, this.children);
    return rid;
  }

  /**
   * Rewrites an existing organisation in place: its rid (the search key) stays the same. Given
   * the `stored` record, child rows whose list did not change are left alone (a renamed
   * organisation rewrites one row, not a dozen).
   */
  updateOrganisation(rid: number, org: Organisation, stored?: Organisation): void {
    this.updateOrg.run(...organisationValues(org), rid);
    const changed = new Set<ChildTable>();
    for (const [table, field] of CHILD_FIELDS) {
      if (stored === undefined || !sameField(stored[field], org[field], field)) changed.add(table);
    }
    CHILD_TABLES.forEach(([table], i) => {
      if (changed.has(CHILD_OF_TABLE[table])) this.deleteChildren[i]?.run(rid);
    });
    insertChildRows(rid, org, this.children, changed);
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
}

/** Each kind of child row and the organisation field it holds. */
const CHILD_FIELDS = [
  ['contact', 'contacts'],
  ['service', 'services'],
  ['sector', 'sectors'],
  ['membership', 'member_of'],
] as const satisfies readonly (readonly [ChildTable, keyof Organisation])[];

const CHILD_OF_TABLE: Record<(typeof CHILD_TABLES)[number][0], ChildTable> = {
  contact: 'contact',
  service: 'service',
  organisation_sector: 'sector',
  membership: 'membership',
};

/**
 * Writes the child rows of an organisation (those of the kinds in `only`, if given), in the
 * column order of CHILD_INSERTS.
 */
function insertChildRows(
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

/**
 * Writes a whole catalogue into emptied tables (see bulkWrite), rows batched (row-batch.ts),
 * with the rids the caller gives. Call finish() at the end.
 */
export class BulkCatalogueWriter {
  private readonly organisations: RowBatch;
  private readonly batches: Record<ChildTable, RowBatch>;
  private readonly children: Record<ChildTable, Sink>;

  constructor(db: Db) {
    this.organisations = new RowBatch(
      db,
      `INSERT INTO organisation (rid, id, ${ORG_FIELDS})`,
      2 + ORG_FIELDS.split(', ').length,
    );
    const batch = (table: ChildTable) => {
      const [insert, columns] = CHILD_INSERTS[table];
      return new RowBatch(db, insert, columns);
    };
    this.batches = {
      contact: batch('contact'),
      service: batch('service'),
      sector: batch('sector'),
      membership: batch('membership'),
    };
    const sink = (table: ChildTable): Sink => {
      const rows = this.batches[table];
      return (...row) => {
        rows.add(...row);
      };
    };
    this.children = {
      contact: sink('contact'),
      service: sink('service'),
      sector: sink('sector'),
      membership: sink('membership'),
    };
  }

  /** Adds an organisation and its child rows under `rid`. */
  add(rid: number, org: Organisation): void {
    this.organisations.add(rid, org.id, ...organisationValues(org));
    insertChildRows(rid, org, this.children);
  }

  /** Writes what is still buffered, parents first (the children's foreign keys need them). */
  finish(): void {
    this.organisations.flush();
    for (const rows of Object.values(this.batches)) rows.flush();
  }
}

/** The tables a whole-catalogue write fills; their secondary indexes are rebuilt after it. */
const BULK_TABLES = ['organisation', 'contact', 'service', 'organisation_sector', 'membership'];

/** Page cache while a whole catalogue is written (KiB): the new pages stay in memory. */
const BULK_CACHE_KIB = 256 * 1024;

/**
 * Runs `fill` (which empties the tables and writes a whole catalogue into them) with the tables' secondary
 * indexes dropped and recreated afterwards from their exact definitions, and a larger page
 * cache: building an index once from sorted data is far cheaper than updating it on every
 * insert. Must run inside the caller's transaction, so that a failure rolls the indexes back
 * with everything else; readers on other connections keep seeing the old schema and rows.
 */
export function bulkWrite<T>(db: Db, fill: () => T): T {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema
       WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(BULK_TABLES)) as { name: string; sql: string }[];
  const cache = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${-BULK_CACHE_KIB}`);
  // Batched children may reach the table before their parent's batch: foreign keys are
  // checked at commit instead (the pragma ends with the transaction).
  db.pragma('defer_foreign_keys = ON');
  try {
    // Names come from sqlite_schema itself; quoted as identifiers all the same.
    for (const { name } of indexes) db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
    const result = fill();
    for (const { sql } of indexes) db.exec(sql);
    return result;
  } finally {
    db.pragma(`cache_size = ${cache}`);
  }
}
