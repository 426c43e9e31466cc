/**
 * Databases that cannot be written: a file or folder without write permission, a read-only
 * disk or mount. Reading must still work there (a catalogue on a write-protected USB stick, a
 * shared read-only folder); whatever would write is refused with READ_ONLY, naming the path.
 */
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { CatalogueError } from './errors';

/**
 * Whether the database at `path` (or, if it does not exist, a new one there) could be written:
 * SQLite writes the file and creates its journal files (-wal, -shm) in the same folder.
 */
export function canWrite(path: string): boolean {
  return (!existsSync(path) || writable(path)) && writable(dirname(path));
}

function writable(target: string): boolean {
  try {
    // Refused for a missing permission and, even for root, on a read-only file system.
    accessSync(target, constants.W_OK);
  } catch {
    return false;
  }
  // Root may write anything, but a file or folder that nobody has permission to write was made
  // read-only on purpose (chmod a-w): it is treated as such, for root too.
  return (statSync(target).mode & 0o222) !== 0;
}

const ADVICE =
  'make the file and its folder writable, or copy the database to a writable folder and use the copy';

/** A database that would have to be written, but cannot be. */
export function cannotWrite(path: string): CatalogueError {
  return new CatalogueError(
    'READ_ONLY',
    `The database at ${path} cannot be written (its file, its folder or the disk is read-only), so nothing was changed: ${ADVICE}.`,
  );
}

/** There is no database at `path`, and its folder cannot hold a new one. */
export function cannotCreate(path: string): CatalogueError {
  return new CatalogueError(
    'READ_ONLY',
    `There is no database at ${path}, and its folder is read-only, so none can be created there: choose a writable location, or make the folder writable.`,
  );
}

/** A database of an older schema that would have to be upgraded (written) before it can be read. */
export function cannotUpgrade(path: string, version: number, latest: number): CatalogueError {
  return new CatalogueError(
    'READ_ONLY',
    `The database at ${path} has schema ${version} and must be upgraded to schema ${latest} before this version of the app can read it, which means writing to it, but it is read-only: ${ADVICE}.`,
  );
}

/** SQLite refusing to write (SQLITE_READONLY, SQLITE_READONLY_DIRECTORY, …). */
export function isReadOnlyFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}

/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Opens the database at `path` for reading only. A database in WAL mode needs its -shm index
 * file even to be read; where that file does not exist and cannot be created (a read-only
 * folder), SQLite refuses every read with "attempt to write a readonly database". Without a
 * -wal file everything committed is in the main file, so the database is then read from a copy
 * of that file in memory, marked in its header (bytes 18–19) as using the rollback journal,
 * which needs no -shm. Nothing can change the file meanwhile: no writer can create the journal
 * files it needs in that folder either.
 */
export function openReadOnlyConnection(path: string): Database.Database {
  // Where SQLite would have to create the -shm file in a folder that must not be written (root
  // could), the copy is read straight away: nothing is left behind in that folder.
  if (inWalMode(path) && !existsSync(`${path}-shm`) && !writable(dirname(path))) {
    return inMemoryCopy(path);
  }
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    // The first read, where WAL mode needs its -shm file.
    db.pragma('user_version', { simple: true });
    return db;
  } catch (error) {
    db.close();
    if (!isReadOnlyFailure(error) && (error as { code?: unknown }).code !== 'SQLITE_CANTOPEN') {
      throw error;
    }
  }
  return inMemoryCopy(path);
}

/** Whether the file is an SQLite database in WAL mode (bytes 18–19 of its header are 2). */
function inWalMode(path: string): boolean {
  const header = Buffer.alloc(20);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    readSync(fd, header, 0, header.length, 0);
  } catch {
    return false; // not readable: the ordinary opening reports why
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return header.subarray(0, 16).equals(SQLITE_HEADER) && header[18] === 2 && header[19] === 2;
}

function inMemoryCopy(path: string): Database.Database {
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new CatalogueError(
      'READ_ONLY',
      `The database at ${path} has changes in ${wal} that were never merged into it, and its folder is read-only, so it cannot be read: open it once where it can be written.`,
    );
  }
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 16).equals(SQLITE_HEADER) && bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  return new Database(bytes, { readonly: true });
}
