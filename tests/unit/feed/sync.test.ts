/**
 * The administrator publishes versions, the app syncs them: a bundled catalogue is replaced
 * by the first snapshot, later versions arrive as deltas, removals as tombstones, a version
 * too far behind falls back to the snapshot, an unchanged feed costs one 304, and the user's
 * shortlists, notes and settings never change.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/sqlite';
import { diffCatalogues, readMeta } from '../../../db/catalogue-store';
import { loadSearchData } from '../../../db/search/search-data';
import { searchTaxonomy } from '../../../db/search/taxonomy-lookup';
import { loadTaxonomy } from '../../../db/taxonomy';
import { shortlistItems } from '../../../db/user-data/shortlists';
import { syncStatus } from '../../../feed/status';
import { syncFeed, type SyncOutcome } from '../../../feed/sync';
import { craftFeed, feedDb } from './craft';
import {
  bundledDb,
  devPublicPem,
  dumpUserData,
  publish,
  serveFolder,
  tempDir,
  type TestServer,
} from './helpers';
import { syntheticCatalogue } from './synthetic';

describe('a feed published version after version', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Db;
  let server: TestServer;
  let userData: string;
  const feedDir = () => join(dir.path, 'feed');
  const sync = (now?: Date): Promise<SyncOutcome> =>
    syncFeed({ db, feed: server.url, trust: [devPublicPem()], ...(now ? { now: () => now } : {}) });
  const requested = () => server.requests.splice(0).map((r) => `${r.url} ${r.status ?? ''}`);
  const orgs = () => db.prepare('SELECT count(*) FROM organisation').pluck().get() as number;

  beforeAll(async () => {
    dir = tempDir('feed-sync-');
    db = bundledDb(join(dir.path, 'app.sqlite'));
    userData = dumpUserData(db);
    await publish(feedDir(), syntheticCatalogue(1500));
    server = await serveFolder(feedDir());
  });
  afterAll(async () => {
    await server.close();
    db.close();
    dir.remove();
  });

  it('replaces the bundled catalogue with the first snapshot, searches reading the old one until commit', async () => {
    const seen: { orgs: number; version: number | undefined }[] = [];
    const outcome = await syncFeed({
      db,
      feed: server.url,
      trust: [devPublicPem()],
      onProgress: (p) => {
        if (p.phase === 'apply') seen.push({ orgs: orgs(), version: readMeta(db)?.version });
      },
    });
    const { summary } = diffCatalogues(syntheticCatalogue(30), syntheticCatalogue(1500));
    expect(outcome).toEqual({
      status: 'updated',
      from_version: 0,
      version: 1,
      changes: { added: summary.added, changed: summary.changed, removed: summary.removed },
    });
    expect(requested()).toEqual(['/feed.json 200', '/snapshots/1.json 200']);
    // While the worker applied, the main connection answered — with the old version only.
    expect(seen.length).toBeGreaterThan(0);
    for (const s of seen)
      expect([
        { orgs: 30, version: 0 },
        { orgs: 1500, version: 1 },
      ]).toContainEqual(s);
    expect(orgs()).toBe(1500);
    expect(dumpUserData(db)).toBe(userData);
  });

  it('takes later versions as deltas from exactly the local version', async () => {
    await publish(feedDir(), syntheticCatalogue(1500, { revision: 1 }));
    expect(await sync()).toMatchObject({
      status: 'updated',
      from_version: 1,
      version: 2,
      changes: { changed: 150 },
    });
    expect(requested()).toEqual(['/feed.json 200', '/deltas/1-2.json 200']);
    expect(db.prepare("SELECT name FROM organisation WHERE id = 'org-10'").pluck().get()).toMatch(
      / r1$/,
    );
    // The worker rewrote the stored search data after the delta: it describes version 2.
    expect(loadSearchData(db, searchTaxonomy(loadTaxonomy()))?.names).toContain(
      db.prepare("SELECT name FROM organisation WHERE id = 'org-10'").pluck().get(),
    );
    expect(dumpUserData(db)).toBe(userData);
  });

  it('removes organisations by tombstone, keeping them in shortlists marked removed', async () => {
    // 1,480 organisations, and the events of the two clusters that went with them.
    await publish(feedDir(), syntheticCatalogue(20, { revision: 1 }));
    expect(await sync()).toMatchObject({
      status: 'updated',
      from_version: 2,
      version: 3,
      changes: { removed: 1480 + 2 },
    });
    expect(requested()).toEqual(['/feed.json 200', '/deltas/2-3.json 200']);
    expect(orgs()).toBe(20);
    expect(shortlistItems(db, 'Fair Brno').map((i) => [i.id, i.removed])).toEqual([
      ['org-1', false],
      ['org-2', false],
      ['org-25', true],
    ]);
    expect(dumpUserData(db)).toBe(userData);
  });

  it('costs one conditional request when nothing changed, and still checks expiry then', async () => {
    expect(await sync()).toMatchObject({ status: 'up-to-date', from_version: 3, version: 3 });
    expect(requested()).toEqual(['/feed.json 304']);
    const later = new Date(Date.now() + 400 * 86_400_000);
    expect((await sync(later)).error?.code).toBe('EXPIRED');
    expect(requested()).toEqual(['/feed.json 304']);
    const failed = syncStatus(db);
    expect(failed).toMatchObject({ version: 3, lastError: { code: 'EXPIRED' } });
    expect(failed.lastError?.at).toBe(failed.lastCheck);
    // The status says how things are now: once a sync gets through, the error is history (the
    // sync log keeps it), for the app and `catalogue sync` alike.
    expect(await sync()).toMatchObject({ status: 'up-to-date' });
    expect(requested()).toEqual(['/feed.json 304']);
    expect(syncStatus(db)).toMatchObject({ version: 3, lastError: null });
  });

  it('falls back to the snapshot when no delta starts at the local version', async () => {
    for (let r = 2; r <= 7; r++)
      await publish(feedDir(), syntheticCatalogue(20 + r, { revision: r }));
    expect(await sync()).toMatchObject({ status: 'updated', from_version: 3, version: 9 });
    // Deltas exist from versions 4..8 only; version 3 needs the snapshot.
    expect(requested()).toEqual(['/feed.json 200', '/snapshots/9.json 200']);
    expect(orgs()).toBe(27);
    expect(syncStatus(db)).toMatchObject({ version: 9, source: 'feed', channel: 'stable' });
    expect(dumpUserData(db)).toBe(userData);
  });
});

describe('versions', () => {
  it('refuses a rollback, treats the same version as up to date without downloading', async () => {
    const dir = tempDir('feed-rollback-');
    const db = feedDb(join(dir.path, 'app.sqlite'), 5);
    try {
      const feed = join(dir.path, 'feed');
      craftFeed(feed, { version: 3 });
      const rollback = await syncFeed({ db, feed, trust: [devPublicPem()] });
      expect(rollback).toMatchObject({
        status: 'rejected',
        from_version: 5,
        version: 5,
        error: { code: 'ROLLBACK' },
      });
      craftFeed(feed, { version: 5, snapshot: Buffer.from('never read') });
      expect(await syncFeed({ db, feed, trust: [devPublicPem()] })).toMatchObject({
        status: 'up-to-date',
        version: 5,
      });
      craftFeed(feed, {
        version: 5,
        meta: { issued: '2026-01-01T00:00:00Z', expires: '2026-02-01T00:00:00Z' },
      });
      expect((await syncFeed({ db, feed, trust: [devPublicPem()] })).error?.code).toBe('EXPIRED');
      expect(readMeta(db)?.version).toBe(5);
    } finally {
      db.close();
      dir.remove();
    }
  });
});
