/**
 * What people see about updates: which catalogue version they have, when it was issued and
 * expires, when the app last checked and last succeeded, and the last error with its code.
 */
import { readMeta } from '../db/catalogue-store';
import type { Db } from '../db/sqlite';
import { lastSuccessfulSync, lastSync, syncLog } from '../db/user-data/sync-log';

export interface SyncStatusReport {
  /** Feed version of the installed catalogue (0: bundled with the app or imported). */
  version: number;
  source: 'bundled' | 'import' | 'feed' | null;
  channel: string | null;
  issued: string | null;
  expires: string | null;
  appliedAt: string | null;
  /** When the last sync attempt ran, whatever its outcome. */
  lastCheck: string | null;
  /** When a sync last reached a valid feed (updated or up to date). */
  lastSuccess: string | null;
  /** The latest failed or refused attempt, if any; `current` when it is also the latest attempt. */
  lastError?: { code: string; message: string; at: string; current: boolean };
}

export function syncStatus(db: Db): SyncStatusReport {
  const meta = readMeta(db);
  const last = lastSync(db);
  const failure = syncLog(db, 500).find((e) => e.errorCode !== null);
  const report: SyncStatusReport = {
    version: meta?.source === 'feed' ? meta.version : 0,
    source: meta?.source ?? null,
    channel: meta?.channel ?? null,
    issued: meta?.issued ?? null,
    expires: meta?.expires ?? null,
    appliedAt: meta?.appliedAt ?? null,
    lastCheck: last?.at ?? null,
    lastSuccess: lastSuccessfulSync(db)?.at ?? null,
  };
  if (failure?.errorCode) {
    report.lastError = {
      code: failure.errorCode,
      message: failure.errorMessage ?? '',
      at: failure.at,
      current: last?.at === failure.at && last.status === failure.status,
    };
  }
  return report;
}

/** The status as lines for `catalogue info` and `catalogue sync`. */
export function formatSyncStatus(s: SyncStatusReport): string[] {
  const lines = [
    `Catalogue version: ${s.version === 0 ? `0 (${s.source ?? 'empty'})` : s.version}${s.channel ? `, channel ${s.channel}` : ''}`,
  ];
  if (s.issued) lines.push(`Issued: ${s.issued}${s.expires ? `, feed expires ${s.expires}` : ''}`);
  lines.push(`Last check: ${s.lastCheck ?? 'never'}`);
  lines.push(`Last successful check: ${s.lastSuccess ?? 'never'}`);
  if (s.lastError) {
    lines.push(
      `Last error${s.lastError.current ? '' : ' (since resolved)'}: ${s.lastError.code} at ${s.lastError.at}: ${s.lastError.message}`,
    );
  }
  return lines;
}
