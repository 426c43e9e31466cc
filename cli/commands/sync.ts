/**
 * `catalogue sync [--feed URL_OR_FOLDER] [--trust PEM]... [--timeout SECONDS] [--db PATH]
 * [--json]`: the app's `syncNow` call, on the feed the app follows (the address set in its
 * settings, else the built-in one) or, for this run only, on `--feed`. Trusts the keys the app
 * was built with plus any `--trust` keys. `--json` prints exactly `{ status, from_version,
 * version, changes: { added, changed, removed }, error?: { code, message } }`. Exit 0 when
 * updated or up to date, 1 otherwise (the database is then exactly as it was).
 */
import type { Command } from 'commander';
import type { ApiResult, SyncProgress } from '../../contract';
import type { AppCore, FeedConfig } from '../../core/app-core';
import { cannotWrite } from '../../core/errors';
import { FEED_ADVICE, loadFeedConfig } from '../../core/feed-admin';
import { ExitError, printJson } from '../output';
import {
  invalidValue,
  printLines,
  readTrustFiles,
  repeat,
  warnDevTrust,
  withCore,
  withDbOptions,
  type DbOptions,
} from '../options';
import { createProgress, type Progress } from '../progress';
import { SUMMARIES } from '../summaries';

interface SyncOptions extends DbOptions {
  feed?: string;
  trust?: string[];
  timeout?: number;
  channel?: string;
}

type Outcome = ApiResult<'syncNow'>;

function seconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(n > 0)) {
    invalidValue('--timeout', value, 'a number of seconds');
  }
  return n;
}

/** What to do about a feed code (READ_ONLY's message says it itself). */
function advice(code: string): string {
  return Object.hasOwn(FEED_ADVICE, code) ? FEED_ADVICE[code as keyof typeof FEED_ADVICE] : '';
}

const PHASES: Record<SyncProgress['phase'], string> = {
  'fetch-index': 'checking',
  verify: 'verifying',
  download: 'downloading',
  apply: 'applying',
  done: 'done',
};

/** On a database that cannot be written the sync does not even start: READ_ONLY, as a sync says it. */
async function readOnlyOutcome(core: AppCore): Promise<Outcome> {
  const { version } = await core.call('syncStatus');
  return {
    status: 'failed',
    fromVersion: version,
    version,
    changes: { added: 0, changed: 0, removed: 0 },
    error: { code: 'READ_ONLY', message: cannotWrite(core.dbPath).message },
  };
}

function describe(outcome: Outcome): string {
  const c = outcome.changes;
  switch (outcome.status) {
    case 'updated':
      return `Updated from version ${outcome.fromVersion} to ${outcome.version}: ${c.added} added, ${c.changed} changed, ${c.removed} removed.`;
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

/** The status after a sync: what was issued, when it last checked and succeeded, the error. */
function statusLines(s: ApiResult<'syncStatus'>): string[] {
  const lines: string[] = [];
  if (s.issued) lines.push(`Issued: ${s.issued}${s.expires ? `, feed expires ${s.expires}` : ''}`);
  lines.push(`Last check: ${s.lastCheck ?? 'never'}`);
  lines.push(`Last successful check: ${s.lastSuccess ?? 'never'}`);
  if (s.lastError) {
    lines.push(`Last error: ${s.lastError.code} at ${s.lastError.at}: ${s.lastError.message}`);
  }
  return lines;
}

/** Sync progress as the bar shows it: bytes while downloading, records while applying. */
function showProgress(bar: Progress, p: SyncProgress): void {
  if (p.phase === 'download') bar.update(p.bytes ?? 0, p.totalBytes, PHASES[p.phase]);
  else if (p.phase === 'apply') bar.update(p.records ?? 0, p.totalRecords, PHASES[p.phase]);
}

async function sync(core: AppCore, json: boolean): Promise<Outcome> {
  if (core.readOnly) {
    const outcome = await readOnlyOutcome(core);
    if (!json) printLines([describe(outcome)]);
    return outcome;
  }
  const bar = createProgress('Sync', !json);
  const stop = core.events.listen((event, payload) => {
    if (event === 'sync-progress') showProgress(bar, payload as SyncProgress);
  });
  let outcome: Outcome;
  try {
    outcome = await core.call('syncNow');
  } finally {
    bar.stop();
    stop();
  }
  if (outcome.logError !== undefined) {
    process.stderr.write(
      `catalogue: warning: this sync could not be recorded in the sync log: ${outcome.logError}\n`,
    );
  }
  if (!json) printLines([describe(outcome), ...statusLines(await core.call('syncStatus'))]);
  return outcome;
}

export function register(program: Command): void {
  withDbOptions(
    program
      .command('sync')
      .description(SUMMARIES.sync)
      .option(
        '--feed <url-or-folder>',
        "this run only: https URL (http only on this computer), folder or file: URL (default: the app's feed, as set in its settings)",
      )
      .option(
        '--trust <pem-file>',
        'also trust this public key (repeatable; a build from source trusts none of its own)',
        repeat,
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
      const feed: FeedConfig = {
        defaultUrl: config.url,
        trust: [...config.keys, ...readTrustFiles(this, options.trust)],
        channel: options.channel ?? config.channel,
        ...(options.feed === undefined ? {} : { runUrl: options.feed }),
        ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout * 1000 }),
      };
      const json = options.json === true;
      // Opened for reading first: on a database that cannot be written the sync does not even
      // start, and reports READ_ONLY in its usual shape instead of failing at the sync log.
      const outcome = await withCore(options, 'read', (core) => sync(core, json), { feed });
      if (json) {
        printJson({
          status: outcome.status,
          from_version: outcome.fromVersion,
          version: outcome.version,
          changes: outcome.changes,
          ...(outcome.error ? { error: outcome.error } : {}),
        });
      }
      if (outcome.status !== 'updated' && outcome.status !== 'up-to-date') throw new ExitError(1);
    });
}
