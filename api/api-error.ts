/**
 * Errors as data with stable codes, carried intact over IPC and HTTP. Free of zod and of
 * everything else, so the desktop preload can use it without growing.
 */

/** Feed failures, as feed/ reports them (see docs/feed.md). */
export const FEED_ERROR_CODES = [
  /** This build trusts no signing key, so it cannot accept any update. */
  'NO_TRUSTED_KEY',
  'TOO_LARGE',
  'BAD_SIGNATURE',
  'WRONG_CHANNEL',
  'ROLLBACK',
  'EXPIRED',
  'HASH_MISMATCH',
  'INVALID_FEED',
  'TIMEOUT',
  'NETWORK',
  /** The feed was fine but this computer could not write the database. */
  'APPLY_FAILED',
] as const;

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
  /** A bug: the message says what failed. */
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorData {
  code: ApiErrorCode;
  message: string;
}

/** The envelope both transports use on the wire. */
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
 * Encodes an error as an Error message that survives Electron's contextBridge (which copies
 * only an Error's message): "[CODE] message". `toApiError` decodes it.
 */
export function encodeErrorMessage(error: ApiErrorData): string {
  return `[${error.code}] ${error.message}`;
}

/** Whatever a call rejected with, as an ApiError with a stable code. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (isApiErrorCode(code) && typeof message === 'string') return new ApiError(code, message);
    if (typeof message === 'string') {
      const match = /\[([A-Z_]+)\] ([\s\S]*)$/.exec(message);
      if (match && isApiErrorCode(match[1])) return new ApiError(match[1], match[2] ?? '');
      return new ApiError('INTERNAL', message);
    }
  }
  return new ApiError('INTERNAL', String(error));
}
