/**
 * Web mode's transport: the same handler table as the desktop shell, over HTTP.
 *
 *   POST /api/<method>       JSON arguments → `{ ok: true, value }` or `{ ok: false, error }`
 *   GET  /api/events         server-sent events (sync progress, sync finished); POST is the
 *                            `events` method like any other
 *   GET  /api/download/<t>   a finished export, once
 *   GET  anything else       the built renderer
 *
 * No other web page may drive it: a request whose Host is not this server's own name (DNS
 * rebinding) or whose Origin is another site (cross-site requests) is refused with FORBIDDEN.
 * Bound to anything but loopback, it also requires a random access token, given in the address
 * it prints (`?token=`); the first page load turns that into an HttpOnly, SameSite=Strict
 * cookie, and scripts may send it as `X-Catalogue-Token` instead. Each call reaches the
 * handlers with its Caller (http-access.ts): bound to the network, nobody is local, so nobody
 * may point the feed at this computer's disk.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorCode, ApiErrorData, ApiResponse } from './contract';
import { DOWNLOAD_PATH, type DownloadStore } from './downloads';
import type { EventHub } from './event-hub';
import type { Dispatch } from './handlers';
import {
  callerOf,
  cookieValue,
  isLoopback,
  requestUrl,
  sameServerLocation,
  sameToken,
} from './http-access';
import { securityHeaders, serveStatic } from './http-static';

export { isLoopback };

/** JSON bodies up to 8 MiB: 100,000 ids for an export fit comfortably. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
export const TOKEN_COOKIE = 'catalogue_token';
export const TOKEN_HEADER = 'x-catalogue-token';
const SSE_HEARTBEAT_MS = 20_000;

export interface WebServerOptions {
  dispatch: Dispatch;
  events: EventHub;
  downloads: DownloadStore;
  /** The built renderer (renderer/dist). */
  staticDir: string;
  host?: string;
  port?: number;
  /** Force (or skip) the access token; default: required unless bound to loopback. */
  requireToken?: boolean;
}

export interface WebServer {
  server: Server;
  /** The address to open, with `?token=` when a token is required. */
  url: string;
  /** The bound address without the token. */
  origin: string;
  port: number;
  token: string | undefined;
  close(): Promise<void>;
}

const STATUS: Partial<Record<ApiErrorCode, number>> = {
  INVALID_ARGUMENT: 400,
  FORBIDDEN: 403,
  LOCAL_FEED_ONLY: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

function statusOf(response: ApiResponse<unknown>): number {
  if (response.ok) return 200;
  // Feed failures are a problem of the remote feed, not of the request.
  return STATUS[response.error.code] ?? 502;
}

function sendJson(res: ServerResponse, status: number, body: ApiResponse<unknown>): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
  });
  res.end(json);
}

function sendError(res: ServerResponse, error: ApiErrorData): void {
  sendJson(res, STATUS[error.code] ?? 500, { ok: false, error });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      resolvePromise(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

class BodyTooLarge extends Error {}

export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  const loopback = isLoopback(host);
  const token =
    (options.requireToken ?? !loopback) ? randomBytes(24).toString('base64url') : undefined;
  const sseClients = new Set<ServerResponse>();

  /** Host names this server answers to: loopback names, or (with a token) the bound address. */
  function hostAllowed(hostHeader: string | undefined): boolean {
    if (hostHeader === undefined) return false;
    let url: URL;
    try {
      url = new URL(`http://${hostHeader}`);
    } catch {
      return false;
    }
    // Any port: browsers always send this server's own, and a page of another local server
    // is stopped by the Origin check. (Vite's dev proxy forwards its own Host and Origin.)
    if (isLoopback(url.hostname)) return true;
    // Reachable from the network: any name may lead here, the token is what protects it.
    return token !== undefined;
  }

  function originAllowed(req: IncomingMessage): boolean {
    if (req.headers['sec-fetch-site'] === 'cross-site') return false;
    const origin = req.headers.origin;
    if (origin === undefined) return true; // not sent by a browser for same-origin GETs
    return origin === `http://${req.headers.host ?? ''}`;
  }

  function authorised(req: IncomingMessage, url: URL): boolean {
    if (token === undefined) return true;
    const header = req.headers[TOKEN_HEADER];
    return (
      sameToken(typeof header === 'string' ? header : undefined, token) ||
      sameToken(cookieValue(req, TOKEN_COOKIE), token) ||
      (req.method === 'GET' && sameToken(url.searchParams.get('token') ?? undefined, token))
    );
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string) {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendJson(res, 405, {
        ok: false,
        error: {
          code: 'INVALID_ARGUMENT',
          message: `Call API methods with POST, not ${req.method ?? '?'}.`,
        },
      });
      return;
    }
    // A JSON content type cannot be sent by a plain HTML form: no cross-site form posts.
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      sendError(res, {
        code: 'INVALID_ARGUMENT',
        message: 'Send the arguments as application/json.',
      });
      return;
    }
    let body: string;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        sendJson(res, 413, {
          ok: false,
          error: {
            code: 'INVALID_ARGUMENT',
            message: `Request body is larger than ${MAX_BODY_BYTES} bytes.`,
          },
        });
      }
      return;
    }
    let args: unknown;
    try {
      args = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      sendError(res, { code: 'INVALID_ARGUMENT', message: 'The request body is not valid JSON.' });
      return;
    }
    const response = await options.dispatch(method, args, callerOf(req, loopback));
    sendJson(res, statusOf(response), response);
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse) {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write(': connected\n\n');
    sseClients.add(res);
    const stop = options.events.listen((event, payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), SSE_HEARTBEAT_MS);
    heartbeat.unref();
    req.on('close', () => {
      clearInterval(heartbeat);
      stop();
      sseClients.delete(res);
    });
  }

  function handleDownload(res: ServerResponse, id: string) {
    const download = options.downloads.take(id);
    if (!download) {
      sendError(res, {
        code: 'NOT_FOUND',
        message: 'This download has expired or was already taken: export again.',
      });
      return;
    }
    const ascii = download.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
    res.writeHead(200, {
      'Content-Type': download.contentType,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(download.fileName)}`,
      'Cache-Control': 'no-store',
    });
    const stream = createReadStream(download.path);
    stream.pipe(res);
    const cleanUp = () => {
      rmSync(download.path, { force: true });
    };
    stream.on('close', cleanUp);
    stream.on('error', () => res.destroy());
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    const forbidden = (message: string) => {
      sendError(res, { code: 'FORBIDDEN', message });
    };
    if (!hostAllowed(req.headers.host)) {
      forbidden('This server answers only to its own address (the Host header is not its own).');
      return;
    }
    if (!originAllowed(req)) {
      forbidden('Requests from other web sites are refused.');
      return;
    }
    const url = requestUrl(req.url);
    if (url === undefined) {
      sendError(res, { code: 'INVALID_ARGUMENT', message: 'The request address is not valid.' });
      return;
    }
    if (!authorised(req, url)) {
      forbidden('An access token is required: open the address `catalogue serve` printed.');
      return;
    }
    const path = url.pathname;
    if (
      token !== undefined &&
      url.searchParams.has('token') &&
      req.method === 'GET' &&
      !path.startsWith('/api/')
    ) {
      // Trade the token in the address for a cookie, and drop it from the address bar.
      res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      url.searchParams.delete('token');
      res.writeHead(303, { Location: sameServerLocation(url) });
      res.end();
      return;
    }
    // GET subscribes to pushed events; POST /api/events is the `events` method (the calendar).
    if (path === '/api/events' && req.method === 'GET') {
      handleEvents(req, res);
      return;
    }
    if (path.startsWith(DOWNLOAD_PATH)) {
      handleDownload(res, path.slice(DOWNLOAD_PATH.length));
      return;
    }
    if (path.startsWith('/api/')) {
      await handleApi(req, res, path.slice('/api/'.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed.\n');
      return;
    }
    serveStatic(options.staticDir, path, req, res);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        sendError(res, { code: 'INTERNAL', message: `Internal error: ${String(error)}` });
      } else res.destroy();
    });
  });
  server.requestTimeout = 60_000;

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      const origin = `http://${shown}:${port}`;
      resolvePromise({
        server,
        origin,
        url: token === undefined ? `${origin}/` : `${origin}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            for (const client of sseClients) client.end();
            sseClients.clear();
            server.close(() => {
              options.downloads.dispose();
              done();
            });
            server.closeAllConnections();
          }),
      });
    });
  });
}
