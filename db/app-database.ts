/**
 * The app's own database: where it lives, and how it comes to hold a catalogue. A database
 * that does not exist yet is created from the bundled catalogue, so everything works offline
 * on first launch. Later app updates bring newer bundled catalogues; one replaces the
 * installed catalogue only while that is still a bundled one. A catalogue that came from the
 * feed, or that the user imported, is never overwritten by one that came with an app update.
 * User data is never touched by any of this.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceCatalogue, readCatalogue, readMeta, type ChangeSummary } from './catalogue-store';
import { openDatabase } from './connection';
import type { Db } from './sqlite';
import { CatalogueError } from './errors';
import { cannotCreate, cannotWrite, canWrite } from './read-only';
import type { Catalogue } from '../catalogue-format/schema';
import { formatProblem, validateCatalogue } from '../catalogue-format/validate';
import { loadTaxonomy } from './taxonomy';

/** The database file's name: the user's (core/app-paths.ts), the bundled one, the packaged one. */
export const DATABASE_FILE = 'catalogue.sqlite';
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** The database `npm run build:catalogue` builds from the bundled source, shipped with the app. */
export function bundledDatabasePath(): string {
  return join(packageRoot, 'dist', DATABASE_FILE);
}

/** The bundled catalogue's source (the real network catalogue), maintained in the repository. */
export function bundledSourcePath(): string {
  return join(packageRoot, 'catalogue', 'network.json');
}

export interface BundleLocation {
  /** Built bundled database (default bundledDatabasePath()). */
  database?: string;
  /** Bundled source JSON (default bundledSourcePath()); wins when the built database is stale. */
  source?: string;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Reads and validates a catalogue source JSON; its sha256 (of the file's bytes) identifies
 * the bundled catalogue. Throws INVALID_CATALOGUE listing the problems.
 */
export function readSourceFile(path: string): { catalogue: Catalogue; sha256: string } {
  const bytes = readFileSync(path);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new CatalogueError(
      'INVALID_CATALOGUE',
      `${path} is not valid JSON: ${(error as Error).message}`,
    );
  }
  const result = validateCatalogue(raw, loadTaxonomy());
  if (!result.ok) {
    const lines = result.problems.map(formatProblem);
    throw new CatalogueError(
      'INVALID_CATALOGUE',
      `${path} has ${lines.length} problem(s): ${lines.slice(0, 3).join('; ')}${lines.length > 3 ? '; …' : ''}`,
      result.problems,
    );
  }
  return { catalogue: result.catalogue, sha256: sha256(bytes) };
}

interface Bundle {
  sha256: string;
  /** A ready database file to copy, when it is up to date with the source. */
  database?: string;
  load(): Catalogue;
}

/** The catalogue this build of the app ships, or undefined if it ships none. */
function findBundle(location: BundleLocation): Bundle | undefined {
  const sourcePath = location.source ?? bundledSourcePath();
  const databasePath = location.database ?? bundledDatabasePath();
  const sourceSha = existsSync(sourcePath) ? sha256(readFileSync(sourcePath)) : undefined;
  if (existsSync(databasePath)) {
    const built = openDatabase(databasePath, { readonly: true });
    try {
      const meta = readMeta(built);
      // A database built from an older source is stale: the source (when shipped) wins.
      if (meta?.sha256 && (sourceSha === undefined || meta.sha256 === sourceSha)) {
        return {
          sha256: meta.sha256,
          database: databasePath,
          load: () => {
            const db = openDatabase(databasePath, { readonly: true });
            try {
              return readCatalogue(db);
            } finally {
              db.close();
            }
          },
        };
      }
    } finally {
      built.close();
    }
  }
  if (sourceSha === undefined) return undefined;
  return { sha256: sourceSha, load: () => readSourceFile(sourcePath).catalogue };
}

function installBundle(db: Db, bundle: Bundle): ChangeSummary {
  return replaceCatalogue(db, bundle.load(), {
    version: 0,
    source: 'bundled',
    sha256: bundle.sha256,
  });
}

export interface AppDatabaseAccess {
  /**
   * Open a database that cannot be written read-only instead of refusing it (READ_ONLY), for
   * commands that only read. It is then used as it is: no bundled catalogue is installed.
   */
  readOnlyIfUnwritable?: boolean;
}

/**
 * Opens the app database at `path` (where it lives is the app core's decision,
 * core/app-paths.ts), creating it from the bundled catalogue if it does not
 * exist, and bringing a still-bundled catalogue up to date with the one this app ships.
 * A database written by a newer app version is refused (DB_TOO_NEW) and left untouched.
 */
export function openAppDatabase(
  path: string,
  bundle: BundleLocation = {},
  access: AppDatabaseAccess = {},
): Db {
  if (existsSync(path) && !canWrite(path)) {
    if (access.readOnlyIfUnwritable !== true) throw cannotWrite(path);
    return openDatabase(path, { readonly: true });
  }
  if (!existsSync(path) && existsSync(dirname(path)) && !canWrite(path)) throw cannotCreate(path);
  try {
    return openWritable(path, bundle);
  } catch (error) {
    // Writing refused although the permissions allow it (an ACL, a lock on another system).
    const refused = error instanceof CatalogueError && error.code === 'READ_ONLY';
    if (refused && access.readOnlyIfUnwritable === true && existsSync(path)) {
      return openDatabase(path, { readonly: true });
    }
    throw error;
  }
}

function openWritable(path: string, bundle: BundleLocation): Db {
  mkdirSync(dirname(path), { recursive: true });
  const found = findBundle(bundle);
  let copied = false;
  if (!existsSync(path) && found?.database) {
    // Copy under a temporary name, then link into place: never a half-copied file at `path`,
    // and a concurrent first start that got there first is kept, not overwritten.
    const temp = `${path}.${process.pid}.tmp`;
    copyFileSync(found.database, temp);
    try {
      linkSync(temp, path);
      copied = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(temp, { force: true });
    }
  }
  const db = openDatabase(path);
  try {
    // The copy carries the build's timestamp; this database applied the catalogue now.
    if (copied) {
      db.prepare('UPDATE catalogue_meta SET applied_at = ? WHERE singleton = 1').run(
        new Date().toISOString(),
      );
    }
    const meta = readMeta(db);
    // No catalogue yet (new database, or an interrupted first start), or a bundled one that
    // this app version ships newer: install the bundled one. Feed and imported catalogues stay.
    if (
      found &&
      (meta === undefined || (meta.source === 'bundled' && meta.sha256 !== found.sha256))
    ) {
      installBundle(db, found);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Builds the database the app ships from a source JSON: validated first (throws
 * INVALID_CATALOGUE with every problem in `details`), written to a temporary file, compacted
 * and renamed into place, so `out` is either the old file or the complete new one.
 */
export function buildCatalogueDatabase(
  sourcePath: string,
  out: string,
): { organisations: number; events: number; sha256: string; bytes: number } {
  const { catalogue, sha256: sum } = readSourceFile(sourcePath);
  mkdirSync(dirname(out), { recursive: true });
  const temp = `${out}.${process.pid}.tmp`;
  for (const f of [temp, `${temp}-wal`, `${temp}-shm`]) rmSync(f, { force: true });
  const db = openDatabase(temp);
  try {
    replaceCatalogue(db, catalogue, { version: 0, source: 'bundled', sha256: sum });
    db.exec('VACUUM');
    // A single self-contained file to ship and copy: no -wal beside it.
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  renameOver(temp, out);
  return {
    organisations: catalogue.organisations.length,
    events: catalogue.events.length,
    sha256: sum,
    bytes: statSync(out).size,
  };
}

function renameOver(from: string, to: string): void {
  for (const f of [`${to}-wal`, `${to}-shm`]) rmSync(f, { force: true });
  // renameSync replaces `to` atomically on every OS Node supports.
  renameSync(from, to);
}
