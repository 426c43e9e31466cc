/**
 * The built renderer's files (renderer/dist) as both hosts serve them: web mode over HTTP and
 * the desktop shell's app:// protocol. One MIME table and one rule for which file a path
 * names, so the two can never disagree about what the app's page may load:
 *
 * - only files inside the built folder, whatever "..", "%2e%2e" or "\\" the path holds;
 * - "/" and any path without an extension is a client-side route: the app's page (index.html),
 *   so a reload on a route works;
 * - anything else that is not a file there is not found.
 */
import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** A file of the built renderer, ready to be served. */
export interface StaticFile {
  path: string;
  size: number;
  contentType: string;
  /** Vite names assets by content hash: they never change, and may be cached for ever. */
  immutable: boolean;
}

/**
 * The file a request path (as sent, percent-encoded) names inside `root`, or undefined when it
 * names nothing there: not decodable, outside the folder. Decided without touching the disk.
 */
export function staticFilePath(root: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path === '/' || path === '' || extname(path) === '') path = '/index.html';
  const base = resolve(root);
  const file = resolve(base, `.${path}`);
  return file.startsWith(base + sep) ? file : undefined;
}

/** The file a request path names inside `root`, if it is one. */
export function findStaticFile(root: string, pathname: string): StaticFile | undefined {
  const path = staticFilePath(root, pathname);
  if (path === undefined) return undefined;
  const stats = existsSync(path) ? statSync(path) : undefined;
  if (!stats?.isFile()) return undefined;
  return {
    path,
    size: stats.size,
    contentType: MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    immutable: path.startsWith(join(resolve(root), 'assets') + sep),
  };
}

/** Whether the renderer has been built into `root` at all. */
export function rendererBuilt(root: string): boolean {
  return existsSync(join(resolve(root), 'index.html'));
}
