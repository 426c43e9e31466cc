/**
 * Passing the catalogue on at a fair (#13 point 4): an app that synced (a snapshot, then a
 * delta) writes a feed folder carrying the network's own signature; a second app applies it
 * with every check of a normal sync and ends up with the identical catalogue. A tampered byte
 * is refused and changes nothing; a catalogue with no signed version cannot be shared.
 */
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMeta } from '../../../db/catalogue-store';
import { createSearchEngine } from '../../../db/search/engine';
import type { Db } from '../../../db/sqlite';
import { loadTaxonomy } from '../../../db/taxonomy';
import { listChangeSets } from '../../../db/user-data/change-sets';
import { shareCatalogue } from '../../../feed/share';
import { syncFeed } from '../../../feed/sync';
import {
  bundledDb,
  catalogueFingerprint,
  devPublicPem,
  dumpUserData,
  publish,
  serveFolder,
  shareCode,
  tempDir,
  withCopy,
  type TestServer,
} from './helpers';
import { syntheticCatalogue } from './synthetic';

const trust = [devPublicPem()];

describe('sharing the catalogue as a signed feed folder', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: TestServer;
  let holder: Db;
  const feedDir = () => join(dir.path, 'feed');
  const shared = () => join(dir.path, 'stick');
  const v1Folder = () => join(dir.path, 'v1');

  beforeAll(async () => {
    dir = tempDir('share-');
    const v1 = syntheticCatalogue(300, { clusters: 4 });
    await publish(feedDir(), v1);
    server = await serveFolder(feedDir());
    holder = bundledDb(join(dir.path, 'holder.sqlite'));
    expect((await syncFeed({ db: holder, feed: server.url, trust })).status).toBe('updated');
    cpSync(feedDir(), v1Folder(), { recursive: true });
    // Version 2 changes every 10th name, removes an organisation and an event, adds some.
    const v2 = syntheticCatalogue(320, { revision: 1, clusters: 4 });
    v2.organisations = v2.organisations.filter((o) => o.id !== 'org-299');
    v2.events = v2.events.filter((e) => e.id !== 'event-0');
    const [renamed, ...others] = v2.events;
    if (!renamed) throw new Error('synthetic catalogue without events');
    v2.events = [{ ...renamed, title: 'Renamed forum' }, ...others];
    await publish(feedDir(), v2);
    const second = await syncFeed({ db: holder, feed: server.url, trust });
    expect(second).toMatchObject({ status: 'updated', from_version: 1, version: 2 });
    expect(server.requests.map((r) => r.url)).toContain('/deltas/1-2.json');
  });
  afterAll(async () => {
    await server.close();
    holder.close();
    dir.remove();
  });

  it('records each sync’s change set: the snapshot against the bundled catalogue, then the delta', () => {
    const [delta, snapshot] = listChangeSets(holder);
    expect(snapshot).toMatchObject({ fromVersion: 0, version: 1, payload: 'snapshot' });
    expect(delta).toMatchObject({ fromVersion: 1, version: 2, payload: 'delta' });
    expect(delta?.organisations.added.map((r) => r.id)).toEqual(
      Array.from({ length: 20 }, (_, i) => `org-${300 + i}`),
    );
    expect(delta?.organisations.removed).toEqual([
      { id: 'org-299', name: expect.any(String) as string },
    ]);
    // Every 10th organisation got a new name, and only that.
    expect(delta?.organisations.changed).toHaveLength(30);
    expect(new Set(delta?.organisations.changed.flatMap((c) => c.fields))).toEqual(
      new Set(['name']),
    );
    expect(delta?.events.removed.map((r) => r.id)).toEqual(['event-0']);
    expect(delta?.events.changed).toEqual([
      { id: 'event-1', name: 'Renamed forum', fields: ['title'] },
    ]);
  });

  it('writes the network’s signed index and snapshot byte for byte', async () => {
    const result = await shareCatalogue(holder, shared());
    expect(result).toMatchObject({
      version: 2,
      channel: 'stable',
      files: ['snapshots/2.json', 'feed.json'],
    });
    // The holder applied a delta: the snapshot was regenerated, and it is the published one.
    for (const file of result.files) {
      expect(readFileSync(join(shared(), file)).equals(readFileSync(join(feedDir(), file)))).toBe(
        true,
      );
    }
    expect(readdirSync(shared()).sort()).toEqual(['feed.json', 'snapshots']);
  });

  it('gives a second app the identical catalogue, with every check of a normal sync', async () => {
    const other = bundledDb(join(dir.path, 'colleague.sqlite'));
    try {
      const userData = dumpUserData(other);
      const outcome = await syncFeed({ db: other, feed: shared(), trust });
      expect(outcome).toMatchObject({ status: 'updated', from_version: 0, version: 2 });
      const a = readMeta(holder);
      const b = readMeta(other);
      expect({ version: b?.version, sha256: b?.sha256 }).toEqual({
        version: a?.version,
        sha256: a?.sha256,
      });
      expect(catalogueFingerprint(other)).toEqual(catalogueFingerprint(holder));
      const taxonomy = loadTaxonomy();
      // Equally relevant results are ordered by where the rows are stored, which differs (the
      // holder's rows came in source order and by delta, the colleague's by id): the same
      // answers, the same counts and facets; sorted by name, the same list.
      const ask = (db: Db, text: string, sort: 'relevance' | 'name') => {
        const answer = createSearchEngine(db, taxonomy).search({ text, sort, limit: 50 });
        const ids = answer.results.map((r) => r.id);
        return {
          total: answer.total,
          facets: answer.facets,
          ids: sort === 'name' ? ids : ids.sort(),
        };
      };
      for (const query of ['Žilina', 'zilina', 'Technika 17', 'meccanica r1', 'lodz', '']) {
        for (const sort of ['relevance', 'name'] as const) {
          expect(ask(other, query, sort)).toEqual(ask(holder, query, sort));
        }
      }
      expect(dumpUserData(other)).toBe(userData);
      // Without the network's key, the same folder is refused.
      const stranger = bundledDb(join(dir.path, 'stranger.sqlite'));
      expect(
        await syncFeed({ db: stranger, feed: shared(), trust: [devPublicPem('dev-backup')] }),
      ).toMatchObject({ status: 'rejected', error: { code: 'BAD_SIGNATURE' } });
      stranger.close();
    } finally {
      other.close();
    }
  });

  it('an app one version behind takes the snapshot (the folder has no delta), and cannot overwrite the newer folder', async () => {
    const behind = bundledDb(join(dir.path, 'behind.sqlite'));
    try {
      expect(await syncFeed({ db: behind, feed: v1Folder(), trust })).toMatchObject({ version: 1 });
      const before = readFileSync(join(shared(), 'feed.json'));
      expect(await shareCode(behind, shared())).toBe('NEWER_IN_FOLDER');
      expect(readFileSync(join(shared(), 'feed.json')).equals(before)).toBe(true);
      // The index offers a delta from 1, which the folder lacks: the signed snapshot does instead.
      const outcome = await syncFeed({ db: behind, feed: shared(), trust });
      expect(outcome).toMatchObject({ status: 'updated', from_version: 1, version: 2 });
      expect(catalogueFingerprint(behind)).toEqual(catalogueFingerprint(holder));
    } finally {
      behind.close();
    }
  });

  it.each([
    ['the snapshot', 'snapshots/2.json', 'HASH_MISMATCH'],
    ['the signed index', 'feed.json', 'BAD_SIGNATURE'],
  ])('refuses a tampered byte in %s and changes nothing', async (_what, file, code) => {
    const tampered = join(dir.path, `tampered-${code}`);
    cpSync(shared(), tampered, { recursive: true });
    const path = join(tampered, file);
    const bytes = readFileSync(path);
    const at = file === 'feed.json' ? bytes.indexOf('"sig": "') + 12 : Math.floor(bytes.length / 2);
    bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41;
    writeFileSync(path, bytes);
    const victim = bundledDb(join(dir.path, `victim-${code}.sqlite`));
    try {
      const before = `${JSON.stringify(catalogueFingerprint(victim))}\n${dumpUserData(victim)}`;
      const outcome = await syncFeed({ db: victim, feed: tampered, trust });
      expect(outcome).toMatchObject({ status: 'rejected', version: 0, error: { code } });
      expect(`${JSON.stringify(catalogueFingerprint(victim))}\n${dumpUserData(victim)}`).toBe(
        before,
      );
      expect(listChangeSets(victim)).toEqual([]);
    } finally {
      victim.close();
    }
  });

  it('refuses to share a catalogue with no signed version, writing nothing', async () => {
    const bundled = bundledDb(join(dir.path, 'bundled.sqlite'));
    try {
      const out = join(dir.path, 'nothing');
      expect(await shareCode(bundled, out)).toBe('NOTHING_TO_SHARE');
      expect(existsSync(out)).toBe(false);
    } finally {
      bundled.close();
    }
  });

  it('refuses to share what does not reproduce the signed snapshot, writing nothing', async () => {
    await withCopy(holder, join(dir.path, 'changed.sqlite'), async (db) => {
      db.prepare("UPDATE organisation SET name = 'Edited by hand' WHERE id = 'org-5'").run();
      const out = join(dir.path, 'unproven');
      expect(await shareCode(db, out)).toBe('SHARE_MISMATCH');
      expect(existsSync(out)).toBe(false);
    });
  });
});
