/**
 * Options and helpers every database command shares: `--db PATH` and `--json`, opening the
 * app database (created from the bundled catalogue when it does not exist yet), usage errors
 * with exit status 2, and terminal styling that only a terminal sees.
 */
import type { Command } from 'commander';
import { defaultDatabasePath, openAppDatabase } from '../db/app-database';
import type { Db } from '../db/sqlite';
import { UsageError } from './output';
import { quote } from '../catalogue-format/show-value';

export interface DbOptions {
  db?: string;
  json?: boolean;
}

/** Adds `--db PATH` and `--json` to a command. */
export function withDbOptions(command: Command, json = 'print the result as JSON'): Command {
  return command
    .option(
      '--db <path>',
      'database file (default: the app database in your user data folder; created from the bundled catalogue if missing)',
    )
    .option('--json', json);
}

/** The database a command works on: `--db`, else $METACLUSTER_DB, else the app's own. */
export function databasePath(options: DbOptions): string {
  return options.db ?? defaultDatabasePath();
}

/**
 * Opens the database a command works on. `read`: a database that cannot be written is opened
 * read-only (commands that only read work on a write-protected stick or folder); `write`: it
 * is refused with READ_ONLY, naming the path, before anything is done.
 */
export function openCliDatabase(options: DbOptions, access: 'read' | 'write' = 'write'): Db {
  return openAppDatabase(databasePath(options), {}, { readOnlyIfUnwritable: access === 'read' });
}

/** Opens the database for writing, runs `fn`, and always closes it again. */
export async function withDatabase<T>(
  options: DbOptions,
  fn: (db: Db) => T | Promise<T>,
): Promise<T> {
  return using(openCliDatabase(options, 'write'), fn);
}

/** Opens the database for reading (read-only if it cannot be written), runs `fn`, closes it. */
export async function readingDatabase<T>(
  options: DbOptions,
  fn: (db: Db) => T | Promise<T>,
): Promise<T> {
  return using(openCliDatabase(options, 'read'), fn);
}

async function using<T>(db: Db, fn: (db: Db) => T | Promise<T>): Promise<T> {
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

/**
 * Reports a usage mistake on one line and exits with status 2 (through main's handler):
 * `INVALID_ARGUMENT` for a value that is not acceptable, `USAGE` for a malformed command.
 */
export function usageError(
  command: Command,
  message: string,
  code: UsageError['code'] = 'INVALID_ARGUMENT',
): never {
  throw new UsageError(code, message, command.name());
}

/** For option parsers: a value that is not acceptable, quoted as typed (escaped, cut if long). */
export function invalidValue(option: string, value: string, expected: string): never {
  throw new UsageError('INVALID_ARGUMENT', `${option} must be ${expected}, not ${quote(value)}.`);
}

/** For repeatable options: `--sector a --sector b` gives ['a', 'b']. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Parses a whole number for an option, with a message naming the option. */
export function wholeNumber(option: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim())) invalidValue(option, value, 'a whole number');
    return Number(value);
  };
}

/** Said on every run that trusts the development keys, so nobody mistakes it for a real setup. */
export function warnDevTrust(): void {
  process.stderr.write(
    'catalogue: warning: trusting the development keys (CATALOGUE_DEV_TRUST=1), whose private halves are public: anyone can sign a feed this run accepts.\n',
  );
}

/** Bold text on a terminal that accepts styling (not when piped, not with NO_COLOR). */
export function styling(stream: NodeJS.WriteStream = process.stdout): {
  bold: (s: string) => string;
  dim: (s: string) => string;
} {
  const on = stream.isTTY && !process.env.NO_COLOR;
  return {
    bold: (s) => (on ? `\u001b[1m${s}\u001b[22m` : s),
    dim: (s) => (on ? `\u001b[2m${s}\u001b[22m` : s),
  };
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? word : many}`;
}

/** Writes lines to stdout. */
export function printLines(lines: readonly string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}
