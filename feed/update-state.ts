/**
 * The one word the app, web mode and `catalogue info` say about updates (#13), decided once:
 *
 * - `refused`: the last attempt reached the feed (or folder) and it must not be trusted or could
 *   not be applied: a code and what to do (docs/feed.md). A 404 is refused too: the host
 *   answered, the address or the feed is wrong.
 * - `out-of-date`: the signed `expires` of the version held has passed and no newer version
 *   reached the app (a host stuck on that version is refused with EXPIRED, which says the same
 *   thing). The catalogue stays fully usable; it "may be out of date since" that date.
 * - `offline`: the last attempt could not reach the feed at all (no network, host unreachable,
 *   no answer in time).
 * - `up-to-date`: the last attempt reached a valid feed.
 * - `never-checked`: no attempt yet (a bundled catalogue on first start).
 *
 * Refused goes first (it needs someone to act), then out of date (true whatever the network),
 * then offline.
 */
import type { UpdateState } from '../contract/lists';
import { readMeta } from '../db/catalogue-store';
import type { Db } from '../db/sqlite';
import { lastSuccessfulSync, lastSync } from '../db/user-data/sync-log';

export interface UpdateStatus {
  state: UpdateState;
  /** The feed version held (0: bundled with the app or imported). */
  version: number;
  /** When the version held was issued, and until when its signature vouches for it. */
  issued: string | null;
  expires: string | null;
  /** out-of-date: since when (the held version's `expires`); else null. */
  outOfDateSince: string | null;
  /** When the last attempt ran, and the last one that reached a valid feed. */
  lastCheck: string | null;
  lastSuccess: string | null;
  /** When the next automatic check is due; null when none is (switched off, or the CLI). */
  nextCheck: string | null;
  /** refused and offline: the last attempt's error. */
  error: { code: string; message: string } | null;
}

export function updateStatus(
  db: Db,
  options: { now?: Date; nextCheckAt?: number | null } = {},
): UpdateStatus {
  const now = (options.now ?? new Date()).getTime();
  const meta = readMeta(db);
  const last = lastSync(db);
  const fromFeed = meta?.source === 'feed';
  const expires = fromFeed ? (meta.expires ?? null) : null;
  const expired = expires !== null && Date.parse(expires) <= now;
  const failed = last !== undefined && last.status !== 'updated' && last.status !== 'up-to-date';
  const error = failed
    ? { code: last.errorCode ?? 'NETWORK', message: last.errorMessage ?? '' }
    : null;
  let state: UpdateState;
  if (failed && !last.unreachable && !(expired && error?.code === 'EXPIRED')) state = 'refused';
  else if (expired) state = 'out-of-date';
  else if (failed) state = 'offline';
  else state = last === undefined ? 'never-checked' : 'up-to-date';
  return {
    state,
    version: fromFeed ? meta.version : 0,
    issued: fromFeed ? (meta.issued ?? null) : null,
    expires,
    outOfDateSince: state === 'out-of-date' ? expires : null,
    lastCheck: last?.at ?? null,
    lastSuccess: lastSuccessfulSync(db)?.at ?? null,
    nextCheck:
      options.nextCheckAt === undefined || options.nextCheckAt === null
        ? null
        : new Date(options.nextCheckAt).toISOString(),
    error: state === 'refused' || state === 'offline' ? error : null,
  };
}
