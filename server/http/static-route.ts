/** `GET` anything else: the built renderer's files (static-files.ts decides which). */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { findStaticFile, rendererBuilt } from '../static-files';

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

export function serveStatic(
  root: string,
  pathname: string,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  if (!rendererBuilt(root)) {
    sendText(
      res,
      503,
      'The user interface has not been built yet: run `npx vite build` (npm start does it).\n',
    );
    return;
  }
  const file = findStaticFile(root, pathname);
  if (file === undefined) {
    sendText(res, 404, 'Not found.\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Length': file.size,
    // The page itself always revalidates, so a new version of the app is picked up.
    'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file.path).pipe(res);
}
