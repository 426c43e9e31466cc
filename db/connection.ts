/**
 * Opening a catalogue database: pragmas, schema migrations (with the rebuild of the derived
 * data they invalidate) and the refusal of a database written by a newer version of the app.
 * A read-only opening writes nothing at all: no journal mode, no migration (db/read-only.ts).
 */
import Database from 'better-sqlite3';
import { rebuildDerivedData } from './derived-data';
import { CatalogueError } from './errors';
import { MIGRATIONS, SCHEMA_VERSION, type DerivedData, type Migration } from './migrations/index';
import { cannotUpgrade, cannotWrite, isReadOnlyFailure, openReadOnlyConnection } from './read-only';
import type { Db } from './sqlite';

export interface OpenOptions {
  /** Read only: the database must exist and be of the current schema (else READ_ONLY). */
  readonly?: boolean;
  /** Migrations to apply; tests pass a prefix of the list to test each migration. */
  migrations?: readonly Migration[];
}

/**
 * Opens (creating if needed) the database at `path` and brings its schema up to date.
 * A database whose `user_version` is newer than this app's is closed untouched and refused.
 * One that cannot be written is refused with READ_ONLY, unless opened `readonly`.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  const readonly = options.readonly ?? false;
  let db: Db;
  try {
    db = readonly ? openReadOnlyConnection(path) : new Database(path);
  } catch (error) {
    if (error instanceof CatalogueError) throw error;
    throw new CatalogueError(
      'DB_OPEN_FAILED',
      `Cannot open the database at ${path}: ${(error as Error).message}`,
    );
  }
  try {
    // Read the version before anything writes: a newer database must not be touched at all,
    // not even switched to WAL.
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = migrations.at(-1)?.version ?? 0;
    if (version > latest) {
      throw new CatalogueError(
        'DB_TOO_NEW',
        `The database at ${path} was written by a newer version of Meta-Cluster Catalogue (schema ${version}, this version knows up to ${latest}). Update the app; the database was left untouched.`,
      );
    }
    if (readonly && version < latest) throw cannotUpgrade(path, version, latest);
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -32000');
    if (!readonly) migrate(db, migrations, version);
    return db;
  } catch (error) {
    db.close();
    // SQLite opens a file it may not write read-only and fails at the first write.
    if (isReadOnlyFailure(error)) throw cannotWrite(path);
    throw error;
  }
}

/**
 * Applies every migration after `current`, then rebuilds each kind of derived data any of them
 * declared once, against the final schema; all in one transaction: all of it or none.
 */
function migrate(db: Db, migrations: readonly Migration[], current: number): void {
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  pending.forEach((m, i) => {
    const expected = (i === 0 ? current : (pending[i - 1]?.version ?? current)) + 1;
    if (m.version !== expected) {
      throw new Error(
        `Migrations must be numbered consecutively: expected ${expected}, found ${m.version} (${m.name}).`,
      );
    }
  });
  const rebuilds = new Set<DerivedData>(pending.flatMap((m) => m.rebuilds ?? []));
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
    rebuildDerivedData(db, rebuilds);
  }).immediate();
}

export { SCHEMA_VERSION };
