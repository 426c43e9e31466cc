/**
 * `npm run bench -- search [--orgs=10000,100000] [--seed=1] [--fuse-queries=16]`: the search
 * engine's search-with-facets against fuse.js (the naive approach) and a bare FTS5 query (the
 * floor), on generated catalogues, all measured in one run; prints one Markdown table. Then
 * the relevance set's recall@3 / recall@10 on real data (search/relevance.ts), measured once.
 */
import { openDatabase } from '../db/connection';
import { createSearchEngine } from '../db/search/engine';
import type { SearchEngine } from '../db/search/types';
import { loadTaxonomy } from '../db/taxonomy';
import { fuseIndex, ftsFloor } from './search/baselines';
import { buildDatabase, orgSamples } from './search/database';
import { benchQueries, type BenchQuery } from './search/queries';
import { relevanceReport } from './search/relevance';
import { option } from './args';
import { ms, quantile, ratio, table, time } from './stats';

const REPEATS = 5;

interface SizeResult {
  orgs: number;
  queries: number;
  engine: number[];
  floor: number[];
  unordered: number[];
  fuse: number[];
  fuseQueries: number;
  recall: { typo: [number, number]; plain: [number, number] };
  fuseRecall: { typo: [number, number]; plain: [number, number] };
  buildMs: number;
  sizeBytes: number;
  firstAnswerMs: number;
  firstListingMs: number;
}

const hitsTarget = (names: readonly string[], target: string | undefined) =>
  target !== undefined && names.slice(0, 10).includes(target);

function recallOf(
  queries: readonly BenchQuery[],
  category: 'typo' | 'no-diacritics',
  top10: (q: BenchQuery) => string[],
): [number, number] {
  const relevant = queries.filter((q) => q.category === category);
  return [relevant.filter((q) => hitsTarget(top10(q), q.target)).length, relevant.length];
}

function measureSize(orgs: number, seed: number, fuseQueryCount: number): SizeResult {
  const taxonomy = loadTaxonomy();
  const built = buildDatabase(orgs, seed);
  process.stderr.write(
    `search bench: ${String(orgs)} organisations built in ${ms(built.buildMs)}\n`,
  );

  const db = openDatabase(built.path);
  const queries = benchQueries(orgSamples(db));
  db.close();
  const first = queries[0]?.query ?? { text: 'cluster' };

  // Time to open the database and answer: a fresh connection and engine, nothing cached.
  const firstAnswerMs = time(() => {
    const fresh = openDatabase(built.path);
    createSearchEngine(fresh, taxonomy).search(first);
    fresh.close();
  });
  const firstListingMs = time(() => {
    const fresh = openDatabase(built.path);
    createSearchEngine(fresh, taxonomy).search({});
    fresh.close();
  });

  const conn = openDatabase(built.path);
  const engine: SearchEngine = createSearchEngine(conn, taxonomy);
  const floor = ftsFloor(conn);
  for (const q of queries) {
    engine.search(q.query);
    floor.ranked(q.query.text ?? '');
  }
  const engineTimes: number[] = [];
  const floorTimes: number[] = [];
  const unorderedTimes: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    for (const q of queries) {
      const text = q.query.text ?? '';
      engineTimes.push(time(() => engine.search(q.query)));
      floorTimes.push(time(() => floor.ranked(text)));
      unorderedTimes.push(time(() => floor.unordered(text)));
    }
  }
  const engineTop10 = (q: BenchQuery) =>
    engine.search({ ...q.query, limit: 10 }).results.map((h) => h.name);
  const recall = {
    typo: recallOf(queries, 'typo', engineTop10),
    plain: recallOf(queries, 'no-diacritics', engineTop10),
  };
  conn.close();

  // fuse.js: every query on small catalogues; an even sample on large ones (seconds each).
  const fuse = fuseIndex(built.catalogue);
  const step = Math.max(1, Math.ceil(queries.length / Math.min(fuseQueryCount, queries.length)));
  const fuseSet = queries.filter((_, i) => i % step === 0);
  fuse.search('warm up');
  const fuseTimes: number[] = [];
  const fuseNames = new Map<BenchQuery, string[]>();
  for (const q of fuseSet) {
    fuseTimes.push(
      time(() => {
        fuseNames.set(
          q,
          fuse.search(q.query.text ?? '', { limit: 50 }).map((r) => r.item.name),
        );
      }),
    );
  }
  const fuseTop10 = (q: BenchQuery) => fuseNames.get(q) ?? [];
  const fuseRecall = {
    typo: recallOf(fuseSet, 'typo', fuseTop10),
    plain: recallOf(fuseSet, 'no-diacritics', fuseTop10),
  };
  return {
    orgs,
    queries: queries.length,
    engine: engineTimes,
    floor: floorTimes,
    unordered: unorderedTimes,
    fuse: fuseTimes,
    fuseQueries: fuseSet.length,
    recall,
    fuseRecall,
    buildMs: built.buildMs,
    sizeBytes: built.sizeBytes,
    firstAnswerMs,
    firstListingMs,
  };
}

const pct = ([hit, of]: [number, number]) =>
  of === 0 ? 'n/a' : `${((100 * hit) / of).toFixed(0)}% (${String(hit)}/${String(of)})`;

export async function run(args: readonly string[]): Promise<void> {
  const sizes = option(args, 'orgs', '10000,100000').split(',').map(Number);
  const seed = Number(option(args, 'seed', '1'));
  const fuseQueries = Number(option(args, 'fuse-queries', '16'));
  const results = sizes.map((orgs) =>
    measureSize(orgs, seed, orgs <= 20_000 ? Number.POSITIVE_INFINITY : fuseQueries),
  );
  const col = (f: (r: SizeResult) => string) => results.map(f);
  const p = (values: number[], q: number) => quantile(values, q);
  const rows: string[][] = [
    ['queries (engine, FTS5: each ×5)', ...col((r) => String(r.queries)), '≥ 60'],
    ['engine search+facets p50', ...col((r) => ms(p(r.engine, 0.5))), ''],
    ['engine search+facets p95', ...col((r) => ms(p(r.engine, 0.95))), ''],
    ['FTS5 floor (bm25 ORDER, LIMIT 50) p50', ...col((r) => ms(p(r.floor, 0.5))), ''],
    ['FTS5 floor (bm25 ORDER, LIMIT 50) p95', ...col((r) => ms(p(r.floor, 0.95))), ''],
    ['FTS5 unordered LIMIT 50 p95', ...col((r) => ms(p(r.unordered, 0.95))), ''],
    ['fuse.js queries measured (×1)', ...col((r) => String(r.fuseQueries)), ''],
    ['fuse.js p50', ...col((r) => ms(p(r.fuse, 0.5))), ''],
    ['fuse.js p95', ...col((r) => ms(p(r.fuse, 0.95))), ''],
    [
      'fuse.js p95 ÷ engine p95',
      ...col((r) => ratio(p(r.fuse, 0.95) / p(r.engine, 0.95))),
      '≥ 200× at 100k',
    ],
    [
      'engine p95 ÷ FTS5 floor p95',
      ...col((r) => ratio(p(r.engine, 0.95) / p(r.floor, 0.95))),
      '≤ 3× at 100k',
    ],
    ['engine p50 ÷ FTS5 floor p50', ...col((r) => ratio(p(r.engine, 0.5) / p(r.floor, 0.5))), ''],
    ['recall@10 typos (engine)', ...col((r) => pct(r.recall.typo)), '≥ 95%'],
    ['recall@10 no diacritics (engine)', ...col((r) => pct(r.recall.plain)), '100%'],
    [
      'recall@10 typos / no diacritics (fuse.js)',
      ...col((r) => `${pct(r.fuseRecall.typo)} / ${pct(r.fuseRecall.plain)}`),
      '',
    ],
    ['database build (generated → import)', ...col((r) => ms(r.buildMs)), '≤ 10 s at 100k'],
    ['database size', ...col((r) => `${(r.sizeBytes / 1e6).toFixed(1)} MB`), ''],
    ['open + first answer (text query)', ...col((r) => ms(r.firstAnswerMs)), '≤ 300 ms'],
    ['open + first answer (empty query, name order)', ...col((r) => ms(r.firstListingMs)), ''],
  ];
  const headers = ['measure', ...results.map((r) => `${r.orgs.toLocaleString('en')} orgs`), 'goal'];
  process.stdout.write(`${table(headers, rows)}\n`);
  process.stdout.write(`\n${await relevanceReport()}\n`);
}
