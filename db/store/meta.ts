/**
 * `catalogue_meta`: which catalogue version the database holds. Always written inside the
 * transaction that changes the data it describes, so the two never disagree.
 */
import type { Db } from '../sqlite';
import { nullWhereAbsent } from '../optional-fields';

type CatalogueSource = 'bundled' | 'import' | 'feed';

export interface CatalogueMetaInput {
  /** Feed version; 0 for a catalogue that did not come from a feed (bundled or imported). */
  version: number;
  source: CatalogueSource;
  channel?: string;
  issued?: string;
  expires?: string;
  /**
   * sha256 (hex) naming the catalogue: for a feed version the signed snapshot's (the same
   * whether a delta or the snapshot brought it), else the source file's.
   */
  sha256?: string;
  /**
   * A feed version's signed index (feed.json), byte for byte: what sharing the catalogue hands
   * on. Not part of readMeta(); see readSignedIndex().
   */
  signedIndex?: Uint8Array;
}

export interface CatalogueMeta extends Omit<CatalogueMetaInput, 'signedIndex'> {
  /** When this database applied the catalogue (ISO 8601, UTC). */
  appliedAt: string;
}

interface MetaRow {
  version: number;
  source: CatalogueSource;
  channel: string | null;
  issued: string | null;
  expires: string | null;
  sha256: string | null;
  applied_at: string;
}

export function readMeta(db: Db): CatalogueMeta | undefined {
  const row = db
    .prepare(
      'SELECT version, source, channel, issued, expires, sha256, applied_at FROM catalogue_meta WHERE singleton = 1',
    )
    .get() as MetaRow | undefined;
  if (!row) return undefined;
  const meta: CatalogueMeta = {
    version: row.version,
    source: row.source,
    appliedAt: row.applied_at,
  };
  if (row.channel !== null) meta.channel = row.channel;
  if (row.issued !== null) meta.issued = row.issued;
  if (row.expires !== null) meta.expires = row.expires;
  if (row.sha256 !== null) meta.sha256 = row.sha256;
  return meta;
}

/**
 * Which write of the catalogue the database holds: changes with every catalogue write (0 when
 * there was none), so derived data can tell whether it describes the current catalogue.
 */
export function catalogueGeneration(db: Db): number {
  return (
    (db.prepare('SELECT generation FROM catalogue_meta WHERE singleton = 1').pluck().get() as
      number | undefined) ?? 0
  );
}

/** Call only inside the transaction that applies the catalogue the meta describes. */
export function writeMeta(db: Db, meta: CatalogueMetaInput): void {
  if (!Number.isInteger(meta.version) || meta.version < 0) {
    throw new Error(`Catalogue version must be a non-negative integer, got ${meta.version}.`);
  }
  db.prepare(
    `INSERT INTO catalogue_meta (singleton, version, source, channel, issued, expires, sha256, applied_at, generation, signed_index)
     VALUES (1, @version, @source, @channel, @issued, @expires, @sha256, @appliedAt, 1, @signedIndex)
     ON CONFLICT (singleton) DO UPDATE SET
       version = excluded.version, source = excluded.source, channel = excluded.channel,
       issued = excluded.issued, expires = excluded.expires, sha256 = excluded.sha256,
       applied_at = excluded.applied_at, generation = catalogue_meta.generation + 1,
       signed_index = excluded.signed_index`,
  ).run({
    version: meta.version,
    source: meta.source,
    ...nullWhereAbsent(meta, ['channel', 'issued', 'expires', 'sha256']),
    appliedAt: new Date().toISOString(),
    // A worker receives the bytes as a plain Uint8Array, which SQLite binds only as a Buffer.
    signedIndex:
      meta.signedIndex === undefined
        ? null
        : Buffer.from(
            meta.signedIndex.buffer,
            meta.signedIndex.byteOffset,
            meta.signedIndex.byteLength,
          ),
  });
}

/**
 * The signed index of the feed version the database holds, with that version; undefined for a
 * catalogue that did not come from a feed, or was applied before the app kept the index.
 */
export function readSignedIndex(db: Db): { version: number; bytes: Buffer } | undefined {
  const row = db
    .prepare(
      "SELECT version, signed_index AS bytes FROM catalogue_meta WHERE singleton = 1 AND source = 'feed'",
    )
    .get() as { version: number; bytes: Buffer | null } | undefined;
  return row?.bytes ? { version: row.version, bytes: row.bytes } : undefined;
}

/**
 * Stores the signed index of the version the database already holds, when it has none (a
 * version applied before the app kept them). Returns whether it did.
 */
export function keepSignedIndex(db: Db, version: number, bytes: Uint8Array): boolean {
  return (
    db
      .prepare(
        "UPDATE catalogue_meta SET signed_index = ? WHERE singleton = 1 AND source = 'feed' AND version = ? AND signed_index IS NULL",
      )
      .run(Buffer.from(bytes), version).changes === 1
  );
}
