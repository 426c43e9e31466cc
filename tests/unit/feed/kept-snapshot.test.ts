/**
 * Sharing copies the network's own snapshot bytes, kept beside the database at a snapshot sync,
 * instead of regenerating them (kept-snapshot.ts): it still proves every byte it writes by the
 * signed hash, never shares a kept file that no longer matches, and keeps one file at a time.
 * The feed here publishes a snapshot that is NOT in canonical form (indented JSON, as another
 * publishing tool may write it), which the database cannot reproduce: only kept bytes share it.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_SCHEMA } from '../../../catalogue-format/schema';
import type { Db } from '../../../db/sqlite';
import { sha256 } from '../../../feed/feed-files';
import { shareCatalogue } from '../../../feed/share';
import { heldMetadata, signIndex } from '../../../feed/sign';
import { syncFeed } from '../../../feed/sync';
import { bundledDb, devKey, devPublicPem, publish, shareCode, tempDir, withCopy } from './helpers';
import { syntheticCatalogue } from './synthetic';

const trust = [devPublicPem()];

/** Rewrites version `version`'s snapshot in FEED as indented JSON and signs the index anew. */
function republishIndented(feed: string, version: number): Buffer {
  const index = join(feed, 'feed.json');
  const metadata = heldMetadata(readFileSync(index));
  const path = join(feed, 'snapshots', `${version}.json`);
  const bytes = Buffer.from(
    JSON.stringify(
      { schema: CATALOGUE_SCHEMA, ...JSON.parse(readFileSync(path, 'utf8')) },
      null,
      2,
    ),
  );
  writeFileSync(path, bytes);
  metadata.snapshot = { ...metadata.snapshot, length: bytes.length, sha256: sha256(bytes) };
  writeFileSync(index, signIndex(Buffer.from(JSON.stringify(metadata)), [devKey()]));
  return bytes;
}

describe('the kept snapshot', () => {
  let dir: ReturnType<typeof tempDir>;
  let holder: Db;
  let published: Buffer;
  const feed = () => join(dir.path, 'feed');
  const dbPath = () => join(dir.path, 'holder.sqlite');
  const kept = () => readdirSync(`${dbPath()}.snapshots`);

  beforeAll(async () => {
    dir = tempDir('kept-');
    await publish(feed(), syntheticCatalogue(120, { clusters: 3 }));
    published = republishIndented(feed(), 1);
    holder = bundledDb(dbPath());
    expect((await syncFeed({ db: holder, feed: feed(), trust })).status).toBe('updated');
  });
  afterAll(() => {
    holder.close();
    dir.remove();
  });

  it('is the verified snapshot, kept beside the database under its version and hash', () => {
    expect(kept()).toEqual([`1-${sha256(published)}.json`]);
    expect(readFileSync(join(`${dbPath()}.snapshots`, kept()[0] ?? '')).equals(published)).toBe(
      true,
    );
  });

  it('is what sharing writes: the network’s bytes, though the database cannot regenerate them', async () => {
    const out = join(dir.path, 'stick');
    await shareCatalogue(holder, out);
    expect(readFileSync(join(out, 'snapshots', '1.json')).equals(published)).toBe(true);
    expect(
      readFileSync(join(out, 'feed.json')).equals(readFileSync(join(feed(), 'feed.json'))),
    ).toBe(true);
    const colleague = bundledDb(join(dir.path, 'colleague.sqlite'));
    try {
      expect(await syncFeed({ db: colleague, feed: out, trust })).toMatchObject({
        status: 'updated',
        version: 1,
      });
    } finally {
      colleague.close();
    }
  });

  it('is never shared once it no longer matches its hash: nothing is written', async () => {
    const copy = join(dir.path, 'copy.sqlite');
    await withCopy(holder, copy, async (db) => {
      // The copy has no kept file yet: it regenerates, which cannot prove this snapshot.
      expect(await shareCode(db, join(dir.path, 'unkept'))).toBe('SHARE_MISMATCH');
      expect(existsSync(join(dir.path, 'unkept'))).toBe(false);
      // A kept file with one byte changed (same length, same name) is refused the same way.
      const tampered = Buffer.from(published);
      const middle = tampered.length >> 1;
      tampered[middle] = (tampered[middle] ?? 0) ^ 1;
      mkdirSync(`${copy}.snapshots`);
      writeFileSync(join(`${copy}.snapshots`, kept()[0] ?? ''), tampered);
      const out = join(dir.path, 'tampered');
      expect(await shareCode(db, out)).toBe('SHARE_MISMATCH');
      expect(existsSync(out)).toBe(false);
    });
  });
});

describe('the kept snapshot after a delta', () => {
  let dir: ReturnType<typeof tempDir>;
  let holder: Db;
  const feed = () => join(dir.path, 'feed');
  const dbPath = () => join(dir.path, 'holder.sqlite');
  const keptFolder = () => `${dbPath()}.snapshots`;
  const signedSha = () => heldMetadata(readFileSync(join(feed(), 'feed.json'))).snapshot.sha256;

  beforeAll(async () => {
    dir = tempDir('kept-delta-');
    await publish(feed(), syntheticCatalogue(120, { clusters: 3 }));
    holder = bundledDb(dbPath());
    expect((await syncFeed({ db: holder, feed: feed(), trust })).status).toBe('updated');
    expect(readdirSync(keptFolder())).toEqual([`1-${signedSha()}.json`]);
    await publish(feed(), syntheticCatalogue(130, { revision: 1, clusters: 3 }));
    expect(await syncFeed({ db: holder, feed: feed(), trust })).toMatchObject({
      status: 'updated',
      version: 2,
    });
  });
  afterAll(() => {
    holder.close();
    dir.remove();
  });

  it('removes the old version’s file; the first share regenerates, proves and keeps the new one', async () => {
    expect(readdirSync(keptFolder())).toEqual([]);
    const published = readFileSync(join(feed(), 'snapshots', '2.json'));
    await shareCatalogue(holder, join(dir.path, 'first'));
    expect(readFileSync(join(dir.path, 'first', 'snapshots', '2.json')).equals(published)).toBe(
      true,
    );
    expect(readdirSync(keptFolder())).toEqual([`2-${signedSha()}.json`]);
    expect(readFileSync(join(keptFolder(), `2-${signedSha()}.json`)).equals(published)).toBe(true);
  });

  it('regenerates in place of a kept file that no longer matches, and keeps the right bytes again', async () => {
    const keptFile = join(keptFolder(), `2-${signedSha()}.json`);
    const published = readFileSync(join(feed(), 'snapshots', '2.json'));
    const tampered = Buffer.from(published);
    tampered[10] = (tampered[10] ?? 0) ^ 1;
    writeFileSync(keptFile, tampered);
    const out = join(dir.path, 'second');
    await shareCatalogue(holder, out);
    expect(readFileSync(join(out, 'snapshots', '2.json')).equals(published)).toBe(true);
    expect(readdirSync(join(out, 'snapshots'))).toEqual(['2.json']);
    expect(readFileSync(keptFile).equals(published)).toBe(true);
  });
});
