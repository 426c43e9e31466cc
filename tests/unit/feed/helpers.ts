/** Shared fixtures of the feed tests: temp folders, dev keys, feeds, databases, a file server. */
import { createHash, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { replaceCatalogue } from '../../../db/catalogue-store';
import { openDatabase } from '../../../db/connection';
import type { Db } from '../../../db/sqlite';
import { CATALOGUE_SCHEMA, type Catalogue } from '../../../catalogue-format/schema';
import { setNote } from '../../../db/user-data/notes';
import { setSetting } from '../../../db/user-data/settings';
import { addToShortlist, createShortlist } from '../../../db/user-data/shortlists';
import { loadPrivateKey } from '../../../feed/keys';
import { publishFeed, type PublishOptions } from '../../../feed/publish';
import { shareCatalogue, ShareError } from '../../../feed/share';
import { syntheticCatalogue } from './synthetic';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

export function tempDir(prefix = 'feed-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    remove: () => {
      rmSync(path, { recursive: true, force: true });
    },
  };
}

/**
 * The TEST-ONLY development signing keys: anyone can read them, so the app never trusts them
 * unless told to (a test passes the public half as `trust`, or CATALOGUE_DEV_TRUST=1).
 */
export function devKey(name: 'dev-active' | 'dev-backup' = 'dev-active'): KeyObject {
  return loadPrivateKey(readFileSync(new URL(`keys/${name}.private.pem`, FIXTURES), 'utf8'));
}

export function devPublicPem(name: 'dev-active' | 'dev-backup' = 'dev-active'): string {
  return readFileSync(new URL(`keys/${name}.pub.pem`, FIXTURES), 'utf8');
}

export function writeSource(dir: string, catalogue: Catalogue, name = 'source.json'): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ schema: CATALOGUE_SCHEMA, ...catalogue }));
  return path;
}

/** Publishes `catalogue` as the next version of the feed in `out`. */
export async function publish(
  out: string,
  catalogue: Catalogue,
  options: Partial<PublishOptions> = {},
): Promise<Awaited<ReturnType<typeof publishFeed>>> {
  const source = writeSource(mkdtempSync(join(tmpdir(), 'src-')), catalogue);
  return publishFeed({ source, key: devKey(), out, ...options });
}

/** A database holding a small bundled catalogue (version 0) and some user data. */
export function bundledDb(path: string, catalogue: Catalogue = syntheticCatalogue(30)): Db {
  const db = openDatabase(path);
  replaceCatalogue(db, catalogue, { version: 0, source: 'bundled', sha256: 'b'.repeat(64) });
  createShortlist(db, 'Fair Brno');
  addToShortlist(db, 'Fair Brno', ['org-1', 'org-2', 'org-25']);
  setNote(db, 'org-2', 'Met at the stand, call back in May — Žilina office.');
  setSetting(db, 'locale', 'sk');
  return db;
}

/** Every row of every user table, as text: equal dumps mean untouched user data. */
export function dumpUserData(db: Db): string {
  return ['shortlist', 'shortlist_item', 'note', 'setting']
    .map((t) => `${t}:${JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())}`)
    .join('\n');
}

/** Organisation count, catalogue_meta version and a checksum of the data. */
export function catalogueFingerprint(db: Db): { version: number; orgs: number; sum: string } {
  const meta = db.prepare('SELECT version FROM catalogue_meta').pluck().get() as number | undefined;
  const rows = db.prepare('SELECT id, name FROM organisation ORDER BY id').raw().all();
  const fts = db.prepare('SELECT count(*) FROM organisation_fts').pluck().get() as number;
  return {
    version: meta ?? -1,
    orgs: rows.length,
    sum: `${createHash('sha256').update(JSON.stringify(rows)).digest('hex')}:${fts}`,
  };
}

export type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface TestServer {
  url: string;
  requests: { url: string; headers: IncomingMessage['headers']; status?: number }[];
  close: () => Promise<void>;
}

/**
 * A static file server for `root` on 127.0.0.1 (port 0) with ETag and Last-Modified, like any
 * web host; `handler` may answer a request itself (faults) or call next() to serve the file.
 */
export async function serveFolder(root: string, handler?: Handler): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const entry: TestServer['requests'][number] = { url: req.url ?? '', headers: req.headers };
    requests.push(entry);
    const serve = () => {
      const path = join(
        root,
        normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)),
      );
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        entry.status = 404;
        res.writeHead(404).end('not found');
        return;
      }
      const etag = `"${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}"`;
      const modified = statSync(path).mtime.toUTCString();
      if (req.headers['if-none-match'] === etag) {
        entry.status = 304;
        res.writeHead(304, { etag }).end();
        return;
      }
      entry.status = 200;
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': bytes.length,
        etag,
        'last-modified': modified,
      });
      res.end(bytes);
    };
    if (handler) handler(req, res, serve);
    else serve();
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The ShareError code sharing `db` into `out` fails with (undefined when it succeeds). */
export async function shareCode(db: Db, out: string): Promise<string | undefined> {
  try {
    await shareCatalogue(db, out);
  } catch (error) {
    if (error instanceof ShareError) return error.code;
    throw error;
  }
  return undefined;
}

/** Runs `fn` on a copy of `db` written to `path` (VACUUM INTO), and closes the copy after it. */
export async function withCopy(
  db: Db,
  path: string,
  fn: (copy: Db) => Promise<void>,
): Promise<void> {
  db.prepare('VACUUM INTO ?').run(path);
  const copy = openDatabase(path);
  try {
    await fn(copy);
  } finally {
    copy.close();
  }
}
