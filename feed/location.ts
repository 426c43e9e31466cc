/**
 * Where a feed lives and which addresses may be contacted. `https:` anywhere; plain `http:`
 * only on this machine (loopback: tests and a local kiosk), because without TLS anyone on
 * the path could stall or replay; a local folder or `file:` URL (a USB stick at a fair). The
 * same signature, version and hash checks apply to every kind.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FeedError } from './errors';
import { FEED_INDEX } from './format';

export type FeedLocation = { kind: 'http'; index: URL } | { kind: 'folder'; index: string };

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Throws NETWORK unless `url` may be contacted; `from` is the address that redirected here. */
export function checkUrlAllowed(url: URL, from?: URL): void {
  if (url.username !== '' || url.password !== '') {
    throw new FeedError(
      'NETWORK',
      `Refused ${url.origin}: credentials in a feed address are not allowed.`,
    );
  }
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) {
    // A redirect may only lead to plain http when it starts there too (loopback → loopback).
    if (from === undefined || (from.protocol === 'http:' && isLoopbackHost(from.hostname))) return;
  }
  const what = from ? `a redirect from ${from.origin} to ${url.origin}` : url.origin;
  throw new FeedError(
    'NETWORK',
    `Refused ${what}: feeds are fetched over https (plain http only on this computer).`,
  );
}

const URL_LIKE = /^[a-z][a-z0-9+.-]+:\/\//i;

/** A feed address (URL, file: URL, folder or path of a feed.json) → where its index is. */
export function resolveFeed(feed: string): FeedLocation {
  const text = feed.trim();
  if (URL_LIKE.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new FeedError('NETWORK', `"${text}" is not a valid feed address.`);
    }
    if (url.protocol === 'file:') return folderLocation(fileURLToPath(url));
    checkUrlAllowed(url);
    url.hash = '';
    if (url.pathname.endsWith('.json')) return { kind: 'http', index: url };
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return { kind: 'http', index: new URL(FEED_INDEX, url) };
  }
  return folderLocation(resolve(text));
}

function folderLocation(path: string): FeedLocation {
  let isFolder = true;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    // Missing: reported when the index is read, with the same NETWORK code as an HTTP 404.
    isFolder = !path.endsWith('.json');
  }
  return { kind: 'folder', index: isFolder ? join(path, FEED_INDEX) : path };
}

/** The address of a payload named by a (schema-checked, relative) path in the index. */
export function payloadLocation(
  location: FeedLocation,
  indexUrl: URL | undefined,
  path: string,
): FeedLocation {
  if (location.kind === 'folder') {
    return { kind: 'folder', index: join(dirname(location.index), ...path.split('/')) };
  }
  return { kind: 'http', index: new URL(path, indexUrl ?? location.index) };
}

export function describeLocation(location: FeedLocation): string {
  return location.kind === 'http' ? location.index.href : location.index;
}
