/**
 * Crash safety: a process applying a large update is SIGKILLed at random moments, 30 times;
 * after each kill the database passes integrity_check and foreign_key_check and holds exactly
 * the old version or exactly the new one (catalogue_meta, organisation count, data checksum
 * and search index all agree), and the user's data is untouched.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replaceCatalogue } from '../../../db/catalogue-store';
import { openDatabase } from '../../../db/connection';
import { catalogueFingerprint, dumpUserData, tempDir } from './helpers';
import { syntheticCatalogue } from './synthetic';
import { setNote } from '../../../db/user-data/notes';
import { addToShortlist, createShortlist } from '../../../db/user-data/shortlists';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
/** Kept small enough for 30 child processes to run in well under a minute on 2 idle cores. */
const ORGS = 2000;
const KILLS_PER_LANE = 15;

/**
 * Runs the child; kills it `delayMs` after it reports "ready" (undefined: let it finish).
 * Resolves with how it ended and how long it ran after "ready".
 */
function runChild(
  args: string[],
  delayMs: number | undefined,
): Promise<{ end: 'killed' | 'done'; applyMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let readyAt = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (readyAt === 0 && out.includes('ready')) readyAt = performance.now();
      if (delayMs !== undefined && out.includes('ready')) {
        setTimeout(() => child.kill('SIGKILL'), delayMs);
        delayMs = undefined;
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      const applyMs = performance.now() - readyAt;
      if (signal === 'SIGKILL') resolve({ end: 'killed', applyMs });
      else if (out.includes('done')) resolve({ end: 'done', applyMs });
      else reject(new Error(`child ended without applying: ${out}`));
    });
  });
}

/** `index`: how snapshots build their search index (a worker thread, or the apply's own). */
async function lane(
  name: string,
  seed: number,
  index: 'worker' | 'in-place',
): Promise<{ kills: number; finished: number }> {
  const dir = tempDir(`feed-crash-${name}-`);
  try {
    const a = syntheticCatalogue(ORGS);
    const b = syntheticCatalogue(ORGS - 200, { revision: 1, changeEvery: 1 });
    const aPath = join(dir.path, 'a.json');
    const bPath = join(dir.path, 'b.json');
    writeFileSync(aPath, JSON.stringify(a));
    writeFileSync(bPath, JSON.stringify(b));
    const dbPath = join(dir.path, 'app.sqlite');
    const setup = openDatabase(dbPath);
    replaceCatalogue(setup, a, { version: 1, source: 'feed', channel: 'stable' });
    createShortlist(setup, 'Messe');
    addToShortlist(setup, 'Messe', ['org-1', 'org-1999']);
    setNote(setup, 'org-1999', 'removed in B, the note stays');
    const userData = dumpUserData(setup);
    const expected = new Map([[1, catalogueFingerprint(setup)]]);
    setup.close();

    // One uninterrupted run gives catalogue B's fingerprint and the time an apply takes.
    const first = await runChild([dbPath, aPath, bPath, 'snapshot', index], undefined);
    expect(first.end).toBe('done');
    const applyMs = first.applyMs;
    const check = openDatabase(dbPath);
    expected.set(0, { ...catalogueFingerprint(check), version: 0 });
    check.close();

    const rng = fc.sample(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()), {
      numRuns: KILLS_PER_LANE,
      seed,
    });
    let kills = 0;
    let finished = 0;
    for (const [fraction, delta] of rng) {
      const result = await runChild(
        [dbPath, aPath, bPath, delta ? 'delta' : 'snapshot', index],
        Math.floor(fraction * applyMs),
      );
      if (result.end === 'killed') kills++;
      else finished++;
      const db = openDatabase(dbPath);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const found = catalogueFingerprint(db);
        const want = expected.get(found.version % 2 === 1 ? 1 : 0);
        expect({ ...found, version: found.version % 2 }).toEqual({
          ...want,
          version: found.version % 2,
        });
        expect(dumpUserData(db)).toBe(userData);
      } finally {
        db.close();
      }
    }
    return { kills, finished };
  } finally {
    dir.remove();
  }
}

describe('crash safety', () => {
  it('leaves the old or the new version, never a mix, after 30 SIGKILLs during applies', async () => {
    // One lane builds snapshots' indexes in place, the other on a worker thread.
    const lanes = await Promise.all([lane('a', 20261127, 'in-place'), lane('b', 4242, 'worker')]);
    const kills = lanes.reduce((n, l) => n + l.kills, 0);
    const finished = lanes.reduce((n, l) => n + l.finished, 0);
    expect(kills + finished).toBe(2 * KILLS_PER_LANE);
    // Most kills land inside the apply (a few may come after it finished).
    expect(kills).toBeGreaterThanOrEqual(20);
  }, 300_000);
});
