/**
 * `catalogue info`: which catalogue the database holds (version, where it came from, when it
 * was issued, expires and was applied), how much is in it, where the database is, and the
 * last sync — the app's `databaseInfo` call, which only this computer may make.
 */
import type { Command } from 'commander';
import type { ApiResult } from '../../contract';
import { printAnswer, styling, withDbOptions, type DbOptions } from '../options';
import { SUMMARIES } from '../summaries';

type DatabaseInfo = ApiResult<'databaseInfo'>;

export function register(program: Command): void {
  withDbOptions(program.command('info').description(SUMMARIES.info)).action((options: DbOptions) =>
    printAnswer(options, 'read', (core) => core.call('databaseInfo'), {
      json: (info) => info,
      lines: describe,
    }),
  );
}

const SOURCES = {
  bundled: 'bundled with the app',
  import: 'imported from a file',
  feed: 'synced from the feed',
} as const;

/** The update state in words (docs/feed.md, "Status"). */
export function updatesLine(s: DatabaseInfo['updates']): string {
  switch (s.state) {
    case 'up-to-date':
      return `up to date (checked ${s.lastSuccess ?? s.lastCheck ?? 'never'})`;
    case 'never-checked':
      return 'not checked yet';
    case 'offline':
      return `offline (last checked ${s.lastCheck ?? 'never'}${s.nextCheck ? `, next try at ${s.nextCheck}` : ''})`;
    case 'out-of-date':
      return `may be out of date since ${s.outOfDateSince ?? '?'} (no newer signed version arrived; the catalogue stays usable)`;
    case 'refused':
      return `refused [${s.lastError?.code ?? '?'}]: ${s.lastError?.message ?? ''}`;
  }
}

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
    ...row('Updates', updatesLine(info.updates)),
    ...row('Database', `${info.database}${info.readOnly ? ' (read-only)' : ''}`),
    ...row('Schema', info.schemaVersion),
  ];
}
