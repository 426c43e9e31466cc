/**
 * Options and helpers the commands share: `--db PATH` and `--json`, the app core a command
 * works through, usage errors with exit status 2, the one way to read a list option, and
 * terminal styling that only a terminal sees.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ApiError } from '../contract/errors';
import { openAppCore, type AppCore, type AppCoreOptions } from '../core/app-core';
import { defaultDatabasePath } from '../core/app-paths';
import { quote } from '../core/catalogue-files';
import { printJson, UsageError } from './output';

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
 * Opens the app core on the database a command works on — the same handler table the app
 * and web mode answer with — runs `fn` and always closes it again. `read`: a database that
 * cannot be written is opened read-only (commands that only read work on a write-protected
 * stick or folder); `write`: it is refused with READ_ONLY, naming the path, before anything
 * is done.
 */
export async function withCore<T>(
  options: DbOptions,
  access: 'read' | 'write',
  fn: (core: AppCore) => T | Promise<T>,
  more: Partial<AppCoreOptions> = {},
): Promise<T> {
  const core = openAppCore({ mode: 'cli', dbPath: databasePath(options), access, ...more });
  try {
    return await fn(core);
  } finally {
    core.close();
  }
}

/**
 * Asks the app core (opened for `access`, as withCore does) and prints the answer the
 * command's way: `json(answer)` with --json, else `lines(answer)` for a reader.
 */
export async function printAnswer<T>(
  options: DbOptions,
  access: 'read' | 'write',
  ask: (core: AppCore) => T | Promise<T>,
  print: { json: (answer: T) => unknown; lines: (answer: T) => readonly string[] },
): Promise<void> {
  const answer = await withCore(options, access, ask);
  if (options.json === true) printJson(print.json(answer));
  else printLines(print.lines(answer));
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

/**
 * `value` when it is one of `known`, else the operation fails (exit status 1) naming it and
 * the choices: "Unknown export format "pdf": choose from csv, ….".
 */
export function knownValue<T extends string>(value: string, known: readonly T[], what: string): T {
  if ((known as readonly string[]).includes(value)) return value as T;
  throw new ApiError(
    'INVALID_ARGUMENT',
    `Unknown ${what} ${quote(value)}: choose from ${known.join(', ')}.`,
  );
}

/**
 * The one reader of list options: repeatable AND comma-separated, so `--sector ict,food
 * --sector wood` gives ['ict', 'food', 'wood'] (blank items are dropped).
 */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  ];
}

/** Repeatable file options (`--trust A --trust B`): never split, a file name may hold a comma. */
export function repeat(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Parses a whole number for an option, with a message naming the option. */
export function wholeNumber(option: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim())) invalidValue(option, value, 'a whole number');
    return Number(value);
  };
}

/** The public keys of `--trust` files, as PEM text; a file that cannot be read is a usage error. */
export function readTrustFiles(command: Command, files: readonly string[] = []): string[] {
  return files.map((file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      return usageError(command, `cannot read --trust ${file}: ${(error as Error).message}`);
    }
  });
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
