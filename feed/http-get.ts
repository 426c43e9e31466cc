/**
 * One guarded HTTP(S) GET: redirects followed by hand (at most 5, each target checked against
 * the address policy), the body counted against a cap while it streams, gzip decoded by a
 * capped stream (a gzip bomb stops at the cap, it never fills memory), and everything under
 * the caller's deadline signal.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { FeedError } from './errors';
import { checkUrlAllowed } from './location';
import { readCapped, tooLarge, type ReadLimits } from './read-capped';

const MAX_REDIRECTS = 5;

export interface HttpGetOptions extends ReadLimits {
  signal: AbortSignal;
  /** Conditional request validators (feed.json only). */
  etag?: string;
  lastModified?: string;
}

export type HttpGetResult =
  | { status: 'ok'; bytes: Buffer; url: URL; etag?: string; lastModified?: string }
  | { status: 'not-modified'; url: URL };

function send(
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    // agent: false — a fresh connection per request, nothing kept alive after a sync.
    const req = request(url, { method: 'GET', headers, signal, agent: false }, resolve);
    req.on('error', reject);
    req.end();
  });
}

function header(res: IncomingMessage, name: string): string | undefined {
  const value = res.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export async function httpGet(start: URL, options: HttpGetOptions): Promise<HttpGetResult> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = {
      'accept-encoding': 'gzip',
      'user-agent': 'metacluster-catalogue-sync/1',
    };
    if (options.etag !== undefined) headers['if-none-match'] = options.etag;
    if (options.lastModified !== undefined) headers['if-modified-since'] = options.lastModified;
    const res = await send(url, headers, options.signal);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && status !== 304) {
      res.resume();
      const location = header(res, 'location');
      if (location === undefined)
        throw new FeedError('NETWORK', `${url.href}: HTTP ${status} without a Location.`);
      if (hop >= MAX_REDIRECTS) {
        throw new FeedError('NETWORK', `${start.href}: more than ${MAX_REDIRECTS} redirects.`);
      }
      const next = new URL(location, url);
      checkUrlAllowed(next, url);
      url = next;
      continue;
    }
    if (status === 304) {
      res.resume();
      return { status: 'not-modified', url };
    }
    if (status !== 200) {
      res.resume();
      throw new FeedError('NETWORK', `${url.href}: the server answered HTTP ${status}.`, {
        missing: status === 404 || status === 410,
      });
    }
    const bytes = await readBody(res, options);
    const etag = header(res, 'etag');
    const lastModified = header(res, 'last-modified');
    return {
      status: 'ok',
      bytes,
      url,
      ...(etag === undefined ? {} : { etag }),
      ...(lastModified === undefined ? {} : { lastModified }),
    };
  }
}

async function readBody(res: IncomingMessage, limits: ReadLimits): Promise<Buffer> {
  const encoding = (header(res, 'content-encoding') ?? 'identity').trim().toLowerCase();
  const declared = Number(header(res, 'content-length'));
  if (encoding === 'identity') {
    // A declared length over the cap is refused before reading; a false (smaller) one is
    // caught by counting, and a short body by Node ("aborted" → NETWORK).
    if (Number.isFinite(declared) && declared > limits.cap) {
      res.destroy();
      throw tooLarge(limits);
    }
    return readCapped(res, limits);
  }
  if (encoding === 'gzip' || encoding === 'x-gzip') {
    const gunzip = createGunzip();
    // Errors of either side surface in the for-await of readCapped.
    pipeline(res, gunzip, () => undefined);
    try {
      return await readCapped(gunzip, limits);
    } finally {
      res.destroy();
    }
  }
  res.destroy();
  throw new FeedError('NETWORK', `The server sent an unsupported Content-Encoding "${encoding}".`);
}
