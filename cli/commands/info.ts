/**
 * `catalogue info`: which catalogue the database holds (version, where it came from, when it
 * was issued, expires and was applied), how much is in it, where the database is, and the
 * last sync.
 */
import type { Command } from 'commander';
import { readMeta, type CatalogueMeta } from '../../db/catalogue-store';
import type { Db } from '../../db/sqlite';
import { databaseCounts, type DatabaseCounts } from '../../db/counts';
import { lastSuccessfulSync, lastSync, type SyncLogEntry } from '../../db/user-data/sync-log';
import { printJson } from '../output';
import {
  databasePath,
  printLines,
  readingDatabase,
  styling,
  withDbOptions,
  type DbOptions,
} from '../options';
import { SUMMARIES } from '../summaries';

export interface DatabaseInfo {
  database: string;
  /** The database cannot be written (read-only file, folder or disk): it was only read. */
  readOnly: boolean;
  schemaVersion: number;
  catalogue: CatalogueMeta | null;
  counts: DatabaseCounts;
  lastSync: SyncLogEntry | null;
  lastSuccessfulSync: SyncLogEntry | null;
}

export function databaseInfo(db: Db, path: string): DatabaseInfo {
  return {
    database: path,
    readOnly: db.readonly,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    catalogue: readMeta(db) ?? null,
    counts: databaseCounts(db),
    lastSync: lastSync(db) ?? null,
    lastSuccessfulSync: lastSuccessfulSync(db) ?? null,
  };
}

export function register(program: Command): void {
  withDbOptions(program.command('info').description(SUMMARIES.info)).action(
    async (options: DbOptions) => {
      const path = databasePath(options);
      const info = await readingDatabase(options, (db) => databaseInfo(db, path));
      if (options.json === true) printJson(info);
      else printLines(describe(info));
    },
  );
}

const SOURCES = {
  bundled: 'bundled with the app',
  import: 'imported from a file',
  feed: 'synced from the feed',
} as const;

function describe(info: DatabaseInfo): string[] {
  const { bold } = styling();
  const meta = info.catalogue;
  const row = (label: string, value: string | number | undefined | null) =>
    value === undefined || value === null ? [] : [`${label.padEnd(15)}${value}`];
  const c = info.counts;
  const sync = info.lastSync;
  return [
    bold('Catalogue'),
    ...(meta
      ? [
          ...row('Version', meta.version === 0 ? '0 (not from a feed)' : meta.version),
          ...row('Source', SOURCES[meta.source]),
          ...row('Channel', meta.channel),
          ...row('Issued', meta.issued),
          ...row('Expires', meta.expires),
          ...row('Applied', meta.appliedAt),
          ...row('sha256', meta.sha256),
        ]
      : ['(no catalogue yet)']),
    ...row(
      'Contents',
      `${c.organisations} organisations, ${c.contacts} contacts, ${c.services} services, ${c.events} events`,
    ),
    ...row('Your data', `${c.shortlists} shortlists, ${c.notes} notes`),
    ...row(
      'Last sync',
      sync
        ? `${sync.at} ${sync.status}${sync.errorCode ? ` [${sync.errorCode}]` : ''}${sync.errorMessage ? ` (${sync.errorMessage})` : ''} — ${sync.feed}`
        : 'never',
    ),
    ...(sync ? row('Last success', info.lastSuccessfulSync?.at ?? 'never') : []),
    ...row('Database', `${info.database}${info.readOnly ? ' (read-only)' : ''}`),
    ...row('Schema', info.schemaVersion),
  ];
}
