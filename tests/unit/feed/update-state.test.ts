/**
 * The status people see (#13 point 2): up to date, offline (only when the feed could not be
 * reached at all), out of date (the held version's signed expiry passed, no newer version),
 * refused (the host answered with something wrong, a 404 included), or not checked yet.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/sqlite';
import { logSync } from '../../../db/user-data/sync-log';
import { syncFeed } from '../../../feed/sync';
import { updateStatus } from '../../../feed/update-state';
import { bundledDb, devPublicPem, publish, serveFolder, tempDir, type TestServer } from './helpers';
import { syntheticCatalogue } from './synthetic';

const trust = [devPublicPem()];

/** An address on this computer where nothing listens (connection refused). */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  return `http://127.0.0.1:${port}/`;
}

describe('the update status', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: TestServer;
  let db: Db;
  let expires: string;

  beforeAll(async () => {
    dir = tempDir('state-');
    const published = await publish(join(dir.path, 'feed'), syntheticCatalogue(20), {
      expiresIn: '2d',
    });
    expires = published.expires;
    server = await serveFolder(join(dir.path, 'feed'));
    db = bundledDb(join(dir.path, 'app.sqlite'));
  });
  afterAll(async () => {
    await server.close();
    db.close();
    dir.remove();
  });

  it('walks through every state as a user would meet them', async () => {
    expect(updateStatus(db).state).toBe('never-checked');

    // No network: offline, saying when the next try is.
    const nowhere = await closedPort();
    const failed = await syncFeed({ db, feed: nowhere, trust });
    expect(failed).toMatchObject({
      status: 'failed',
      error: { code: 'NETWORK' },
      unreachable: true,
    });
    const next = Date.now() + 60_000;
    const offline = updateStatus(db, { nextCheckAt: next });
    expect(offline).toMatchObject({
      state: 'offline',
      version: 0,
      nextCheck: new Date(next).toISOString(),
      error: { code: 'NETWORK' },
    });

    // The host answers 404: that is no offline, the address is wrong.
    const missing = await syncFeed({ db, feed: `${server.url}nothing-here/`, trust });
    expect(missing).toMatchObject({ status: 'failed', error: { code: 'NETWORK' } });
    expect(missing.unreachable).toBeUndefined();
    expect(updateStatus(db)).toMatchObject({ state: 'refused', error: { code: 'NETWORK' } });

    // A feed signed by a key the app does not trust: refused, with the code.
    const stranger = await syncFeed({ db, feed: server.url, trust: [devPublicPem('dev-backup')] });
    expect(stranger.error?.code).toBe('BAD_SIGNATURE');
    expect(updateStatus(db)).toMatchObject({ state: 'refused', error: { code: 'BAD_SIGNATURE' } });

    // The feed: up to date.
    expect((await syncFeed({ db, feed: server.url, trust })).status).toBe('updated');
    expect(updateStatus(db)).toMatchObject({
      state: 'up-to-date',
      version: 1,
      error: null,
      expires,
    });

    // Three days later, nothing newer: out of date since the signed expiry, offline or not.
    const later = new Date(Date.parse(expires) + 86_400_000);
    expect(updateStatus(db, { now: later })).toMatchObject({
      state: 'out-of-date',
      outOfDateSince: expires,
    });
    const stale = await syncFeed({ db, feed: server.url, trust, now: () => later });
    expect(stale.error?.code).toBe('EXPIRED');
    expect(updateStatus(db, { now: later })).toMatchObject({ state: 'out-of-date' });
    await syncFeed({ db, feed: nowhere, trust, now: () => later });
    expect(updateStatus(db, { now: later })).toMatchObject({ state: 'out-of-date' });
    // But a refusal that needs someone to act comes first.
    logSync(db, {
      feed: 'x',
      status: 'rejected',
      errorCode: 'WRONG_CHANNEL',
      errorMessage: 'other',
    });
    expect(updateStatus(db, { now: later })).toMatchObject({
      state: 'refused',
      error: { code: 'WRONG_CHANNEL' },
    });
  });
});
