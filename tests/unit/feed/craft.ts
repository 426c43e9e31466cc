/**
 * Hand-made feeds for the checks tests: any metadata, any payload bytes, signed by any key,
 * so every way a feed can be wrong is one call away.
 */
import { createHash, type KeyObject } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceCatalogue } from '../../../db/catalogue-store';
import { openDatabase } from '../../../db/connection';
import type { Db } from '../../../db/sqlite';
import { CATALOGUE_SCHEMA, type Catalogue } from '../../../catalogue-format/schema';
import { FEED_SCHEMA } from '../../../feed/format';
import { signIndex } from '../../../feed/sign';
import { devKey } from './helpers';
import { syntheticCatalogue } from './synthetic';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export interface CraftOptions {
  version?: number;
  catalogue?: Catalogue;
  /** Raw snapshot bytes (default: the catalogue as JSON). */
  snapshot?: Buffer;
  /** Fields merged over the metadata (after the snapshot ref is computed). */
  meta?: Record<string, unknown>;
  /** Raw metadata bytes to sign instead. */
  metadataBytes?: Buffer;
  keys?: KeyObject[];
}

export function craftFeed(dir: string, options: CraftOptions = {}): Record<string, unknown> {
  const version = options.version ?? 1;
  const snapshot =
    options.snapshot ??
    Buffer.from(
      JSON.stringify({
        schema: CATALOGUE_SCHEMA,
        ...(options.catalogue ?? syntheticCatalogue(12)),
      }),
    );
  mkdirSync(join(dir, 'snapshots'), { recursive: true });
  writeFileSync(join(dir, 'snapshots', `${version}.json`), snapshot);
  const issued = new Date(Date.now() - 60_000);
  const metadata = {
    schema: FEED_SCHEMA,
    channel: 'stable',
    version,
    issued: issued.toISOString(),
    expires: new Date(issued.getTime() + 86_400_000).toISOString(),
    snapshot: { path: `snapshots/${version}.json`, length: snapshot.length, sha256: sha(snapshot) },
    deltas: [],
    ...options.meta,
  };
  const bytes = options.metadataBytes ?? Buffer.from(JSON.stringify(metadata));
  writeFileSync(join(dir, 'feed.json'), signIndex(bytes, options.keys ?? [devKey()]));
  return metadata;
}

/** A database already at feed `version` of channel stable (written directly, no sync). */
export function feedDb(path: string, version: number, catalogue = syntheticCatalogue(30)): Db {
  const db = openDatabase(path);
  replaceCatalogue(db, catalogue, { version, source: 'feed', channel: 'stable' });
  return db;
}
