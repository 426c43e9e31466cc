/**
 * Output conventions shared by every command: a failure is one line on standard error and,
 * with `--json`, also one object `{ "error": { "code", "message" } }` where the command's JSON
 * goes, so a script always has one JSON value to parse.
 */
import { CommanderError } from 'commander';
import { ApiError } from '../contract/errors';
import { CatalogueError, FeedError } from '../core/errors';

/** Thrown by a command that has already reported its failure and only needs an exit status. */
export class ExitError extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

/**
 * A mistake in the command line itself, found by the CLI (exit status 2): `USAGE` when the
 * command is malformed, `INVALID_ARGUMENT` when a value given is not acceptable. Option
 * parsers throw it rather than commander's InvalidArgumentError, whose message would repeat
 * the raw value unescaped in front of ours.
 */
export class UsageError extends Error {
  constructor(
    readonly code: 'USAGE' | 'INVALID_ARGUMENT',
    message: string,
    /** The command it concerns, named in the text line ("catalogue search: …"). */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The exit statuses (README, "Failures"): 2 for a mistake in the command line itself, found
 * before anything ran (commander's, or a value an option refuses); 1 for any other failure,
 * whatever its code — including a call the API refused.
 */
const EXIT_STATUS = { usage: 2, failed: 1 } as const;

/** What a failed run reports: a stable code, a sentence, and the exit status. */
export interface Failure {
  code: string;
  message: string;
  exitCode: number;
}

/** Commander's own errors: all are usage mistakes, one of them about a value. */
function commanderFailure(error: CommanderError): Failure {
  return {
    code: error.code === 'commander.invalidArgument' ? 'INVALID_ARGUMENT' : 'USAGE',
    message: error.message.replace(/^error: /, '').trim(),
    exitCode: EXIT_STATUS.usage,
  };
}

/** SQLite's result codes, for an error that got past the checks made before opening. */
function sqliteCode(code: string): string {
  if (code.startsWith('SQLITE_READONLY')) return 'READ_ONLY';
  if (/^SQLITE_(FULL|IOERR|CANTOPEN|BUSY|LOCKED)/.test(code)) return 'IO_ERROR';
  return 'INTERNAL';
}

/** Any failure as a stable code, its sentence and the exit status. */
export function failureOf(error: unknown): Failure {
  if (error instanceof CommanderError) return commanderFailure(error);
  if (error instanceof UsageError) {
    return { code: error.code, message: error.message, exitCode: EXIT_STATUS.usage };
  }
  if (isCoded(error))
    return { code: error.code, message: error.message, exitCode: EXIT_STATUS.failed };
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Node's system errors (ENOENT, EACCES, EADDRINUSE, …) carry the call that failed.
    if (typeof code === 'string' && 'syscall' in error) {
      return { code: 'IO_ERROR', message: error.message, exitCode: EXIT_STATUS.failed };
    }
    if (typeof code === 'string' && code.startsWith('SQLITE_')) {
      return { code: sqliteCode(code), message: error.message, exitCode: EXIT_STATUS.failed };
    }
    return { code: 'INTERNAL', message: error.message, exitCode: EXIT_STATUS.failed };
  }
  return { code: 'INTERNAL', message: String(error), exitCode: EXIT_STATUS.failed };
}

/** An expected failure with a stable code: refused by the API, the database or the feed. */
function isCoded(error: unknown): error is ApiError | CatalogueError | FeedError {
  return error instanceof ApiError || error instanceof CatalogueError || error instanceof FeedError;
}

/** One line saying what went wrong; never a stack trace for an expected failure. */
export function describeError(error: unknown): string {
  if (isCoded(error)) return `${error.message} [${error.code}]`;
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Where `--json` output goes: standard output, except for a command whose data itself goes
 * there (`export --out -`), which sends its report, and so its error, to standard error.
 */
let jsonStream: NodeJS.WritableStream = process.stdout;

export function sendJsonTo(stream: NodeJS.WritableStream): void {
  jsonStream = stream;
}

/** Prints a value as JSON (for `--json`), one object, newline-terminated. */
export function printJson(value: unknown): void {
  jsonStream.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** The object every command prints with `--json` when it fails. */
export function printJsonError(failure: Failure): void {
  printJson({ error: { code: failure.code, message: failure.message } });
}

/** Whether the user asked for JSON: `--json` anywhere before a `--` that ends the options. */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}
