/**
 * A signed catalogue feed for end-to-end tests, written the way `catalogue publish` writes one
 * (snapshot + signed index; see docs/feed.md), and a tiny static HTTP server on 127.0.0.1 that
 * serves it. Kept self-contained (node:crypto only) so the browser tests do not depend on the
 * publisher's internals.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

export interface FeedKey {
  privateKey: KeyObject;
  publicPem: string;
  keyid: string;
}

export function createFeedKey(): FeedKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    privateKey,
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyid: createHash('sha256').update(der).digest('hex'),
  };
}

/** Writes version `version` of `catalogue` as a snapshot and a signed feed.json into `dir`. */
export async function publishSnapshot(
  dir: string,
  catalogue: unknown,
  version: number,
  key: FeedKey,
  channel = 'stable',
): Promise<void> {
  const path = `snapshot-${version}.json`;
  const bytes = Buffer.from(JSON.stringify(catalogue));
  await writeFile(join(dir, path), bytes);
  const now = Date.now();
  const metadata = Buffer.from(
    JSON.stringify({
      schema: 'metacluster-feed/1',
      channel,
      version,
      issued: new Date(now - 60_000).toISOString(),
      expires: new Date(now + 30 * 86_400_000).toISOString(),
      snapshot: {
        path,
        length: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      },
      deltas: [],
    }),
  );
  const index = {
    signed: metadata.toString('base64'),
    signatures: [
      { keyid: key.keyid, sig: sign(null, metadata, key.privateKey).toString('base64') },
    ],
  };
  await writeFile(join(dir, 'feed.json'), `${JSON.stringify(index, null, 2)}\n`);
}

/** Rewrites feed.json's signed bytes (one byte changed) while keeping the old signature. */
export async function tamperFeed(dir: string): Promise<void> {
  const file = join(dir, 'feed.json');
  const index = JSON.parse(await readFile(file, 'utf8')) as { signed: string };
  const metadata = Buffer.from(index.signed, 'base64').toString('utf8');
  index.signed = Buffer.from(metadata.replace('"version":', '"version": ')).toString('base64');
  await writeFile(file, JSON.stringify(index));
}

export interface StaticServer {
  url: string;
  /** The paths asked for, in order. */
  requests: string[];
  stop: () => Promise<void>;
}

/** Serves the files of `dir` on 127.0.0.1 (an ephemeral port), read-only. */
export async function serveFolder(dir: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.includes('..')) {
      res.writeHead(400).end();
      return;
    }
    readFile(join(dir, path)).then(
      (body) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      },
      () => {
        res.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/feed.json`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
