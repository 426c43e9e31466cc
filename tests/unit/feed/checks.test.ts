/**
 * Every refusal code of the sync, each against a real feed (folder or HTTP on 127.0.0.1): the
 * outcome names the code, the sync log records it, and the database — catalogue and user data
 * — is exactly as it was.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/sqlite';
import { lastSync } from '../../../db/user-data/sync-log';
import { syncFeed, type SyncOptions, type SyncOutcome } from '../../../feed/sync';
import { craftFeed } from './craft';
import {
  bundledDb,
  catalogueFingerprint,
  devKey,
  devPublicPem,
  dumpUserData,
  serveFolder,
  tempDir,
  type Handler,
  type TestServer,
} from './helpers';
import { syntheticCatalogue } from './synthetic';

let dir: ReturnType<typeof tempDir>;
let db: Db;
let feed: string;
let before: { data: ReturnType<typeof catalogueFingerprint>; user: string };

beforeAll(() => {
  dir = tempDir('feed-checks-');
  db = bundledDb(join(dir.path, 'app.sqlite'));
  before = { data: catalogueFingerprint(db), user: dumpUserData(db) };
});
afterAll(() => {
  db.close();
  dir.remove();
});
let n = 0;
beforeEach(() => {
  feed = join(dir.path, `feed-${++n}`);
});

function sync(location: string, options: Partial<SyncOptions> = {}): Promise<SyncOutcome> {
  return syncFeed({ db, feed: location, trust: [devPublicPem()], timeoutMs: 5000, ...options });
}

/** The sync was refused with `code` and nothing changed. */
function expectRefused(outcome: SyncOutcome, code: string): void {
  expect(outcome.error?.code).toBe(code);
  expect(outcome.status).toBe(
    ['NO_TRUSTED_KEY', 'TIMEOUT', 'NETWORK'].includes(code) ? 'failed' : 'rejected',
  );
  expect(outcome).toMatchObject({
    from_version: 0,
    version: 0,
    changes: { added: 0, changed: 0, removed: 0 },
  });
  expect(lastSync(db)).toMatchObject({ status: outcome.status, errorCode: code });
  expect(catalogueFingerprint(db)).toEqual(before.data);
  expect(dumpUserData(db)).toBe(before.user);
}

async function withServer(
  root: string,
  handler: Handler | undefined,
  fn: (s: TestServer) => Promise<void>,
) {
  const server = await serveFolder(root, handler);
  try {
    await fn(server);
  } finally {
    await server.close();
  }
}

/** Serves the test's feed through `handler`: the sync (with `options`) is refused with `code`. */
async function expectServedRefusal(
  handler: Handler,
  code: string,
  options?: Partial<SyncOptions>,
): Promise<void> {
  await withServer(feed, handler, async (server) => {
    expectRefused(await sync(server.url, options), code);
  });
}

/** Answers the request for the snapshot with `answer`, and the rest of the feed as it is. */
function onSnapshot(answer: (res: ServerResponse) => void): Handler {
  return (req, res, next) => {
    if (req.url?.startsWith('/snapshots/')) answer(res);
    else next();
  };
}

describe('NO_TRUSTED_KEY: an app that trusts no key', () => {
  it('fetches nothing and says so in one sentence, whatever the feed holds', async () => {
    craftFeed(feed);
    await withServer(feed, undefined, async (server) => {
      const outcome = await sync(server.url, { trust: [] });
      expectRefused(outcome, 'NO_TRUSTED_KEY');
      expect(outcome.error?.message).toBe(
        'This app trusts no signing key, so no update can be accepted and nothing was fetched.',
      );
      expect(server.requests).toEqual([]);
    });
  });
});

describe('TOO_LARGE: bytes are counted against caps', () => {
  it('refuses a feed.json over 64 KiB', async () => {
    craftFeed(feed, { meta: { padding: 'x'.repeat(70 * 1024) } });
    expectRefused(await sync(feed), 'TOO_LARGE');
  });

  it('refuses a payload announced larger than the payload cap, before downloading it', async () => {
    craftFeed(feed);
    expectRefused(await sync(feed, { maxPayloadBytes: 100 }), 'TOO_LARGE');
  });

  it('stops a gzip bomb at the cap instead of inflating it', async () => {
    craftFeed(feed);
    const bomb = gzipSync(Buffer.alloc(32 * 1024 * 1024));
    await expectServedRefusal(
      onSnapshot((res) => {
        res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': bomb.length }).end(bomb);
      }),
      'TOO_LARGE',
    );
  });

  it('refuses a Content-Length over the cap without reading the body', async () => {
    craftFeed(feed);
    await expectServedRefusal((_req, res) => {
      res.writeHead(200, { 'content-length': 1024 * 1024 * 1024 });
      res.write('{');
    }, 'TOO_LARGE');
  });
});

describe('BAD_SIGNATURE', () => {
  it('refuses an index signed by a key the app does not trust', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    craftFeed(feed, { keys: [privateKey] });
    expectRefused(await sync(feed), 'BAD_SIGNATURE');
  });

  it('refuses an index whose signed bytes were changed', async () => {
    craftFeed(feed);
    const index = JSON.parse(readFileSync(join(feed, 'feed.json'), 'utf8')) as { signed: string };
    const metadata = Buffer.from(index.signed, 'base64')
      .toString()
      .replace('"version":1', '"version":9');
    index.signed = Buffer.from(metadata).toString('base64');
    writeFileSync(join(feed, 'feed.json'), JSON.stringify(index));
    expectRefused(await sync(feed), 'BAD_SIGNATURE');
  });

  it('refuses a feed.json that is not a signed index at all', async () => {
    craftFeed(feed);
    writeFileSync(join(feed, 'feed.json'), '{"schema":"metacluster-feed/1","version":99}');
    expectRefused(await sync(feed), 'BAD_SIGNATURE');
  });

  it('accepts the backup key alone (threshold: one trusted signature)', async () => {
    craftFeed(feed, { keys: [devKey('dev-backup')], meta: { channel: 'other' } });
    // Signature accepted: the next check (channel) is the one that fails.
    const outcome = await sync(feed, { trust: [devPublicPem(), devPublicPem('dev-backup')] });
    expect(outcome.error?.code).toBe('WRONG_CHANNEL');
  });
});

describe('WRONG_CHANNEL, ROLLBACK, EXPIRED', () => {
  it('refuses another channel', async () => {
    craftFeed(feed, { meta: { channel: 'beta' } });
    expectRefused(await sync(feed), 'WRONG_CHANNEL');
  });

  it('refuses an expired index', async () => {
    craftFeed(feed, { meta: { issued: '2026-01-01T00:00:00Z', expires: '2026-01-31T00:00:00Z' } });
    expectRefused(await sync(feed), 'EXPIRED');
  });
});

describe('HASH_MISMATCH', () => {
  it('refuses a snapshot whose bytes differ from the signed sha256', async () => {
    craftFeed(feed);
    const path = join(feed, 'snapshots', '1.json');
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace('Organisation', 'Organisatiox')
        .replace('"org-1"', '"org-X"'),
    );
    expectRefused(await sync(feed), 'HASH_MISMATCH');
  });

  it('refuses a snapshot shorter than the signed length', async () => {
    craftFeed(feed);
    const path = join(feed, 'snapshots', '1.json');
    writeFileSync(path, readFileSync(path).subarray(0, 100));
    expectRefused(await sync(feed), 'HASH_MISMATCH');
  });

  it('refuses a body cut short by a false (too small) Content-Length', async () => {
    craftFeed(feed);
    const snapshot = readFileSync(join(feed, 'snapshots', '1.json'));
    await expectServedRefusal(
      onSnapshot((res) => {
        res.writeHead(200, { 'content-length': 50 }).end(snapshot.subarray(0, 50));
      }),
      'HASH_MISMATCH',
    );
  });
});

describe('INVALID_FEED: signed, but breaking the format or the catalogue rules', () => {
  it('refuses signed metadata with a field the format does not have', async () => {
    craftFeed(feed, { meta: { mirror: 'https://elsewhere.example' } });
    expectRefused(await sync(feed), 'INVALID_FEED');
  });

  it('refuses signed metadata pointing outside the feed folder', async () => {
    craftFeed(feed, {
      meta: { snapshot: { path: '../app.sqlite', length: 10, sha256: 'a'.repeat(64) } },
    });
    expectRefused(await sync(feed), 'INVALID_FEED');
  });

  it('refuses a correctly hashed snapshot that fails catalogue validation', async () => {
    const catalogue = syntheticCatalogue(12);
    const broken = {
      ...catalogue,
      organisations: catalogue.organisations.map((o, i) =>
        i === 3 ? { ...o, sectors: ['no-such-sector'] } : o,
      ),
    };
    craftFeed(feed, { catalogue: broken });
    const outcome = await sync(feed);
    expectRefused(outcome, 'INVALID_FEED');
    expect(outcome.error?.message).toMatch(/no-such-sector/);
  });
});

describe('TIMEOUT: an overall deadline', () => {
  it('gives up on a server that never answers', async () => {
    craftFeed(feed);
    await expectServedRefusal(() => undefined, 'TIMEOUT', { timeoutMs: 500 });
  });

  it('gives up on a server that drips a byte a second', async () => {
    craftFeed(feed);
    const timers: NodeJS.Timeout[] = [];
    await expectServedRefusal(
      (_req, res) => {
        // Answers at once, then one byte a second: progress, but never done in time.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{');
        timers.push(setInterval(() => res.write(' '), 1000));
      },
      'TIMEOUT',
      { timeoutMs: 500 },
    );
    timers.forEach(clearInterval);
  });
});

describe('NETWORK: connection problems and refused addresses', () => {
  it('reports a refused connection', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    expectRefused(await sync(`http://127.0.0.1:${port}/`), 'NETWORK');
  });

  it('reports a connection reset', async () => {
    craftFeed(feed);
    await expectServedRefusal((req) => req.socket.destroy(), 'NETWORK');
  });

  it('reports a body cut short (fewer bytes than its Content-Length)', async () => {
    craftFeed(feed);
    const snapshot = readFileSync(join(feed, 'snapshots', '1.json'));
    await expectServedRefusal(
      onSnapshot((res) => {
        res.writeHead(200, { 'content-length': snapshot.length });
        res.write(snapshot.subarray(0, 40), () => res.socket?.destroy());
      }),
      'NETWORK',
    );
  });

  it('reports a missing feed (HTTP 404, or no feed.json in the folder)', async () => {
    craftFeed(feed);
    await expectServedRefusal((_req, res) => res.writeHead(404).end(), 'NETWORK');
    expectRefused(await sync(join(dir.path, 'no-such-folder')), 'NETWORK');
  });

  it('refuses plain http to another computer without sending anything', async () => {
    expectRefused(await sync('http://catalogue.example.org/feed/'), 'NETWORK');
  });

  it('refuses a redirect to plain http and stops after 5 redirects', async () => {
    craftFeed(feed);
    await withServer(
      feed,
      (_req, res) =>
        res.writeHead(302, { location: 'http://catalogue.example.org/feed.json' }).end(),
      async (server) => {
        const outcome = await sync(server.url);
        expectRefused(outcome, 'NETWORK');
        expect(outcome.error?.message).toMatch(/redirect/);
      },
    );
    await withServer(
      feed,
      (req, res) => res.writeHead(302, { location: `${req.url ?? '/'}x` }).end(),
      async (server) => {
        const outcome = await sync(server.url);
        expectRefused(outcome, 'NETWORK');
        expect(outcome.error?.message).toMatch(/more than 5 redirects/);
        expect(server.requests).toHaveLength(6);
      },
    );
  });
});
