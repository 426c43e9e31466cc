/**
 * The publisher's view of a feed folder: reading back its current index and snapshots (the
 * administrator's own files, so no trust decision is made here) and writing files so that a
 * web host serving the folder never serves a half-written one (temporary file, fsync, rename).
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Catalogue } from '../catalogue-format/schema';
import { envelopeSchema, FEED_INDEX, type FeedMetadata } from './format';
import { parseMetadata } from './sign';

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The SHA-256 (hex) of a file, read in chunks: a 100 MB snapshot is never held whole. */
export function sha256File(path: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(path, 'r');
  try {
    let read: number;
    while ((read = readSync(fd, chunk, 0, chunk.length, null)) > 0) {
      hash.update(chunk.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The metadata of DIR/feed.json, or undefined when DIR holds no feed yet. */
export function readPublishedIndex(dir: string): FeedMetadata | undefined {
  const path = join(dir, FEED_INDEX);
  if (!existsSync(path)) return undefined;
  const envelope = envelopeSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!envelope.success)
    throw new Error(`${path} is not a feed index; move it away or choose another folder.`);
  try {
    return parseMetadata(Buffer.from(envelope.data.signed, 'base64'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}

export function snapshotPath(version: number): string {
  return `snapshots/${version}.json`;
}

export function deltaPath(base: number, version: number): string {
  return `deltas/${base}-${version}.json`;
}

/** Versions whose snapshot is still in DIR, newest first. */
export function snapshotVersions(dir: string): number[] {
  const folder = join(dir, 'snapshots');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => /^(\d+)\.json$/.exec(name)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number)
    .sort((a, b) => b - a);
}

/** A published snapshot, checked against the hash its index gave when `sha` is known. */
export function readSnapshot(dir: string, version: number, sha?: string): Catalogue {
  const path = join(dir, ...snapshotPath(version).split('/'));
  const bytes = readFileSync(path);
  if (sha !== undefined && sha256(bytes) !== sha) {
    throw new Error(
      `${path} does not match the sha256 in feed.json; the folder was changed by hand.`,
    );
  }
  const raw = JSON.parse(bytes.toString('utf8')) as Partial<Catalogue>;
  return { organisations: raw.organisations ?? [], events: raw.events ?? [] };
}

/** Writes `bytes` to DIR/relative atomically: temp file, fsync, rename over. */
export function writeAtomically(dir: string, relative: string, bytes: Buffer): void {
  const path = join(dir, ...relative.split('/'));
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  const fd = openSync(temp, 'w', 0o644);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}
