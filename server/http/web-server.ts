/**
 * Web mode's transport: the same dispatcher as the desktop shell, over HTTP.
 *
 *   POST /api/<method>       JSON arguments → `{ ok: true, value }` or `{ ok: false, error }`
 *   GET  /api/events         server-sent events (sync progress, sync finished); POST is the
 *                            `events` method like any other
 *   GET  /api/download/<t>   a finished export, once
 *   GET  anything else       the built renderer
 *
 * Each job lives in its own file: access checks and the token (access.ts), the API route
 * (api-route.ts), events (event-stream.ts), downloads (downloads.ts), static files
 * (static-route.ts). This file routes a request to them, and listens and shuts down. Each call
 * reaches the handlers with its Caller (access.ts): bound to the network, nobody is local, so
 * nobody may point the feed at this computer's disk.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../dispatch';
import type { EventHub } from '../event-hub';
import {
  authorised,
  callerOf,
  foreignRequest,
  isLoopback,
  requestUrl,
  TOKEN_REQUIRED,
  tokenTrade,
} from './access';
import { handleApiCall } from './api-route';
import { DOWNLOAD_PATH, sendDownload, type DownloadStore } from './downloads';
import { createEventStreams } from './event-stream';
import { sendError } from './json';
import { securityHeaders } from './security-headers';
import { serveStatic } from './static-route';

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

export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  const loopback = isLoopback(host);
  const token =
    (options.requireToken ?? !loopback) ? randomBytes(24).toString('base64url') : undefined;
  const streams = createEventStreams(options.events);

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    const foreign = foreignRequest(req, token);
    if (foreign !== undefined) {
      sendError(res, { code: 'FORBIDDEN', message: foreign });
      return;
    }
    const url = requestUrl(req.url);
    if (url === undefined) {
      sendError(res, { code: 'INVALID_ARGUMENT', message: 'The request address is not valid.' });
      return;
    }
    if (!authorised(req, url, token)) {
      sendError(res, { code: 'FORBIDDEN', message: TOKEN_REQUIRED });
      return;
    }
    const trade = tokenTrade(req, url, token);
    if (trade !== undefined) {
      // Trade the token in the address for a cookie, and drop it from the address bar.
      res.setHeader('Set-Cookie', trade.cookie);
      res.writeHead(303, { Location: trade.location });
      res.end();
      return;
    }
    const path = url.pathname;
    // GET subscribes to pushed events; POST /api/events is the `events` method (the calendar).
    if (path === '/api/events' && req.method === 'GET') {
      streams.handle(req, res);
      return;
    }
    if (path.startsWith(DOWNLOAD_PATH)) {
      sendDownload(res, options.downloads, path.slice(DOWNLOAD_PATH.length));
      return;
    }
    if (path.startsWith('/api/')) {
      const caller = callerOf(req, loopback);
      await handleApiCall(req, res, path.slice('/api/'.length), options.dispatch, caller);
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
            // Open event streams would keep the server from closing: end them first.
            streams.closeAll();
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
