/**
 * The network's signed snapshot of the version a database holds, kept as bytes beside the
 * database, so that sharing the catalogue (share.ts) copies a file instead of regenerating
 * every record. A snapshot sync keeps the bytes it verified; after a delta the first share
 * regenerates the canonical bytes, proves them and keeps them. The file is named by the
 * version and the SHA-256 its signed index names (`<db>.snapshots/<version>-<sha256>.json`),
 * written atomically, and older ones are removed when a newer one is kept. A kept file is a
 * cache, never trusted: every share proves the bytes it writes by the signed length and hash.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { sha256File, writeAtomically } from './feed-files';
import type { FileRef } from './format';

/** The folder of a database's kept snapshot (undefined for an in-memory database). */
function keptFolder(dbPath: string): string | undefined {
  return dbPath === '' || dbPath === ':memory:' ? undefined : `${dbPath}.snapshots`;
}

const keptName = (version: number, sha256: string) => `${version}-${sha256}.json`;

/** The kept snapshot of `version` (with the signed `sha256`), if there is one. */
export function keptSnapshot(dbPath: string, version: number, sha256: string): string | undefined {
  const folder = keptFolder(dbPath);
  const path = folder === undefined ? undefined : join(folder, keptName(version, sha256));
  return path !== undefined && existsSync(path) ? path : undefined;
}

/**
 * Keeps `bytes` as the snapshot of `version` and removes every other kept file. Best effort:
 * a folder that cannot be written (a write-protected stick) only means sharing regenerates.
 */
export function keepSnapshot(
  dbPath: string,
  version: number,
  sha256: string,
  bytes: Uint8Array,
): void {
  const folder = keptFolder(dbPath);
  if (folder === undefined) return;
  const name = keptName(version, sha256);
  try {
    writeAtomically(folder, name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    removeKeptSnapshots(dbPath, name);
  } catch {
    // See above: the kept file is a cache.
  }
}

/** Removes the kept files other than `except` (all of them without it). Best effort. */
export function removeKeptSnapshots(dbPath: string, except?: string): void {
  const folder = keptFolder(dbPath);
  if (folder === undefined || !existsSync(folder)) return;
  try {
    for (const name of readdirSync(folder)) {
      if (name !== except) rmSync(join(folder, name), { force: true });
    }
  } catch {
    // A file left behind is removed the next time a snapshot is kept.
  }
}

/**
 * Copies the kept file `from` to DIR/`ref.path` and proves the copy by the signed length and
 * SHA-256 before it takes its name (temporary file, fsync, rename). The bytes proved are the
 * bytes written: the copy is hashed, not its source, while the disk flushes it. Returns
 * whether it proved; when it did not, nothing was written.
 */
export async function copyProved(from: string, dir: string, ref: FileRef): Promise<boolean> {
  if (statSync(from).size !== ref.length) return false;
  const path = join(dir, ...ref.path.split('/'));
  const temp = `${path}.tmp-${process.pid}`;
  // Folders made here go again if the copy does not prove out: nothing is left behind.
  const made = mkdirSync(dirname(path), { recursive: true });
  let proved = false;
  try {
    copyFileSync(from, temp);
    const file = await open(temp, 'r+');
    try {
      // The flush runs on libuv's thread pool while this thread hashes the copy.
      const flushed = file.sync();
      proved = sha256File(temp) === ref.sha256;
      await flushed;
    } finally {
      await file.close();
    }
    if (proved) renameSync(temp, path);
    return proved;
  } finally {
    if (!proved) rmSync(made ?? temp, { recursive: true, force: true });
  }
}
