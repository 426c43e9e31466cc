/**
 * Passing the catalogue on (#13): write the catalogue this app holds as a feed folder carrying
 * the network's own signature, so a colleague's app applies it with every check of a normal
 * sync (signature, channel, version, expiry, length, hash) and nobody can slip unsigned data in
 * that way. The folder holds the signed index of the version held, byte for byte as the network
 * published it (kept at apply, catalogue_meta.signed_index), and the snapshot it names: the
 * network's bytes kept beside the database (kept-snapshot.ts), or, when none are kept (after a
 * delta) or they no longer prove out, regenerated from the database in canonical form
 * (catalogue-format/canonical.ts). Either way the bytes are PROVED by the length and SHA-256
 * that index signs before the snapshot takes its name in the folder. Whatever does not prove
 * out is refused and nothing is written.
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
import { copyProved, keepSnapshot, keptSnapshot } from './kept-snapshot';
import { FEED_INDEX } from './format';
import { heldMetadata } from './sign';

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

/**
 * Writes the catalogue `db` holds into `out` as a feed folder (see the module comment): the
 * kept snapshot of its version when there is one and it proves out (kept-snapshot.ts), else
 * the snapshot regenerated from the database, which is then kept for the next time.
 */
export async function shareCatalogue(db: Db, out: string): Promise<ShareResult> {
  // One read transaction: the index and the records of the same version, even if a sync
  // commits on another connection meanwhile.
  const snapshot = openReadSnapshot(db);
  try {
    const held = readSignedIndex(snapshot.db);
    if (held === undefined) {
      throw new ShareError(
        'NOTHING_TO_SHARE',
        'This app holds no signed catalogue version to pass on (its catalogue came with the app or from a file); update it from the network first.',
      );
    }
    const index = held.bytes;
    const metadata = heldMetadata(index);
    if (metadata.version !== held.version) {
      throw new ShareError(
        'SHARE_MISMATCH',
        `The kept signed index names version ${metadata.version}, but the catalogue is version ${held.version}; nothing was written. Update from the network, then share again.`,
      );
    }
    const signed = metadata.snapshot;
    const present = folderVersion(out);
    if (present !== undefined && present.version > metadata.version) {
      throw new ShareError(
        'NEWER_IN_FOLDER',
        `${out} already holds version ${present.version}, newer than this app's ${metadata.version}; nothing was written. Update this app from that folder instead, or choose another folder.`,
      );
    }
    // The snapshot first, the index last: a reader of the folder never finds an index whose
    // snapshot is missing (the same order as `catalogue publish`).
    const kept = keptSnapshot(db.name, metadata.version, signed.sha256);
    if (kept === undefined || !(await copyProved(kept, out, signed))) {
      const regenerated = canonicalSnapshot(readCatalogue(snapshot.db));
      if (regenerated.length !== signed.length || sha256(regenerated) !== signed.sha256) {
        throw new ShareError(
          'SHARE_MISMATCH',
          `The catalogue this app holds does not reproduce the signed snapshot of version ${metadata.version} byte for byte (it may have been published before snapshots were canonical), so nothing was written; share again after the next update from the network.`,
        );
      }
      writeAtomically(out, signed.path, regenerated);
      keepSnapshot(db.name, metadata.version, signed.sha256, regenerated);
    }
    writeAtomically(out, FEED_INDEX, index);
    return {
      out,
      version: metadata.version,
      channel: metadata.channel,
      expires: metadata.expires,
      files: [signed.path, FEED_INDEX],
      bytes: signed.length + index.length,
    };
  } finally {
    snapshot.close();
  }
}
