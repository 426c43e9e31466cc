/**
 * Row-level writes of catalogue records, with statements prepared once per writer. Callers
 * (store/replace.ts, store/write-changes.ts) own the transaction; nothing here commits on its own.
 */
import type { Statement } from 'better-sqlite3';
import type { CatalogueEvent, Organisation } from '../../catalogue-format/schema';
import type { Db } from '../sqlite';
import { nullWhereAbsent } from '../optional-fields';
import { sameField } from './diff';
import {
  CHILD_INSERTS,
  insertChildRows,
  ORG_FIELDS,
  organisationValues,
  type ChildTable,
  type Sink,
} from './rows';

/** Deleted before `organisation` so that no cascade has to find them row by row. */
const CHILD_TABLES = [
  ['contact', 'organisation_rid'],
  ['service', 'organisation_rid'],
  ['organisation_sector', 'organisation_rid'],
  ['membership', 'member_rid'],
] as const;

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

function eventParams(event: CatalogueEvent) {
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    start_date: event.start,
    end_date: event.end ?? null,
    ...nullWhereAbsent(event, ['date_note', 'city', 'country', 'description', 'website']),
    organisers: JSON.stringify(event.organisers),
    sectors: JSON.stringify(event.sectors),
  };
}

const ORG_VALUES = ORG_FIELDS.split(', ')
  .map(() => '?')
  .join(', ');
const ORG_SET = ORG_FIELDS.split(', ')
  .map((f) => `${f} = ?`)
  .join(', ');
const EVENT_FIELDS =
  'id, kind, title, start_date, end_date, date_note, city, country, description, website, organisers, sectors';

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
