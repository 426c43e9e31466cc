/**
 * A living catalogue through web mode (#13): What's new per sync, a shortlist's flags, a
 * withdrawn organisation's last known details, sharing the catalogue as a signed folder and
 * updating a second app from it, the same refused from the network, and the automatic first
 * check after start.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTaxonomy } from '../../../../db/taxonomy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devPublicPem, publish, tempDir } from '../../feed/helpers';
import { syntheticCatalogue } from '../../feed/synthetic';
import { call, listen, startHarness, type Harness } from './fixture';

let dir: ReturnType<typeof tempDir>;
let h: Harness;
const feedDir = () => join(dir.path, 'feed');
const trust = [devPublicPem()];

const value = async (harness: Harness, method: string, args: unknown = {}) => {
  const body = (await call(harness.web.port, method, args)).json() as {
    ok: boolean;
    value: Record<string, unknown>;
    error?: { code: string };
  };
  if (!body.ok) throw new Error(`${method}: ${body.error?.code ?? '?'}`);
  return body.value;
};

beforeAll(async () => {
  dir = tempDir('api-updates-');
  await publish(feedDir(), syntheticCatalogue(40));
  h = await startHarness({ feed: { defaultUrl: feedDir(), trust } });
  expect(await value(h, 'syncNow')).toMatchObject({ status: 'updated', version: 1 });
  await value(h, 'createShortlist', { name: 'Fair' });
  await value(h, 'addToShortlist', { name: 'Fair', ids: ['org-5', 'org-39', 'org-7'] });
  // Version 2: every 5th organisation renamed, org-39 withdrawn.
  await publish(feedDir(), syntheticCatalogue(39, { revision: 1, changeEvery: 5 }));
  expect(await value(h, 'syncNow')).toMatchObject({ status: 'updated', version: 2 });
});
afterAll(async () => {
  await h.close();
  dir.remove();
});

describe("What's new in web mode", () => {
  it('lists each sync’s change set, newest first, and since a version', async () => {
    const { changeSets } = (await value(h, 'listChanges')) as {
      changeSets: {
        version: number;
        payload: string;
        organisations: { changed: { id: string; fields: string[] }[]; removed: { id: string }[] };
      }[];
    };
    expect(changeSets.map((s) => [s.version, s.payload])).toEqual([
      [2, 'delta'],
      [1, 'snapshot'],
    ]);
    expect(changeSets[0]?.organisations.removed.map((r) => r.id)).toEqual(['org-39']);
    expect(changeSets[0]?.organisations.changed.find((c) => c.id === 'org-5')?.fields).toEqual([
      'name',
    ]);
    const since = (await value(h, 'listChanges', { sinceVersion: 1 })) as { changeSets: unknown[] };
    expect(since.changeSets).toHaveLength(1);
  });

  it('shows a withdrawn organisation with its last known details; one in the catalogue is not withdrawn', async () => {
    const before = syntheticCatalogue(40).organisations.find((o) => o.id === 'org-39');
    expect(await value(h, 'withdrawnOrganisation', { id: 'org-39' })).toMatchObject({
      id: 'org-39',
      name: before?.name,
      version: 2,
      last: { city: before?.city, email: before?.email, country: before?.country },
    });
    // Its country by name, in the asked language, as a profile shows it (not its code).
    const labels = loadTaxonomy().countries.find((c) => c.code === before?.country)?.labels;
    expect(labels?.de).not.toBe(labels?.en);
    expect(await value(h, 'withdrawnOrganisation', { id: 'org-39' })).toMatchObject({
      countryName: labels?.en,
    });
    expect(await value(h, 'withdrawnOrganisation', { id: 'org-39', locale: 'de' })).toMatchObject({
      countryName: labels?.de,
    });
    const present = (await call(h.web.port, 'withdrawnOrganisation', { id: 'org-5' })).json();
    expect(present).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('flags a shortlist’s changed and withdrawn organisations until it is opened', async () => {
    expect(await value(h, 'shortlistChanges', { name: 'Fair' })).toEqual({
      name: 'Fair',
      changed: [{ id: 'org-5', name: expect.stringMatching(/ r1$/) as string, fields: ['name'] }],
      withdrawn: [{ id: 'org-39', name: expect.any(String) as string }],
    });
    await value(h, 'markShortlistSeen', { name: 'Fair' });
    expect(await value(h, 'shortlistChanges', { name: 'Fair' })).toEqual({
      name: 'Fair',
      changed: [],
      withdrawn: [],
    });
  });
});

describe('passing the catalogue on in web mode', () => {
  it('shares to a folder, and a second app updates from it to the same version and hash', async () => {
    const out = join(dir.path, 'stick');
    expect(await value(h, 'shareCatalogue', { out })).toMatchObject({
      out,
      version: 2,
      files: ['snapshots/2.json', 'feed.json'],
    });
    const other = await startHarness({ feed: { defaultUrl: feedDir(), trust } });
    try {
      expect(await value(other, 'syncFromFolder', { folder: out })).toMatchObject({
        status: 'updated',
        fromVersion: 0,
        version: 2,
      });
      const info = async (x: Harness) =>
        ((await value(x, 'databaseInfo')) as { catalogue: { version: number; sha256: string } })
          .catalogue;
      const mine = await info(h);
      expect(await info(other)).toMatchObject({ version: mine.version, sha256: mine.sha256 });
    } finally {
      await other.close();
    }
  });

  it('a bundled or imported catalogue cannot be shared: one sentence, nothing written', async () => {
    const fresh = await startHarness({ feed: { defaultUrl: feedDir(), trust } });
    try {
      const out = join(dir.path, 'nothing');
      const res = await call(fresh.web.port, 'shareCatalogue', { out });
      expect(res.status).toBe(409);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'NOTHING_TO_SHARE' } });
      expect(existsSync(out)).toBe(false);
    } finally {
      await fresh.close();
    }
  });

  it('from the network, neither sharing nor a folder sync touches the server’s disk', async () => {
    const net = await startHarness({ host: '0.0.0.0', feed: { defaultUrl: feedDir(), trust } });
    try {
      const headers = { 'x-catalogue-token': net.web.token ?? '' };
      const out = join(dir.path, 'from-network');
      for (const [method, args] of [
        ['shareCatalogue', { out }],
        ['syncFromFolder', { folder: join(dir.path, 'stick') }],
      ] as const) {
        const res = await call(net.web.port, method, args, headers);
        expect(res.status, method).toBe(403);
        expect(res.json(), method).toMatchObject({ ok: false, error: { code: 'LOCAL_FEED_ONLY' } });
      }
      expect(existsSync(out)).toBe(false);
    } finally {
      await net.close();
    }
  });
});

describe('automatic updates in web mode', () => {
  it('checks by itself soon after start, pushing the outcome and the status', async () => {
    const auto = await startHarness({
      feed: { defaultUrl: feedDir(), trust },
      automaticUpdates: true,
      checkEvery: 60_000,
    });
    try {
      const sse = await listen(auto.web.port);
      const finished = await new Promise<Record<string, unknown>>((resolve) => {
        const poll = setInterval(() => {
          const done = sse.messages.find((m) => m.event === 'sync-finished');
          if (done) {
            clearInterval(poll);
            resolve(done.data as Record<string, unknown>);
          }
        }, 50);
      });
      sse.res.destroy();
      expect(finished).toMatchObject({ status: 'updated', version: 2, automatic: true });
      const status = await value(auto, 'syncStatus');
      expect(status).toMatchObject({ state: 'up-to-date', version: 2, checkEvery: '1m' });
      const next = Date.parse(String(status.nextCheck)) - Date.parse(String(status.lastCheck));
      expect(next).toBeGreaterThan(0.9 * 60_000 - 5_000);
      expect(next).toBeLessThan(1.1 * 60_000 + 5_000);
      expect(await value(auto, 'getSettings')).toMatchObject({
        updatesFixed: true,
        checkEvery: '1m',
      });
    } finally {
      await auto.close();
    }
  });
});
