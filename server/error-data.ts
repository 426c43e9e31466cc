/**
 * Turns whatever a handler threw into the contract's `{ code, message }`, so every transport
 * carries the same stable codes. Expected failures keep their own message; a bug becomes
 * INTERNAL with a message that says what failed (never a stack trace).
 */
import type { z } from 'zod';
import { CatalogueError } from '../db/errors';
import { ApiError, isApiErrorCode, type ApiErrorCode, type ApiErrorData } from '../contract/errors';

const CATALOGUE_CODES: Record<CatalogueError['code'], ApiErrorCode> = {
  NOT_FOUND: 'NOT_FOUND',
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  CONFLICT: 'CONFLICT',
  INVALID_CATALOGUE: 'INVALID_ARGUMENT',
  DB_TOO_NEW: 'INTERNAL',
  DB_OPEN_FAILED: 'INTERNAL',
  // The app and web mode open their database for writing, and the command line opens it
  // read-only only for commands that never write: a handler never meets it.
  READ_ONLY: 'INTERNAL',
};

export function toErrorData(error: unknown): ApiErrorData {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  if (error instanceof CatalogueError) {
    return { code: CATALOGUE_CODES[error.code], message: error.message };
  }
  if (error instanceof Error) {
    // Feed errors (and any other module's coded error) keep their code when the contract knows it.
    const code = (error as { code?: unknown }).code;
    if (isApiErrorCode(code)) return { code, message: error.message };
    return { code: 'INTERNAL', message: `Internal error: ${error.message}` };
  }
  return { code: 'INTERNAL', message: `Internal error: ${String(error)}` };
}

/** One line naming every wrong argument: "search: limit: Too big: expected number to be <=500". */
export function describeZodError(method: string, error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return `Invalid arguments for ${method}: ${parts.join('; ')}${more}.`;
}

/** A module this build lacks (loaded on first use, and missing or broken): UNAVAILABLE. */
export function unavailable(what: string, error: unknown): ApiError {
  return new ApiError(
    'UNAVAILABLE',
    `${what} is not available in this build: ${error instanceof Error ? error.message : String(error)}`,
  );
}
