/**
 * Property-based: whatever bytes a host or an attacker serves — a mutated or truncated index,
 * signed nonsense, a mutated payload, a signed delta full of junk — the sync never throws,
 * never applies anything, and leaves the database exactly as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/sqlite';
import { loadTaxonomy } from '../../../db/taxonomy';
import { FeedError } from '../../../feed/errors';
import { DELTA_SCHEMA } from '../../../feed/format';
import { checkDelta, parseDelta } from '../../../feed/payload';
import { signIndex } from '../../../feed/sign';
import { checkIndex } from '../../../feed/check-index';
import { syncFeed } from '../../../feed/sync';
import { craftFeed, feedDb } from './craft';
import { catalogueFingerprint, devKey, devPublicPem, dumpUserData, tempDir } from './helpers';
import { syntheticCatalogue } from './synthetic';

let dir: ReturnType<typeof tempDir>;
let db: Db;
let before: string;
const snapshot = () => `${JSON.stringify(catalogueFingerprint(db))}\n${dumpUserData(db)}`;

beforeAll(() => {
  dir = tempDir('feed-prop-');
  db = feedDb(join(dir.path, 'app.sqlite'), 4);
  before = snapshot();
});
afterAll(() => {
  db.close();
  dir.remove();
});

/** A byte-level mutation: flip, overwrite, delete or truncate. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('drop' as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 40 }),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Buffer, mutations: readonly Mutation[]): Buffer {
  let out = Buffer.from(bytes);
  for (const m of mutations) {
    if (out.length === 0) break;
    const at = m.at % out.length;
    if (m.kind === 'set') out[at] = m.byte;
    else if (m.kind === 'cut') out = out.subarray(0, at);
    else out = Buffer.concat([out.subarray(0, at), out.subarray(at + m.count)]);
  }
  return out;
}

describe('mutated and malformed feeds', () => {
  it('a mutated index is refused or (if only its formatting changed) up to date — never applied', async () => {
    const feed = join(dir.path, 'index');
    craftFeed(feed, { version: 4 });
    const original = readFileSync(join(feed, 'feed.json'));
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        writeFileSync(join(feed, 'feed.json'), mutate(original, mutations));
        const outcome = await syncFeed({ db, feed, trust: [devPublicPem()] });
        expect(outcome.status).not.toBe('updated');
        expect(snapshot()).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it('a mutated payload never gets past its signed length and sha256', async () => {
    const feed = join(dir.path, 'payload');
    craftFeed(feed, { version: 5 });
    const path = join(feed, 'snapshots', '5.json');
    const original = readFileSync(path);
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const bytes = mutate(original, mutations);
        fc.pre(!bytes.equals(original));
        writeFileSync(path, bytes);
        const outcome = await syncFeed({ db, feed, trust: [devPublicPem()] });
        expect(outcome.error?.code).toBe('HASH_MISMATCH');
        expect(snapshot()).toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  it('signed metadata of any shape is refused with a feed error code, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const index = Buffer.from(signIndex(Buffer.from(JSON.stringify(value)), [devKey()]));
        expect(() => checkIndex(index, 4, { trust: [devPublicPem()] })).toThrow(FeedError);
      }),
      { numRuns: 200 },
    );
  });

  it('random bytes as an index are refused with a feed error code', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(() => checkIndex(Buffer.from(bytes), 4, { trust: [devPublicPem()] })).toThrow(
          FeedError,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('a signed delta of any content validates or is refused as INVALID_FEED, never another error', () => {
    const org = fc.oneof(
      fc.jsonValue(),
      fc
        .constantFrom(...syntheticCatalogue(8, { revision: 3 }).organisations)
        .map((o) => o as unknown),
      fc.record({
        id: fc.string(),
        kind: fc.string(),
        name: fc.string(),
        country: fc.string(),
        member_of: fc.array(fc.string()),
      }),
    );
    const delta = fc.record({
      schema: fc.constantFrom(DELTA_SCHEMA, 'other'),
      base_version: fc.constantFrom(4, 3),
      version: fc.constantFrom(5, 6),
      upserts: fc.record({
        organisations: fc.array(org, { maxLength: 5 }),
        events: fc.array(fc.jsonValue(), { maxLength: 2 }),
      }),
      deletes: fc.record({
        organisations: fc.array(fc.constantFrom('org-0', 'org-1', 'org-5', 'nope', ''), {
          maxLength: 3,
        }),
        events: fc.array(fc.string(), { maxLength: 2 }),
      }),
    });
    const taxonomy = loadTaxonomy();
    fc.assert(
      fc.property(delta, (value) => {
        const bytes = Buffer.from(JSON.stringify(value));
        try {
          // The worker's own steps, in a transaction always rolled back here.
          db.transaction(() => {
            checkDelta(db, parseDelta(bytes, { base: 4, version: 5 }), taxonomy);
            throw new Error('rollback');
          })();
        } catch (error) {
          if ((error as Error).message !== 'rollback') expect(error).toBeInstanceOf(FeedError);
        }
        expect(snapshot()).toBe(before);
      }),
      { numRuns: 150 },
    );
  });
});
