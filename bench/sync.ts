/**
 * `npm run bench -- sync [--orgs=100000] [--seed=1] [--changes=1000]`: the feed's apply costs,
 * all measured in one run on a generated catalogue:
 * - a whole snapshot applied the way a sync applies it (worker thread: parse, validate, records,
 *   search index, meta in one transaction) against a bare bulk insert of the same rows into an
 *   empty database (no validation, no search index) — goal ≤ 3×. The workers run from the CLI
 *   bundle (`npm run build:cli`, built here), as `catalogue sync` and the desktop app run them:
 *   from the TypeScript sources each worker would first spend ~0.5 s compiling and loading
 *   its modules through tsx, which no user pays;
 * - a delta of `--changes` changes (the worker's steps, in process, until it has committed) —
 *   goal ≤ 0.5 s; then the rewrite of the stored search arrays that follows it;
 * - search p95 on the main connection while a snapshot applies on the worker, against idle —
 *   goal ≤ 2×;
 * - and the rows of a living catalogue (sync-living.ts): an idle check, recording a change set,
 *   sharing the catalogue.
 */
import { rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCatalogue } from '../build/generator/generate';
import { diffCatalogues } from '../db/catalogue-store';
import { openDatabase } from '../db/connection';
import { createSearchEngine, type SearchEngine } from '../db/search/engine';
import { CATALOGUE_SCHEMA, type Catalogue } from '../catalogue-format/schema';
import { CatalogueWriter } from '../db/store/write';
import { loadTaxonomy } from '../db/taxonomy';
import { applyInWorker } from '../feed/apply';
import { runApplyJob } from '../feed/apply-job';
import { DELTA_SCHEMA } from '../feed/format';
import { canonicalSnapshot } from '../catalogue-format/canonical';
import { bundleCli } from '../build/cli-bundle';
import { inSharedMemory } from '../db/shared-memory';
import { ms, quantile, ratio, table } from './stats';
import {
  benchKey,
  idleCheckRow,
  recordingMs,
  recordingRow,
  shareRow,
  signedIndexFor,
} from './sync-living';

function option(args: readonly string[], name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return args.find((a) => a.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

const QUERIES = [
  'technik',
  'lodz',
  'automotive',
  'zilina',
  'praezision',
  'bio energie',
  'kosice',
  'meccanica',
  'plast',
  'logistik',
];

/** `changes` changes: 60% renamed, 20% removed, 20% new. */
function changed(catalogue: Catalogue, changes: number): Catalogue {
  const renamed = Math.floor(changes * 0.6);
  const removed = Math.floor(changes * 0.2);
  const added = changes - renamed - removed;
  const orgs = catalogue.organisations;
  const referenced = new Set(
    orgs.flatMap((o) => o.member_of).concat(catalogue.events.flatMap((e) => e.organisers)),
  );
  const removable = orgs
    .filter((o) => !referenced.has(o.id))
    .slice(-removed)
    .map((o) => o.id);
  const gone = new Set(removable);
  const kept = orgs
    .filter((o) => !gone.has(o.id))
    .map((o, i) => (i < renamed ? { ...o, name: `${o.name} (renamed)` } : o));
  const template = kept.at(-1);
  const fresh = template
    ? Array.from({ length: added }, (_, i) => ({
        ...template,
        id: `bench-new-${i}`,
        name: `Bench new ${i}`,
        services: [],
      }))
    : [];
  return { organisations: [...kept, ...fresh], events: catalogue.events };
}

/** Snapshot applies and bare inserts timed (alternating); the row compares their medians. */
const SNAPSHOT_ROUNDS = 3;

/** A database file and its WAL files, gone. */
function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

function bareInsert(path: string, catalogue: Catalogue): number {
  const db = openDatabase(path);
  try {
    const start = performance.now();
    db.transaction(() => {
      const writer = new CatalogueWriter(db);
      for (const org of catalogue.organisations) writer.insertOrganisation(org);
      for (const event of catalogue.events) writer.upsertEvent(event);
    }).immediate();
    return performance.now() - start;
  } finally {
    db.close();
  }
}

function searchTimes(engine: SearchEngine, until: () => boolean, minimum: number): number[] {
  const times: number[] = [];
  for (let i = 0; times.length < minimum || !until(); i++) {
    const q = QUERIES[i % QUERIES.length] ?? '';
    const start = performance.now();
    engine.search({ text: q, limit: 50 });
    times.push(performance.now() - start);
    if (times.length > 100_000) break;
  }
  return times;
}

export async function run(args: readonly string[]): Promise<void> {
  const orgs = Number(option(args, 'orgs', '100000'));
  const seed = Number(option(args, 'seed', '1'));
  const changes = Number(option(args, 'changes', '1000'));
  // The apply worker as `catalogue sync` runs it; it starts its index worker from beside it.
  const applyWorker = new URL('apply-worker.js', pathToFileURL(await bundleCli()));
  const dir = mkdtempSync(join(tmpdir(), 'bench-sync-'));
  try {
    const taxonomy = loadTaxonomy();
    const v1 = generateCatalogue({ orgs, seed, taxonomy });
    // In shared memory, as a sync's download leaves a payload (feed/download-payload.ts).
    const v1Bytes = inSharedMemory(
      Buffer.from(JSON.stringify({ schema: CATALOGUE_SCHEMA, ...v1 })),
    );

    // 1. Bare bulk insert of the same rows vs the sync's snapshot apply (worker, all steps),
    // alternating, SNAPSHOT_ROUNDS times each: single runs of either drift by ±2 s within
    // minutes on a shared machine, so the row compares the medians.
    const bareTimes: number[] = [];
    const snapshotTimes: number[] = [];
    const appPath = join(dir, 'app.sqlite');
    for (let round = 0; round < SNAPSHOT_ROUNDS; round++) {
      const barePath = join(dir, 'bare.sqlite');
      bareTimes.push(bareInsert(barePath, v1));
      removeDatabase(barePath);
      removeDatabase(appPath);
      openDatabase(appPath).close();
      const started = performance.now();
      await applyInWorker(
        {
          dbPath: appPath,
          kind: 'snapshot',
          payload: v1Bytes,
          meta: { version: 1, source: 'feed', channel: 'stable' },
        },
        undefined,
        applyWorker,
      );
      snapshotTimes.push(performance.now() - started);
    }
    const bareMs = quantile(bareTimes, 0.5);
    const snapshotMs = quantile(snapshotTimes, 0.5);

    // 2. A delta of `changes` changes: the worker's own steps, timed in process.
    const v2 = changed(v1, changes);
    const delta = diffCatalogues(v1, v2);
    const deltaBytes = Buffer.from(
      JSON.stringify({ schema: DELTA_SCHEMA, base_version: 1, version: 2, ...delta.changes }),
    );
    const recordMs = recordingMs(appPath, delta.changes);
    const start = performance.now();
    let deltaError: string | undefined;
    let committedAt = Number.NaN;
    runApplyJob(
      {
        dbPath: appPath,
        kind: 'delta',
        payload: deltaBytes,
        baseVersion: 1,
        meta: { version: 2, source: 'feed', channel: 'stable' },
      },
      (m) => {
        if (m.type === 'error') deltaError = m.message;
        if (m.type === 'done') committedAt = performance.now();
      },
    );
    // Applied = committed and announced; the worker then rewrites the stored search data.
    const deltaMs = committedAt - start;
    const refreshMs = performance.now() - committedAt;
    if (deltaError !== undefined) throw new Error(`delta apply failed: ${deltaError}`);

    // 3. Search p95 idle, then while the worker applies the next snapshot.
    // One engine, warmed up first: its in-memory arrays load once, like the app's.
    const db = openDatabase(appPath);
    const engine = createSearchEngine(db, taxonomy);
    searchTimes(engine, () => true, QUERIES.length);
    const idle = searchTimes(engine, () => true, 300);
    const state = { applying: true };
    // Published the way `catalogue publish` writes it, with its signed index, so it can be shared.
    const v3Bytes = inSharedMemory(
      canonicalSnapshot(generateCatalogue({ orgs, seed: seed + 1, taxonomy })),
    );
    const apply = applyInWorker(
      {
        dbPath: appPath,
        kind: 'snapshot',
        payload: v3Bytes,
        meta: {
          version: 3,
          source: 'feed',
          channel: 'stable',
          signedIndex: signedIndexFor(v3Bytes, 3, benchKey().privateKey),
        },
      },
      undefined,
      applyWorker,
    ).finally(() => {
      state.applying = false;
    });
    // Let the event loop deliver the worker's end between searches.
    const during: number[] = [];
    while (state.applying) {
      during.push(...searchTimes(engine, () => true, 20));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await apply;
    db.close();

    const share = await shareRow(dir, appPath, v3Bytes, orgs);
    const idleCheck = await idleCheckRow(dir, generateCatalogue({ orgs: 1000, seed, taxonomy }));

    const idleP95 = quantile(idle, 0.95);
    const duringP95 = quantile(during, 0.95);
    process.stdout.write(
      `${table(
        ['measure', 'value', 'baseline', 'ratio', 'goal'],
        [
          [
            `snapshot apply, ${orgs.toLocaleString('en')} orgs (worker: parse, validate, rows, FTS, meta), median of ${SNAPSHOT_ROUNDS}`,
            `${ms(snapshotMs)} (${snapshotTimes.map((t) => (t / 1000).toFixed(1)).join(' / ')} s)`,
            `bare insert ${ms(bareMs)} (${bareTimes.map((t) => (t / 1000).toFixed(1)).join(' / ')} s)`,
            ratio(snapshotMs / bareMs),
            '≤ 3×',
          ],
          [
            `delta apply, ${delta.summary.added + delta.summary.changed + delta.summary.removed} changes (parse, validate, rows, FTS, meta, commit)`,
            ms(deltaMs),
            '',
            '',
            '≤ 500 ms',
          ],
          [
            '  then: search arrays rewritten after the commit (same worker)',
            ms(refreshMs),
            '',
            '',
            '',
          ],
          recordingRow(
            delta.summary.added + delta.summary.changed + delta.summary.removed,
            recordMs,
            deltaMs,
          ),
          [
            `search p95 during apply (${during.length} searches)`,
            ms(duringP95),
            `idle ${ms(idleP95)} (${idle.length})`,
            ratio(duringP95 / idleP95),
            '≤ 2×',
          ],
          share,
          idleCheck,
        ],
      )}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
