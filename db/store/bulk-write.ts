/**
 * Writing a whole catalogue into emptied tables, fast: rows batched into multi-row inserts
 * (row-batch.ts) and the tables' secondary indexes built once at the end. The caller
 * (store/replace.ts) owns the transaction.
 */
import type { Organisation } from '../../catalogue-format/schema';
import type { Db } from '../sqlite';
import { RowBatch } from './row-batch';
import {
  CHILD_INSERTS,
  insertChildRows,
  ORG_FIELDS,
  organisationValues,
  type ChildTable,
  type Sink,
} from './rows';

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
