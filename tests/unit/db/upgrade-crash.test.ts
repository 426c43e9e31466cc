/**
 * Crash safety of an upgrade: a process opening a version-4 database (so migrating it to the
 * current schema and rebuilding the search index and search data in the same transaction) is
 * SIGKILLed at random moments. After each kill the database passes integrity_check and is
 * either exactly the old version (version 4, its rows, no stored search data) or exactly the
 * new one (current version, every organisation found by the search), with the user's notes.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, SCHEMA_VERSION } from '../../../db/connection';
import { MIGRATIONS } from '../../../db/migrations/index';
import { createSearchEngine } from '../../../db/search/engine';
import { BulkCatalogueWriter, bulkWrite } from '../../../db/store/bulk-write';
import { loadTaxonomy } from '../../../db/taxonomy';
import { syntheticCatalogue } from '../feed/synthetic';

const CHILD = fileURLToPath(new URL('./upgrade-crash-child.ts', import.meta.url));
/** Enough organisations for the rebuild to take a few hundred milliseconds. */
const ORGS = 4000;
const KILLS = 10;

let dir: string;
let pristine: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcc-upgrade-crash-'));
  pristine = join(dir, 'v4.sqlite');
  const v4 = openDatabase(pristine, { migrations: MIGRATIONS.slice(0, 4) });
  const catalogue = syntheticCatalogue(ORGS);
  v4.transaction(() => {
    bulkWrite(v4, () => {
      const writer = new BulkCatalogueWriter(v4);
      catalogue.organisations.forEach((org, i) => {
        writer.add(i + 1, org);
      });
      writer.finish();
    });
    v4.prepare(
      "INSERT INTO note (organisation_id, text, updated_at) VALUES (?, ?, '2026-01-01')",
    ).run('org-7', 'call Monday');
  })();
  v4.pragma('wal_checkpoint(TRUNCATE)');
  v4.close();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the child on `path`; kills it `delayMs` after "ready" (undefined: lets it finish). */
function upgrade(
  path: string,
  delayMs: number | undefined,
): Promise<{ killed: boolean; ms: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let readyAt = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (readyAt === 0 && out.includes('ready')) {
        readyAt = performance.now();
        if (delayMs !== undefined) setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      const ms = performance.now() - readyAt;
      if (signal === 'SIGKILL') resolve({ killed: true, ms });
      else if (out.includes('done')) resolve({ killed: false, ms });
      else reject(new Error(`the child ended without upgrading: ${out}`));
    });
  });
}

/** Which version the database at `path` holds, after checking it is exactly that version. */
function checkOldOrNew(path: string): 4 | 'current' {
  const raw = new Database(path);
  let version: number;
  try {
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    version = raw.pragma('user_version', { simple: true }) as number;
    expect(raw.prepare('SELECT count(*) FROM organisation').pluck().get()).toBe(ORGS);
    expect(raw.prepare('SELECT text FROM note').pluck().all()).toEqual(['call Monday']);
    const searchData = raw
      .prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'search_data'")
      .pluck()
      .get();
    expect(searchData).toBe(version === 4 ? 0 : 1);
  } finally {
    raw.close();
  }
  if (version === 4) return 4;
  expect(version).toBe(SCHEMA_VERSION);
  const db = openDatabase(path);
  try {
    // Every organisation is in the rebuilt index: the last one written is found by its name.
    const last = db
      .prepare('SELECT id, name FROM organisation ORDER BY rid DESC LIMIT 1')
      .get() as {
      id: string;
      name: string;
    };
    const engine = createSearchEngine(db, loadTaxonomy());
    expect(engine.search({ text: last.name, limit: 200 }).results.map((h) => h.id)).toContain(
      last.id,
    );
    expect(engine.search({}).total).toBe(ORGS);
  } finally {
    db.close();
  }
  return 'current';
}

describe('crash safety of an upgrade', () => {
  it('leaves the old version or the new one, never a mix, when killed while migrating', async () => {
    const whole = join(dir, 'whole.sqlite');
    copyFileSync(pristine, whole);
    const first = await upgrade(whole, undefined);
    expect(first.killed).toBe(false);
    expect(checkOldOrNew(whole)).toBe('current');

    const fractions = fc.sample(fc.double({ min: 0, max: 1, noNaN: true }), {
      numRuns: KILLS,
      seed: 20261205,
    });
    const seen = { 4: 0, current: 0 };
    for (const [i, fraction] of fractions.entries()) {
      const path = join(dir, `kill-${i}.sqlite`);
      copyFileSync(pristine, path);
      await upgrade(path, Math.floor(fraction * first.ms));
      seen[checkOldOrNew(path)]++;
    }
    // Most kills land inside the upgrade's transaction and leave version 4.
    expect(seen[4]).toBeGreaterThanOrEqual(KILLS / 2);
    expect(seen[4] + seen.current).toBe(KILLS);
  }, 180_000);
});
