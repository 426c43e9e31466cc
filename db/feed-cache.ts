/**
 * The last index received from each feed address and its HTTP validators (table feed_cache,
 * migration 003). Only an index that passed every check and led to "updated" or "up to date"
 * is remembered, and a 304 answer re-runs every check on it, so the cache can save a download
 * but never skip a check.
 */
import type { Db } from './sqlite';

export interface CachedIndex {
  etag?: string;
  lastModified?: string;
  bytes: Buffer;
}

interface Row {
  etag: string | null;
  last_modified: string | null;
  index_bytes: Buffer;
}

export function readCachedIndex(db: Db, feed: string): CachedIndex | undefined {
  const row = db
    .prepare('SELECT etag, last_modified, index_bytes FROM feed_cache WHERE feed = ?')
    .get(feed) as Row | undefined;
  if (!row) return undefined;
  return {
    bytes: row.index_bytes,
    ...(row.etag === null ? {} : { etag: row.etag }),
    ...(row.last_modified === null ? {} : { lastModified: row.last_modified }),
  };
}

export function writeCachedIndex(db: Db, feed: string, entry: CachedIndex): void {
  db.prepare(
    `INSERT INTO feed_cache (feed, etag, last_modified, index_bytes, fetched_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (feed) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       index_bytes = excluded.index_bytes, fetched_at = excluded.fetched_at`,
  ).run(
    feed,
    entry.etag ?? null,
    entry.lastModified ?? null,
    entry.bytes,
    new Date().toISOString(),
  );
}
