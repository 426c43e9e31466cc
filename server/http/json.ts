/**
 * JSON answers in the contract's envelope, with the HTTP status each error code maps to: the
 * one table of it (docs/api.md, "Errors").
 */
import type { ServerResponse } from 'node:http';
import type { ApiErrorCode, ApiErrorData, ApiResponse } from '../../contract/errors';

const STATUS: Partial<Record<ApiErrorCode, number>> = {
  INVALID_ARGUMENT: 400,
  FORBIDDEN: 403,
  LOCAL_FEED_ONLY: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  // The catalogue held cannot be passed on as it is: a state of this app, not a bad request.
  NOTHING_TO_SHARE: 409,
  SHARE_MISMATCH: 409,
  NEWER_IN_FOLDER: 409,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** The status of an answer. Feed failures are a problem of the remote feed: 502. */
export function statusOf(response: ApiResponse<unknown>): number {
  if (response.ok) return 200;
  return STATUS[response.error.code] ?? 502;
}

export function sendJson(res: ServerResponse, status: number, body: ApiResponse<unknown>): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
  });
  res.end(json);
}

/** A refusal by the transport itself (no handler ran): its code's status, else 500. */
export function sendError(res: ServerResponse, error: ApiErrorData): void {
  sendJson(res, STATUS[error.code] ?? 500, { ok: false, error });
}
