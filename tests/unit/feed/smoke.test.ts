import { afterEach, describe, expect, it } from 'vitest';
import { syncFeed } from '../../../feed/sync';
import { syntheticCatalogue } from './synthetic';
import { bundledDb, devPublicPem, dumpUserData, publish, serveFolder, tempDir } from './helpers';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('smoke', () => {
  it('syncs a snapshot then a delta over http', async () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const feedDir = `${dir.path}/feed`;
    const db = bundledDb(`${dir.path}/db.sqlite`);
    cleanups.push(() => db.close());
    const before = dumpUserData(db);
    await publish(feedDir, syntheticCatalogue(40));
    const server = await serveFolder(feedDir);
    cleanups.push(server.close);
    const first = await syncFeed({ db, feed: server.url, trust: [devPublicPem()] });
    expect(first.error).toBeUndefined();
    expect(first).toMatchObject({ status: 'updated', from_version: 0, version: 1 });
    await publish(feedDir, syntheticCatalogue(40, { revision: 1 }));
    const second = await syncFeed({ db, feed: server.url, trust: [devPublicPem()] });
    expect(second).toMatchObject({
      status: 'updated',
      from_version: 1,
      version: 2,
      changes: { changed: 4 },
    });
    const third = await syncFeed({ db, feed: server.url, trust: [devPublicPem()] });
    expect(third.status).toBe('up-to-date');
    expect(server.requests.map((r) => `${r.url} ${r.status}`)).toEqual([
      '/feed.json 200',
      '/snapshots/1.json 200',
      '/feed.json 200',
      '/deltas/1-2.json 200',
      '/feed.json 304',
    ]);
    expect(dumpUserData(db)).toBe(before);
  });
});
