/**
 * `catalogue_meta`: which catalogue version the database holds. Always written inside the
 * transaction that changes the data it describes, so the two never disagree.
 */
import type { Db } from '../sqlite';

type CatalogueSource = 'bundled' | 'import' | 'feed';

export interface CatalogueMetaInput {
  /** Feed version; 0 for a catalogue that did not come from a feed (bundled or imported). */
  version: number;
  source: CatalogueSource;
  channel?: string;
  issued?: string;
  expires?: string;
  /** sha256 (hex) of the applied payload: the feed snapshot/delta or the source file. */
  sha256?: string;
}

export interface CatalogueMeta extends CatalogueMetaInput {
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
    `INSERT INTO catalogue_meta (singleton, version, source, channel, issued, expires, sha256, applied_at, generation)
     VALUES (1, @version, @source, @channel, @issued, @expires, @sha256, @appliedAt, 1)
     ON CONFLICT (singleton) DO UPDATE SET
       version = excluded.version, source = excluded.source, channel = excluded.channel,
       issued = excluded.issued, expires = excluded.expires, sha256 = excluded.sha256,
       applied_at = excluded.applied_at, generation = catalogue_meta.generation + 1`,
  ).run({
    version: meta.version,
    source: meta.source,
    channel: meta.channel ?? null,
    issued: meta.issued ?? null,
    expires: meta.expires ?? null,
    sha256: meta.sha256 ?? null,
    appliedAt: new Date().toISOString(),
  });
}
