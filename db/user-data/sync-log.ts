/**
 * The log of sync attempts, whatever their outcome (user data: a sync appends to it but never
 * changes what is there), kept to its last entries.
 */
import type { Db } from '../sqlite';
import { nullWhereAbsent } from '../optional-fields';

type SyncStatus = 'updated' | 'up-to-date' | 'rejected' | 'failed';

export interface SyncLogEntry {
  at: string;
  feed: string;
  status: SyncStatus;
  fromVersion: number | null;
  version: number | null;
  errorCode: string | null;
  errorMessage: string | null;
  /** A failure because the feed could not be reached at all ("offline"). */
  unreachable: boolean;
}

export type SyncLogInput = Omit<
  SyncLogEntry,
  'at' | 'fromVersion' | 'version' | 'errorCode' | 'errorMessage' | 'unreachable'
> &
  Partial<Omit<SyncLogEntry, 'feed' | 'status'>>;

/** The sync log keeps this many entries; older ones are dropped as new ones arrive. */
const SYNC_LOG_KEEP = 500;

const now = () => new Date().toISOString();

export function logSync(db: Db, entry: SyncLogInput): SyncLogEntry {
  const full: SyncLogEntry = {
    at: entry.at ?? now(),
    feed: entry.feed,
    status: entry.status,
    ...nullWhereAbsent(entry, ['fromVersion', 'version', 'errorCode', 'errorMessage']),
    unreachable: entry.unreachable ?? false,
  };
  db.transaction(() => {
    db.prepare(
      `INSERT INTO sync_log (at, feed, status, from_version, version, error_code, error_message, unreachable)
       VALUES (@at, @feed, @status, @fromVersion, @version, @errorCode, @errorMessage, @unreachable)`,
    ).run({ ...full, unreachable: full.unreachable ? 1 : 0 });
    db.prepare('DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - ?').run(
      SYNC_LOG_KEEP,
    );
  })();
  return full;
}

const SYNC_SELECT = `SELECT at, feed, status, from_version AS fromVersion, version,
  error_code AS errorCode, error_message AS errorMessage, unreachable FROM sync_log`;

type Row = Omit<SyncLogEntry, 'unreachable'> & { unreachable: 0 | 1 };

const toEntry = (row: Row): SyncLogEntry => ({ ...row, unreachable: row.unreachable === 1 });

/** The most recent sync attempt, whatever its outcome. */
export function lastSync(db: Db): SyncLogEntry | undefined {
  const row = db.prepare(`${SYNC_SELECT} ORDER BY id DESC LIMIT 1`).get() as Row | undefined;
  return row && toEntry(row);
}

/** The most recent sync that reached the feed and found it valid (updated or up to date). */
export function lastSuccessfulSync(db: Db): SyncLogEntry | undefined {
  const row = db
    .prepare(`${SYNC_SELECT} WHERE status IN ('updated', 'up-to-date') ORDER BY id DESC LIMIT 1`)
    .get() as Row | undefined;
  return row && toEntry(row);
}
