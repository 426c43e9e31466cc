/**
 * A consistent view of the database for reads that span awaits. An export is written page by
 * page as its output drains, and a sync may commit on another connection meanwhile: read
 * through the app's connection, the later pages would come from the new catalogue. A snapshot
 * is a read-only connection of its own holding one read transaction (WAL keeps the version it
 * started on readable until it ends), so every page comes from the same version, and the
 * app's connection stays free for anything else the user does meanwhile.
 */
import Database from 'better-sqlite3';
import type { Db } from './sqlite';

export interface ReadSnapshot {
  db: Db;
  /** Ends the read transaction; call once, when the reads are done. */
  close(): void;
}

export function openReadSnapshot(db: Db): ReadSnapshot {
  // An in-memory database has no other connection that could change it.
  if (db.memory) return { db, close: () => undefined };
  const reader = new Database(db.name, { readonly: true, fileMustExist: true });
  try {
    reader.exec('BEGIN');
    // A transaction reads its version at the first read: take it now, not at the first page.
    reader.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
  } catch (error) {
    reader.close();
    throw error;
  }
  return {
    db: reader,
    close: () => {
      reader.exec('COMMIT');
      reader.close();
    },
  };
}
