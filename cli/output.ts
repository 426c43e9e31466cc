/** Output conventions shared by every command. */
import { CatalogueError } from '../db/errors';

/** Thrown by a command that has already reported its failure and only needs an exit status. */
export class ExitError extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

/** One line saying what went wrong; never a stack trace for an expected failure. */
export function describeError(error: unknown): string {
  if (error instanceof CatalogueError) return `${error.message} [${error.code}]`;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Prints a value as JSON (for `--json`), one object, newline-terminated. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
