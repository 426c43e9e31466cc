/**
 * Multi-row INSERTs for bulk writes: rows are buffered and written `BATCH_ROWS` at a time by
 * one statement call. At 100,000 organisations a catalogue has ~700,000 rows, and the fixed
 * cost of a statement call (binding, stepping, resetting, crossing into native code) is a
 * large part of writing each one; batching measured ~35% faster on these machines.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../sqlite';

/** Rows per statement call; × the widest row (16 columns) stays far below SQLite's 32,766. */
const BATCH_ROWS = 64;

export class RowBatch {
  private readonly full: Statement;
  private readonly single: Statement;
  private values: unknown[] = [];
  private rows = 0;

  /** `insert` is the statement up to VALUES, e.g. `INSERT OR IGNORE INTO t (a, b)`. */
  constructor(
    db: Db,
    insert: string,
    private readonly columns: number,
  ) {
    const row = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
    this.full = db.prepare(
      `${insert} VALUES ${Array.from({ length: BATCH_ROWS }, () => row).join(', ')}`,
    );
    this.single = db.prepare(`${insert} VALUES ${row}`);
  }

  add(...row: unknown[]): void {
    for (const value of row) this.values.push(value);
    if (++this.rows === BATCH_ROWS) {
      this.full.run(this.values);
      this.values = [];
      this.rows = 0;
    }
  }

  /** Writes the rows still buffered; call before anything reads the table. */
  flush(): void {
    for (let r = 0; r < this.rows; r++) {
      this.single.run(this.values.slice(r * this.columns, (r + 1) * this.columns));
    }
    this.values = [];
    this.rows = 0;
  }
}
