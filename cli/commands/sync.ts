/**
 * `catalogue sync [--feed URL_OR_FOLDER] [--trust PEM]... [--timeout SECONDS] [--db PATH]
 * [--json]`: one sync with the same engine as the app. Trusts the keys the app was built with
 * plus any `--trust` keys. `--json` prints exactly `{ status, from_version, version, changes:
 * { added, changed, removed }, error?: { code, message } }`. Exit 0 when updated or up to
 * date, 1 otherwise (the database is then exactly as it was).
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadFeedConfig } from '../../feed/app-config';
import { FEED_ADVICE } from '../../feed/messages';
import { syncStatus, formatSyncStatus } from '../../feed/status';
import type { Db } from '../../db/sqlite';
import { cannotWrite } from '../../db/read-only';
import type { FeedErrorCode } from '../../feed/errors';
import { localFeedVersion, syncFeed, type SyncOutcome, type SyncProgress } from '../../feed/sync';
import { ExitError, printJson } from '../output';
import {
  collect,
  databasePath,
  invalidValue,
  printLines,
  readingDatabase,
  usageError,
  warnDevTrust,
  withDbOptions,
  type DbOptions,
} from '../options';
import { createProgress } from '../progress';
import { SUMMARIES } from '../summaries';

interface SyncOptions extends DbOptions {
  feed?: string;
  trust?: string[];
  timeout?: number;
  channel?: string;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(n > 0)) {
    invalidValue('--timeout', value, 'a number of seconds');
  }
  return n;
}

/** What to do about a feed code (READ_ONLY's message says it itself). */
function advice(code: FeedErrorCode | 'READ_ONLY'): string {
  return code === 'READ_ONLY' ? '' : FEED_ADVICE[code];
}

const PHASES: Record<SyncProgress['phase'], string> = {
  'fetch-index': 'checking',
  verify: 'verifying',
  download: 'downloading',
  apply: 'applying',
  done: 'done',
};

/** A sync's outcome as the command reports it: a feed code, or READ_ONLY before it started. */
type CliSyncOutcome = Omit<SyncOutcome, 'error'> & {
  error?: { code: FeedErrorCode | 'READ_ONLY'; message: string };
};

function readOnlyOutcome(db: Db, path: string): CliSyncOutcome {
  const version = localFeedVersion(db);
  return {
    status: 'failed',
    from_version: version,
    version,
    changes: { added: 0, changed: 0, removed: 0 },
    error: { code: 'READ_ONLY', message: cannotWrite(path).message },
  };
}

function describe(outcome: CliSyncOutcome): string {
  const c = outcome.changes;
  switch (outcome.status) {
    case 'updated':
      return `Updated from version ${outcome.from_version} to ${outcome.version}: ${c.added} added, ${c.changed} changed, ${c.removed} removed.`;
    case 'up-to-date':
      return `Up to date (version ${outcome.version}).`;
    default: {
      const error = outcome.error;
      const head = `${outcome.status === 'rejected' ? 'Rejected' : 'Failed'}${error ? ` [${error.code}]` : ''}`;
      return error
        ? `${head}: ${[error.message, advice(error.code), `The catalogue stays at version ${outcome.version}.`].filter(Boolean).join(' ')}`
        : head;
    }
  }
}

export function register(program: Command): void {
  withDbOptions(
    program
      .command('sync')
      .description(SUMMARIES.sync)
      .option(
        '--feed <url-or-folder>',
        "https URL (http only on this computer), folder or file: URL (default: the app's feed)",
      )
      .option(
        '--trust <pem-file>',
        'also trust this public key (repeatable; a build from source trusts none of its own)',
        collect,
      )
      .option('--timeout <seconds>', 'deadline for the network part of the sync', seconds)
      .option('--channel <name>', "channel to follow (default: the app's)"),
    'print { status, from_version, version, changes, error } as JSON',
  )
    .addHelpText(
      'after',
      '\nExit status: 0 updated or up to date, 1 otherwise. Checks and codes: docs/feed.md.',
    )
    .action(async function (this: Command, options: SyncOptions) {
      const config = loadFeedConfig();
      if (config.devTrust) warnDevTrust();
      const trust = [...config.keys];
      for (const file of options.trust ?? []) {
        try {
          trust.push(readFileSync(file, 'utf8'));
        } catch (error) {
          usageError(this, `cannot read --trust ${file}: ${(error as Error).message}`);
        }
      }
      const json = options.json === true;
      const bar = createProgress('Sync', !json);
      // Opened for reading first: on a database that cannot be written the sync does not even
      // start, and reports READ_ONLY in its usual shape instead of failing at the sync log.
      const outcome = await readingDatabase(options, async (db): Promise<CliSyncOutcome> => {
        if (db.readonly) {
          const result = readOnlyOutcome(db, databasePath(options));
          if (!json) printLines([describe(result)]);
          return result;
        }
        try {
          const result = await syncFeed({
            db,
            feed: options.feed ?? config.url,
            trust,
            channel: options.channel ?? config.channel,
            ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout * 1000 }),
            onProgress: (p) => {
              if (p.phase === 'download') bar.update(p.bytes ?? 0, p.totalBytes, PHASES[p.phase]);
              else if (p.phase === 'apply')
                bar.update(p.records ?? 0, p.totalRecords, PHASES[p.phase]);
            },
          });
          bar.stop();
          if (result.logError !== undefined) {
            process.stderr.write(
              `catalogue: warning: this sync could not be recorded in the sync log: ${result.logError}\n`,
            );
          }
          if (!json) printLines([describe(result), ...formatSyncStatus(syncStatus(db)).slice(1)]);
          return result;
        } finally {
          bar.stop();
        }
      });
      if (json) {
        printJson({
          status: outcome.status,
          from_version: outcome.from_version,
          version: outcome.version,
          changes: outcome.changes,
          ...(outcome.error ? { error: outcome.error } : {}),
        });
      }
      if (outcome.status !== 'updated' && outcome.status !== 'up-to-date') throw new ExitError(1);
    });
}
