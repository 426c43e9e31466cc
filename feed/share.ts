/**
 * Passing the catalogue on (#13): write the catalogue this app holds as a feed folder carrying
 * the network's own signature, so a colleague's app applies it with every check of a normal
 * sync (signature, channel, version, expiry, length, hash) and nobody can slip unsigned data in
 * that way. The folder holds the signed index of the version held, byte for byte as the network
 * published it (kept at apply, catalogue_meta.signed_index), and the snapshot it names,
 * regenerated from the database in its canonical form (catalogue-format/canonical.ts) and
 * PROVED by the length and SHA-256 that index signs before anything is written. Whatever does
 * not prove out is refused and nothing is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalSnapshot } from '../catalogue-format/canonical';
import type { ShareErrorCode } from '../contract/errors';
import { readCatalogue } from '../db/catalogue-store';
import { openReadSnapshot } from '../db/read-snapshot';
import type { Db } from '../db/sqlite';
import { readSignedIndex } from '../db/store/meta';
import { sha256, writeAtomically } from './feed-files';
import { envelopeSchema, FEED_INDEX, type FeedMetadata } from './format';
import { parseMetadata } from './sign';

export class ShareError extends Error {
  constructor(
    readonly code: ShareErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ShareError';
  }
}

export interface ShareResult {
  /** The folder written. */
  out: string;
  version: number;
  channel: string;
  /** When the version's signature stops vouching for it: apps refuse it after (EXPIRED). */
  expires: string;
  /** Files written, relative to `out`, feed.json last. */
  files: string[];
  /** Bytes written in all. */
  bytes: number;
}

/** The metadata of index bytes this app verified when it applied them (no trust decision here). */
function heldMetadata(bytes: Buffer): FeedMetadata {
  const envelope = envelopeSchema.parse(JSON.parse(bytes.toString('utf8')));
  return parseMetadata(Buffer.from(envelope.signed, 'base64'));
}

/** The version a folder's feed.json names, if it holds a readable one. */
function folderVersion(out: string): { version: number; channel: string } | undefined {
  const path = join(out, FEED_INDEX);
  if (!existsSync(path)) return undefined;
  try {
    return heldMetadata(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** Writes the catalogue `db` holds into `out` as a feed folder (see the module comment). */
export function shareCatalogue(db: Db, out: string): ShareResult {
  // One read transaction: the index and the records of the same version, even if a sync
  // commits on another connection meanwhile.
  const snapshot = openReadSnapshot(db);
  let index: Buffer;
  let metadata: FeedMetadata;
  let snapshotBytes: Buffer;
  try {
    const held = readSignedIndex(snapshot.db);
    if (held === undefined) {
      throw new ShareError(
        'NOTHING_TO_SHARE',
        'This app holds no signed catalogue version to pass on (its catalogue came with the app or from a file); update it from the network first.',
      );
    }
    index = held.bytes;
    metadata = heldMetadata(index);
    if (metadata.version !== held.version) {
      throw new ShareError(
        'SHARE_MISMATCH',
        `The kept signed index names version ${metadata.version}, but the catalogue is version ${held.version}; nothing was written. Update from the network, then share again.`,
      );
    }
    snapshotBytes = canonicalSnapshot(readCatalogue(snapshot.db));
  } finally {
    snapshot.close();
  }
  const signed = metadata.snapshot;
  if (snapshotBytes.length !== signed.length || sha256(snapshotBytes) !== signed.sha256) {
    throw new ShareError(
      'SHARE_MISMATCH',
      `The catalogue this app holds does not reproduce the signed snapshot of version ${metadata.version} byte for byte (it may have been published before snapshots were canonical), so nothing was written; share again after the next update from the network.`,
    );
  }
  const present = folderVersion(out);
  if (present !== undefined && present.version > metadata.version) {
    throw new ShareError(
      'NEWER_IN_FOLDER',
      `${out} already holds version ${present.version}, newer than this app's ${metadata.version}; nothing was written. Update this app from that folder instead, or choose another folder.`,
    );
  }
  // The snapshot first, the index last: a reader of the folder never finds an index whose
  // snapshot is missing (the same order as `catalogue publish`).
  writeAtomically(out, signed.path, snapshotBytes);
  writeAtomically(out, FEED_INDEX, index);
  return {
    out,
    version: metadata.version,
    channel: metadata.channel,
    expires: metadata.expires,
    files: [signed.path, FEED_INDEX],
    bytes: snapshotBytes.length + index.length,
  };
}
