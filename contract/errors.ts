/**
 * Errors as data with stable codes, carried intact from a handler to the UI over IPC, HTTP or
 * an in-process call, always in the `{ ok, value } | { ok: false, error }` envelope. Free of zod
 * and of everything else, so the desktop preload can use it without growing.
 */

/**
 * Refusals: the feed host answered, and what it served must not be trusted (a sync's outcome
 * `rejected`, docs/feed.md), in the order the checks run.
 */
export const FEED_REJECTION_CODES = [
  'TOO_LARGE',
  'BAD_SIGNATURE',
  'WRONG_CHANNEL',
  'ROLLBACK',
  'EXPIRED',
  'HASH_MISMATCH',
  'INVALID_FEED',
] as const;

/**
 * Why a sync was refused or failed (docs/feed.md), in the order the checks run. feed/ reports
 * them, the API carries them, the CLI prints them, the UI translates them by code.
 */
export const FEED_ERROR_CODES = [
  /** This build trusts no signing key, so it cannot accept any update: checked first. */
  'NO_TRUSTED_KEY',
  ...FEED_REJECTION_CODES,
  'TIMEOUT',
  'NETWORK',
  /** Not a feed problem: the feed was fine but this computer could not write the database. */
  'APPLY_FAILED',
] as const;
export type FeedErrorCode = (typeof FEED_ERROR_CODES)[number];

/** Why the catalogue could not be passed on (docs/feed.md, "Passing the catalogue on"). */
const SHARE_ERROR_CODES = [
  /** The app holds no signed version: the catalogue came with the app or from a file. */
  'NOTHING_TO_SHARE',
  /** The database does not reproduce the signed snapshot byte for byte: nothing was written. */
  'SHARE_MISMATCH',
  /** The folder already holds a newer version. */
  'NEWER_IN_FOLDER',
] as const;
export type ShareErrorCode = (typeof SHARE_ERROR_CODES)[number];

export const API_ERROR_CODES = [
  /** Missing, extra or wrongly typed arguments; nothing was changed. */
  'INVALID_ARGUMENT',
  /** The organisation, shortlist or download does not exist. */
  'NOT_FOUND',
  /** A request from another origin, or without the access token. */
  'FORBIDDEN',
  /** The name is taken, or the operation is already running. */
  'CONFLICT',
  /** This build or mode cannot do that (e.g. a module that is not installed). */
  'UNAVAILABLE',
  /**
   * A caller on the network named a feed on the server's own computer (a folder, a `file:` or
   * loopback `http:` address): only https:// feeds may be set from the network.
   */
  'LOCAL_FEED_ONLY',
  ...FEED_ERROR_CODES,
  ...SHARE_ERROR_CODES,
  /** A bug: the message says what failed. */
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorData {
  code: ApiErrorCode;
  message: string;
}

/** The envelope every transport carries: dispatch answers it, the client unwraps it. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toJSON(): ApiErrorData {
    return { code: this.code, message: this.message };
  }
}

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Whatever a call rejected with, as an ApiError with a stable code: the clients reject with
 * ApiError; anything else (a bug in the UI) becomes INTERNAL with its message.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('INTERNAL', error instanceof Error ? error.message : String(error));
}

/** The value of an envelope, or its error thrown as an ApiError. */
export function unwrap<T>(response: ApiResponse<T>): T {
  if (response.ok) return response.value;
  throw new ApiError(response.error.code, response.error.message);
}
