/**
 * What people see about updates, built once for the app, web mode and `catalogue sync`/`info`:
 * which catalogue version the database holds, when it was issued and expires, when a sync last
 * ran and last succeeded, and the last attempt's error while it is the last attempt.
 */
import { readMeta, type CatalogueMeta } from '../db/catalogue-store';
import type { Db } from '../db/sqlite';
import { lastSuccessfulSync, lastSync } from '../db/user-data/sync-log';

export interface SyncStatusReport {
  /** Feed version of the installed catalogue (0: bundled with the app or imported). */
  version: number;
  source: CatalogueMeta['source'] | null;
  channel: string | null;
  issued: string | null;
  expires: string | null;
  appliedAt: string | null;
  /** When the last sync attempt ran, whatever its outcome. */
  lastCheck: string | null;
  /** When a sync last reached a valid feed (updated or up to date). */
  lastSuccess: string | null;
  /**
   * The last attempt's error when that attempt failed or was refused; null when it succeeded
   * (or there was none). A status says how things are now: an error a later sync got past is
   * history, which the sync log (`catalogue info`, "Last sync") keeps.
   */
  lastError: {
    code: string;
    message: string;
    at: string;
    /** Where that attempt went (an address or a folder), and whether it got no answer at all. */
    feed: string;
    unreachable: boolean;
  } | null;
}

/**
 * "The feed version of this database": what a feed's deltas are based on, and what the app
 * shows as its catalogue version. A catalogue that did not come from a feed (bundled with the
 * app, or imported) is version 0, whatever its metadata says, so any feed version replaces it.
 */
export function feedVersion(meta: CatalogueMeta | undefined): number {
  return meta?.source === 'feed' ? meta.version : 0;
}

export function localFeedVersion(db: Db): number {
  return feedVersion(readMeta(db));
}

export function syncStatus(db: Db): SyncStatusReport {
  const meta = readMeta(db);
  const last = lastSync(db);
  const failed = last !== undefined && last.status !== 'updated' && last.status !== 'up-to-date';
  return {
    version: feedVersion(meta),
    source: meta?.source ?? null,
    channel: meta?.channel ?? null,
    issued: meta?.issued ?? null,
    expires: meta?.expires ?? null,
    appliedAt: meta?.appliedAt ?? null,
    lastCheck: last?.at ?? null,
    lastSuccess: lastSuccessfulSync(db)?.at ?? null,
    lastError: failed
      ? {
          code: last.errorCode ?? 'NETWORK',
          message: last.errorMessage ?? '',
          at: last.at,
          feed: last.feed,
          unreachable: last.unreachable,
        }
      : null,
  };
}
