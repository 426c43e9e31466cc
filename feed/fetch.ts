/**
 * Fetching the feed's files from any kind of location with the same limits: the index
 * (≤ 64 KiB, conditionally when we hold validators) and payloads (≤ their signed length and
 * the payload cap). Every failure becomes a FeedError: the deadline → TIMEOUT, a broken or
 * refused connection, an HTTP error or a missing file → NETWORK, too many bytes → TOO_LARGE.
 */
import { open } from 'node:fs/promises';
import { FeedError } from './errors';
import { httpGet } from './http-get';
import { describeLocation, type FeedLocation } from './location';
import { readBuffer, tooLarge, type ReadLimits } from './read-capped';

export interface FetchOptions extends ReadLimits {
  signal: AbortSignal;
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | { status: 'ok'; bytes: Buffer; url?: URL; etag?: string; lastModified?: string }
  | { status: 'not-modified'; url?: URL };

export async function fetchFile(
  location: FeedLocation,
  options: FetchOptions,
): Promise<FetchResult> {
  try {
    options.signal.throwIfAborted();
    if (location.kind === 'http') return await httpGet(location.index, options);
    return { status: 'ok', bytes: await readLocalFile(location.index, options) };
  } catch (error) {
    throw asFeedError(error, location, options.signal);
  }
}

async function readLocalFile(path: string, options: FetchOptions): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const stat = await file.stat();
    const size = stat.size;
    if (!stat.isFile()) throw new FeedError('NETWORK', `${path} is not a file.`);
    if (size > options.cap) throw tooLarge(options);
    // Read by size + 1 so a file that grew after stat is still caught by the cap.
    const buffer = readBuffer(Math.min(options.cap + 1, size + 1), options);
    let total = 0;
    for (;;) {
      options.signal.throwIfAborted();
      const { bytesRead } = await file.read(
        buffer,
        total,
        Math.min(1 << 20, buffer.length - total),
        null,
      );
      if (bytesRead === 0) break;
      total += bytesRead;
      options.onBytes?.(total);
      if (total > options.cap) throw tooLarge(options);
      if (total === buffer.length) break;
    }
    return buffer.subarray(0, total);
  } finally {
    await file.close();
  }
}

/**
 * System errors that mean the host could not be reached at all (rather than that it answered
 * something wrong): the status calls these "offline".
 */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ETIMEDOUT',
]);

function asFeedError(error: unknown, location: FeedLocation, signal: AbortSignal): FeedError {
  if (error instanceof FeedError) return error;
  const where = describeLocation(location);
  const http = location.kind === 'http';
  if (signal.aborted) {
    return new FeedError('TIMEOUT', `No complete answer from ${where} before the deadline.`, {
      unreachable: http,
    });
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return new FeedError('NETWORK', `${where} does not exist.`, { missing: true });
  }
  const detail = (error as Error).message;
  return new FeedError(
    'NETWORK',
    `Could not read ${where}: ${detail}${code && !detail.includes(code) ? ` (${code})` : ''}.`,
    { unreachable: http && code !== undefined && UNREACHABLE.has(code) },
  );
}
