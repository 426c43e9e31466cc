/**
 * "Sync now" through web mode: progress arrives as server-sent events, the new catalogue is
 * searchable at once, the user's data is intact, and a tampered feed is refused with its code
 * while the old catalogue keeps working.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, loadPrivateKey } from '../../../../feed/keys';
import { publishFeed } from '../../../../feed/publish';
import { call, CATALOGUE, listen, startHarness, type Harness } from './fixture';

let h: Harness;
let port: number;
let feedDir: string;

beforeAll(async () => {
  feedDir = mkdtempSync(join(tmpdir(), 'mcc-api-feed-'));
  const keys = generateKeyPair();
  const source = join(feedDir, 'source.json');
  writeFileSync(
    source,
    JSON.stringify({
      schema: 'metacluster-catalogue/1',
      organisations: [
        ...CATALOGUE.organisations,
        { id: 'hu-new', kind: 'research', name: 'Győr Testing Lab', country: 'HU' },
      ],
      // A published catalogue is complete: no organiser outside it.
      events: CATALOGUE.events.map((e) => ({
        ...e,
        organisers: e.organisers.filter((o) => o !== 'gone-org'),
      })),
    }),
  );
  const out = join(feedDir, 'feed');
  await publishFeed({ source, key: loadPrivateKey(keys.privatePem), out });
  h = await startHarness({ feed: { defaultUrl: out, trust: [keys.publicPem] } });
  port = h.web.port;
});
afterAll(async () => {
  await h.close();
  rmSync(feedDir, { recursive: true, force: true });
});

const value = async (method: string, args: unknown = {}) =>
  ((await call(port, method, args)).json() as { value: Record<string, unknown> }).value;

describe('syncNow in web mode', () => {
  it('streams progress, applies the update and keeps the user data', async () => {
    await call(port, 'createShortlist', { name: 'Fair' });
    await call(port, 'addToShortlist', { name: 'Fair', ids: ['sk-spa'] });
    await call(port, 'setNote', { id: 'sk-spa', text: 'Ask about the spa tour' });
    const sse = await listen(port);
    expect(sse.res.headers['content-type']).toBe('text/event-stream; charset=utf-8');

    const outcome = await value('syncNow');
    expect(outcome).toMatchObject({ status: 'updated', fromVersion: 0, version: 1 });
    await new Promise((r) => setTimeout(r, 50)); // let the last events cross the socket
    sse.res.destroy();

    const phases = sse.messages
      .filter((m) => m.event === 'sync-progress')
      .map((m) => (m.data as { phase: string }).phase);
    expect(phases).toContain('apply');
    expect(phases.at(-1)).toBe('done');
    expect(sse.messages.filter((m) => m.event === 'sync-finished')).toMatchObject([
      { data: { status: 'updated', version: 1, automatic: false } },
    ]);
    // The status went out as it changed: syncing, then up to date at version 1.
    const states = sse.messages
      .filter((m) => m.event === 'update-status')
      .map((m) => m.data as { syncing: boolean; state: string; version: number });
    expect(states[0]).toMatchObject({ syncing: true });
    expect(states.at(-1)).toMatchObject({ syncing: false, state: 'up-to-date', version: 1 });

    const found = await value('search', { text: 'gyor' });
    expect((found.results as { id: string }[]).map((r) => r.id)).toEqual(['hu-new']);
    expect(await value('shortlistItems', { name: 'Fair' })).toMatchObject({
      items: [{ id: 'sk-spa', removed: false }],
    });
    expect(await value('getNote', { id: 'sk-spa' })).toMatchObject({
      text: 'Ask about the spa tour',
    });
    expect(await value('syncStatus')).toMatchObject({
      version: 1,
      source: 'feed',
      lastError: null,
      syncing: false,
    });
  });

  it('a tampered feed is refused with BAD_SIGNATURE and the catalogue keeps working', async () => {
    const feedJson = join(feedDir, 'feed', 'feed.json');
    const signed = JSON.parse(readFileSync(feedJson, 'utf8')) as { signed: string };
    const meta = JSON.parse(Buffer.from(signed.signed, 'base64').toString('utf8')) as {
      version: number;
    };
    meta.version = 99;
    signed.signed = Buffer.from(JSON.stringify(meta)).toString('base64');
    writeFileSync(feedJson, JSON.stringify(signed));

    const outcome = await value('syncNow');
    expect(outcome).toMatchObject({
      status: 'rejected',
      version: 1,
      error: { code: 'BAD_SIGNATURE' },
    });
    // The status says where that attempt went and that it got an answer: the UI words a
    // refusal by a reachable feed differently from "offline".
    expect(await value('syncStatus')).toMatchObject({
      version: 1,
      state: 'refused',
      lastError: {
        code: 'BAD_SIGNATURE',
        feed: expect.stringContaining(join(feedDir, 'feed')) as unknown,
        unreachable: false,
      },
    });
    expect(await value('search', { text: 'piestany' })).toMatchObject({ total: 1 });
  });

  it('a folder that is not there is reported as the folder it was, not as offline', async () => {
    const missing = join(feedDir, 'usb-stick-not-plugged-in');
    const outcome = await value('syncFromFolder', { folder: missing });
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'NETWORK' } });
    expect(await value('syncStatus')).toMatchObject({
      state: 'refused',
      lastError: { feed: expect.stringContaining(missing) as unknown, unreachable: false },
    });
  });
});
