/**
 * From the network, the feed address cannot reach the server's own disk. Web mode bound to
 * 0.0.0.0 once answered a folder feed address with what a sync found there ("/etc/feed.json
 * does not exist", "/dev/zero is not a file", "feed.json is not a signed index"): a map of the
 * server's file system for anyone with the address. Now every address that is not https:// is
 * refused with LOCAL_FEED_ONLY, the same bytes whatever the path, and nothing is stored or read.
 * On loopback (and in the desktop app) folders work as before.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../db/connection';
import { setSetting } from '../../../../db/user-data/settings';
import { call, startHarness, type Harness, type RawResponse } from './fixture';

const DEFAULT_FEED = 'http://127.0.0.1:9/feed.json';

let net: Harness;
let local: Harness;

beforeAll(async () => {
  net = await startHarness({ host: '0.0.0.0' });
  local = await startHarness();
});
afterAll(async () => {
  await net.close();
  await local.close();
});

/** A call to the network-bound server, from 127.0.0.1 with its token (as a remote user would). */
const fromNetwork = (method: string, args: unknown) =>
  call(net.web.port, method, args, { 'x-catalogue-token': net.web.token ?? '' });

const answer = (res: RawResponse) => ({ status: res.status, body: res.body });

/** Addresses on the server's own computer: system folders, devices, file: URLs, a missing path. */
const addressesOnTheServer = () => [
  '/etc',
  '/dev/zero',
  'file:///etc/passwd',
  join(net.dir, 'no-such-folder'),
  net.dir, // exists, holds the database
  'C:\\Windows\\System32',
  '\\\\fileserver\\share',
  'http://127.0.0.1:22/',
  'http://localhost/feed.json',
];

/** Stores a feed address in the server's database, as the desktop app sharing it would. */
function storeFeedAddress(address: string | undefined): void {
  const db = openDatabase(net.dbPath);
  try {
    setSetting(db, 'feedUrl', address);
  } finally {
    db.close();
  }
}

describe('from the network', () => {
  it('setSettings refuses every address on the server with one identical answer', async () => {
    const answers = [];
    for (const feedUrl of addressesOnTheServer()) {
      answers.push(answer(await fromNetwork('setSettings', { feedUrl })));
    }
    const first = answers[0];
    expect(first?.status).toBe(403);
    expect(JSON.parse(first?.body ?? '{}')).toMatchObject({
      ok: false,
      error: { code: 'LOCAL_FEED_ONLY', message: expect.stringMatching(/https:\/\//) as unknown },
    });
    for (const other of answers) expect(other).toEqual(first);
  });

  it('whatever the path, the answer is the same bytes', async () => {
    const reference = answer(await fromNetwork('setSettings', { feedUrl: '/etc' }));
    const path = fc
      .string({ unit: 'grapheme', maxLength: 60 })
      .map((s) => `/${s}`)
      .filter((p) => p.trim() !== '');
    await fc.assert(
      fc.asyncProperty(path, async (feedUrl) => {
        expect(answer(await fromNetwork('setSettings', { feedUrl }))).toEqual(reference);
      }),
      { numRuns: 100 },
    );
  });

  it('a refused patch changes nothing, not even the other settings in it', async () => {
    await fromNetwork('setSettings', { feedUrl: '/etc', theme: 'dark', language: 'de' });
    const settings = (await fromNetwork('getSettings', {})).json();
    expect(settings).toMatchObject({
      value: { feedUrl: DEFAULT_FEED, theme: 'system', language: 'system' },
    });
  });

  it('accepts an https:// address, and the built-in address the server was started with', async () => {
    const https = await fromNetwork('setSettings', { feedUrl: 'https://feed.example.org/' });
    expect(https.json()).toMatchObject({
      ok: true,
      value: { feedUrl: 'https://feed.example.org/' },
    });
    const reset = await fromNetwork('setSettings', { feedUrl: DEFAULT_FEED });
    expect(reset.json()).toMatchObject({ ok: true, value: { feedUrl: DEFAULT_FEED } });
  });

  it('syncNow does not read a stored address on the server: the same refusal, nothing logged', async () => {
    const answers = [];
    for (const address of addressesOnTheServer()) {
      storeFeedAddress(address);
      answers.push(answer(await fromNetwork('syncNow', {})));
    }
    storeFeedAddress(undefined);
    const first = answers[0];
    expect(first?.status).toBe(403);
    expect(JSON.parse(first?.body ?? '{}')).toMatchObject({ error: { code: 'LOCAL_FEED_ONLY' } });
    for (const other of answers) expect(other).toEqual(first);
    const status = (await fromNetwork('syncStatus', {})).json();
    expect(status).toMatchObject({ value: { lastCheck: null, lastError: null } });
  });

  it('databaseInfo, which names the server’s paths, is answered only on the server’s computer', async () => {
    const res = await fromNetwork('databaseInfo', {});
    expect(res.status).toBe(403);
    expect(res.body).not.toContain(net.dir);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('on this computer (bound to loopback)', () => {
  it('a folder that does not exist is refused with its name, and nothing is stored', async () => {
    const port = local.web.port;
    for (const feedUrl of [
      join(local.dir, 'no-such-folder'),
      `file://${join(local.dir, 'no-such-folder')}`,
      join(local.dir, 'no-such-folder', 'feed.json'),
    ]) {
      const set = await call(port, 'setSettings', { feedUrl, theme: 'dark' });
      expect(set.json(), feedUrl).toMatchObject({
        ok: false,
        error: {
          code: 'NOT_FOUND',
          message: expect.stringContaining(join(local.dir, 'no-such-folder')) as unknown,
        },
      });
    }
    const settings = (await call(port, 'getSettings', {})).json();
    expect(settings).toMatchObject({ value: { feedUrl: DEFAULT_FEED, theme: 'system' } });
  });

  it('a folder feed address is accepted and read, as before', async () => {
    const port = local.web.port;
    const folder = join(local.dir, 'empty-stick');
    mkdirSync(folder);
    const set = await call(port, 'setSettings', { feedUrl: folder });
    expect(set.json()).toMatchObject({ ok: true });
    const sync = (await call(port, 'syncNow', {})).json();
    expect(sync).toMatchObject({
      ok: true,
      value: {
        status: 'failed',
        error: { code: 'NETWORK', message: expect.stringMatching(/does not exist/) as unknown },
      },
    });
  });
});
