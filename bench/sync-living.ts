/**
 * The rows of `npm run bench -- sync` for a living catalogue (#13 point 6):
 * - an idle check of an unchanged feed over HTTP on loopback: requests, bytes on the wire and
 *   time per check — goal one request, ≤ 2 KB, ≤ 50 ms;
 * - recording a sync's change set (its details from the change plan, and the rows) against the
 *   delta apply that records it — goal ≤ 10%;
 * - sharing a catalogue (copying the snapshot kept at its sync, proving the copy by the signed
 *   hash, writing the folder) against copying the snapshot file — goal ≤ 2×.
 */
import { copyFileSync, closeSync, fsyncSync, openSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { CATALOGUE_SCHEMA, type Catalogue } from '../catalogue-format/schema';
import { replaceCatalogue, type ChangeSet } from '../db/catalogue-store';
import { openDatabase } from '../db/connection';
import { detailsOfPlan } from '../db/store/change-details';
import { planChanges } from '../db/store/change-plan';
import { CatalogueWriter } from '../db/store/write';
import { recordChangeSet } from '../db/user-data/change-sets';
import { FEED_SCHEMA, type FeedMetadata } from '../feed/format';
import { publishFeed } from '../feed/publish';
import { shareCatalogue } from '../feed/share';
import { signIndex } from '../feed/sign';
import { syncFeed } from '../feed/sync';
import { ms, quantile, ratio } from './stats';

export type Row = [string, string, string, string, string];

/** A throwaway signing key for the bench's own feeds. */
export function benchKey(): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync('ed25519');
}

/** The signed index of `version` naming `snapshot`, as `catalogue publish` would sign it. */
export function signedIndexFor(snapshot: Buffer, version: number, key: KeyObject): Buffer {
  const now = Date.now();
  const metadata: FeedMetadata = {
    schema: FEED_SCHEMA,
    channel: 'stable',
    version,
    issued: new Date(now).toISOString(),
    expires: new Date(now + 30 * 86_400_000).toISOString(),
    snapshot: {
      path: `snapshots/${version}.json`,
      length: snapshot.length,
      sha256: createHash('sha256').update(snapshot).digest('hex'),
    },
    deltas: [],
  };
  return Buffer.from(signIndex(Buffer.from(JSON.stringify(metadata, null, 2)), [key]));
}

/** A static host for `root` with ETag/304, counting requests and bytes both ways. */
async function countingHost(root: string) {
  const stats = { requests: 0, bytes: 0 };
  const server: Server = createServer((req, res) => {
    stats.requests++;
    const bytes = readFileSync(join(root, new URL(req.url ?? '/', 'http://x').pathname));
    const etag = `"${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) res.writeHead(304, { etag }).end();
    else res.writeHead(200, { etag, 'content-length': bytes.length }).end(bytes);
  });
  server.on('connection', (socket: Socket) => {
    socket.on('close', () => {
      stats.bytes += socket.bytesRead + socket.bytesWritten;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stats,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}

/** Idle checks of an unchanged feed (after one sync that applied it). */
export async function idleCheckRow(dir: string, catalogue: Catalogue, checks = 50): Promise<Row> {
  const key = benchKey();
  const source = join(dir, 'idle-source.json');
  writeFileSync(source, JSON.stringify({ schema: CATALOGUE_SCHEMA, ...catalogue }));
  const feed = join(dir, 'idle-feed');
  await publishFeed({ source, key: key.privateKey, out: feed });
  const host = await countingHost(feed);
  const dbPath = join(dir, 'idle.sqlite');
  const db = openDatabase(dbPath);
  try {
    replaceCatalogue(db, { organisations: [], events: [] }, { version: 0, source: 'bundled' });
    const sync = () => syncFeed({ db, feed: host.url, trust: [key.publicKey] });
    if ((await sync()).status !== 'updated') throw new Error('idle check: first sync failed');
    const times: number[] = [];
    const before = { ...host.stats };
    for (let i = 0; i < checks; i++) {
      const start = performance.now();
      const outcome = await sync();
      times.push(performance.now() - start);
      if (outcome.status !== 'up-to-date') throw new Error(`idle check: ${outcome.status}`);
    }
    // Sockets close just after the answer: give them a moment to be counted.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const requests = (host.stats.requests - before.requests) / checks;
    const bytes = (host.stats.bytes - before.bytes) / checks;
    return [
      `idle check of an unchanged feed over HTTP (${checks} checks, loopback): requests, bytes, p50 / p95`,
      `${requests} req, ${Math.round(bytes)} B, ${ms(quantile(times, 0.5))} / ${ms(quantile(times, 0.95))}`,
      '',
      '',
      '1 req, ≤ 2 KB, ≤ 50 ms',
    ];
  } finally {
    db.close();
    await host.close();
  }
}

/**
 * What recording a delta's change set adds to its apply: the details from the change plan and
 * the rows, timed inside a transaction on the database the delta applies to, then rolled back.
 */
export function recordingMs(dbPath: string, changes: ChangeSet, runs = 3): number {
  const db = openDatabase(dbPath);
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const writer = new CatalogueWriter(db);
        const plan = planChanges(db, changes, (id) => writer.rid(id));
        const start = performance.now();
        recordChangeSet(db, {
          fromVersion: 1,
          version: 2,
          payload: 'delta',
          details: detailsOfPlan(plan),
        });
        times.push(performance.now() - start);
      } finally {
        db.exec('ROLLBACK');
      }
    }
    return quantile(times, 0.5);
  } finally {
    db.close();
  }
}

export function recordingRow(changes: number, recordMs: number, deltaMs: number): Row {
  return [
    `  of which: recording its change set (${changes} changes: details + rows), median of 3`,
    ms(recordMs),
    `delta apply ${ms(deltaMs)}`,
    `${((100 * recordMs) / deltaMs).toFixed(1)}%`,
    '≤ 10%',
  ];
}

/**
 * Sharing the catalogue `dbPath` holds (after a snapshot sync: its kept snapshot is copied and
 * proved) against copying its snapshot file (both fsync'd).
 */
export async function shareRow(
  dir: string,
  dbPath: string,
  snapshot: Buffer,
  orgs: number,
): Promise<Row> {
  const file = join(dir, 'share-snapshot.json');
  writeFileSync(file, snapshot);
  const copy = join(dir, 'share-copy.json');
  let start = performance.now();
  copyFileSync(file, copy);
  const fd = openSync(copy, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  const copyMs = performance.now() - start;
  const db = openDatabase(dbPath);
  try {
    start = performance.now();
    await shareCatalogue(db, join(dir, 'shared'));
    const shareMs = performance.now() - start;
    return [
      `share, ${orgs.toLocaleString('en')} orgs (copy the kept snapshot, prove its sha256, write)`,
      ms(shareMs),
      `copy of the ${(snapshot.length / 1e6).toFixed(0)} MB snapshot ${ms(copyMs)}`,
      ratio(shareMs / copyMs),
      '≤ 2×',
    ];
  } finally {
    db.close();
  }
}
