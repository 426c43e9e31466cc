/**
 * `npm run bench -- ui [--orgs=100000] [--seed=1] [--queries=24] [--gap=70]`: the UI at
 * 100,000 organisations, in one run:
 * - start-up: from spawning `catalogue serve` (bin/catalogue.js, as built by `npm run build`) to
 *   the first answered search (HTTP), and to the first results painted in Chromium;
 * - keystroke-to-results in Chromium: queries typed one key every `gap` ms, each keystroke timed
 *   until results for that text (or a later one) are painted; against the floor, the same
 *   search API call's own time measured from the same page in the same run. Shown beside it,
 *   without a goal: until the results are those of the newest text with nothing pending (while
 *   keys keep coming faster than answers, that waits for the typing to slow down);
 * - the renderer bundle's size, gzip.
 * Goals: first answer ≤ 1.5 s; keystroke p95 ≤ 2× floor p95 + one frame (16.7 ms); ≤ 300 KB.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { freshCliBundle } from '../bin/cli-bundle';
import { bundleCli } from '../build/cli-bundle';
import { generateCatalogue } from '../build/generator/generate';
import { replaceCatalogue } from '../db/catalogue-store';
import { openDatabase } from '../db/connection';
import { loadTaxonomy } from '../db/taxonomy';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../build/chromium';
import { ms, quantile, ratio, table } from './stats';

const ROOT = new URL('..', import.meta.url).pathname;
const CACHE_DIR = join(ROOT, 'bench/.cache');
const FRAME_MS = 1000 / 60;

function option(args: readonly string[], name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return args.find((a) => a.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

/** A generated catalogue database, cached between runs (generation is not what is measured). */
function catalogueDatabase(orgs: number, seed: number): string {
  mkdirSync(CACHE_DIR, { recursive: true });
  const path = join(CACHE_DIR, `ui-${String(orgs)}-seed${String(seed)}.sqlite`);
  if (existsSync(path)) return path;
  // The search benchmark builds the same catalogue (same generator, size and seed): reuse it.
  const searchBench = join(CACHE_DIR, `search-${String(orgs)}-seed${String(seed)}.sqlite`);
  if (existsSync(searchBench)) return searchBench;
  process.stderr.write(`ui bench: generating ${String(orgs)} organisations…\n`);
  const db = openDatabase(path);
  replaceCatalogue(db, generateCatalogue({ orgs, seed, taxonomy: loadTaxonomy() }), {
    version: 0,
    source: 'import',
  });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return path;
}

/** Typed queries: the first word(s) of some names and cities, a few with a typo. */
function sampleQueries(path: string, count: number): string[] {
  const db = openDatabase(path);
  const rows = db.prepare('SELECT name, city FROM organisation ORDER BY rid LIMIT 4000').all() as {
    name: string;
    city: string | null;
  }[];
  db.close();
  const queries: string[] = [];
  const step = Math.max(1, Math.floor(rows.length / count));
  for (let i = 0; queries.length < count && i < rows.length; i += step) {
    const row = rows[i];
    if (row === undefined) continue;
    const words = (queries.length % 3 === 2 && row.city !== null ? row.city : row.name).split(
      /\s+/,
    );
    let q = words.slice(0, 2).join(' ').slice(0, 14).trim();
    if (queries.length % 4 === 3 && q.length > 5) q = q.slice(0, 2) + q.slice(3); // a typo
    queries.push(q.toLowerCase());
  }
  return queries;
}

function bundleGzipBytes(): { raw: number; gzip: number } {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  const dist = join(ROOT, 'renderer/dist');
  const files = [
    join(dist, 'index.html'),
    ...readdirSync(join(dist, 'assets')).map((f) => join(dist, 'assets', f)),
  ];
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

interface Started {
  child: ChildProcess;
  url: string;
  firstAnswerMs: number;
}

/** Spawns `catalogue serve` and times it until a search has been answered over HTTP. */
async function startServe(dbPath: string): Promise<Started> {
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/catalogue.js'), 'serve', '--port', '0', '--db', dbPath],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve(m[0]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      reject(new Error(`catalogue serve exited (${String(code)}):\n${out}`));
    });
  });
  const origin = new URL(url).origin;
  const response = await fetch(`${url}api/search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ text: 'cluster', limit: 100 }),
  });
  const body = (await response.json()) as { ok: boolean };
  if (!body.ok) throw new Error('ui bench: the first search failed');
  return { child, url, firstAnswerMs: performance.now() - start };
}

/*
 * The code that runs in the page is plain JavaScript text: tsx compiles this file with esbuild's
 * keepNames, whose `__name()` helper does not exist in the page, so functions cannot be passed.
 */

/**
 * In the page: types `text` one key every `gap` ms. Per key, ms until results for its text (or a
 * later key's) are painted — the results section's data-query names the text its rows answer —
 * and, stricter, until they are painted with no newer query pending (data-pending="false").
 */
const TYPE_AND_TIME = `async ({ text, gap }) => {
  const input = document.querySelector('#search-input');
  const section = document.querySelector('section.results');
  if (input === null || section === null) throw new Error('ui bench: the search page is not shown');
  // React tracks the value through the native setter; typing goes through it, like a user.
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const setValue = (value) => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const sleep = (t) => new Promise((r) => setTimeout(r, t));
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  setValue('');
  while (section.dataset.query !== '' || section.dataset.pending !== 'false') await sleep(5);
  const prefixes = Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));
  const typedAt = [];
  const shownAt = [];
  const settledAt = [];
  const observer = new MutationObserver(() => {
    const shown = prefixes.map((p) => p.trim()).lastIndexOf(section.dataset.query);
    const settled = section.dataset.pending === 'false';
    // Painted in the next frame: every key up to the shown text is answered then.
    void frame().then(() => {
      const now = performance.now();
      for (let k = 0; k <= shown && k < typedAt.length; k++) {
        shownAt[k] ??= now;
        if (settled) settledAt[k] ??= now;
      }
    });
  });
  observer.observe(section, { attributes: true, attributeFilter: ['data-query', 'data-pending'] });
  for (const prefix of prefixes) {
    typedAt.push(performance.now());
    setValue(prefix);
    await sleep(gap);
  }
  const deadline = performance.now() + 10000;
  while (settledAt.filter((t) => t !== undefined).length < typedAt.length && performance.now() < deadline) {
    await sleep(5);
  }
  observer.disconnect();
  const since = (at) => typedAt.map((t, i) => (at[i] === undefined ? NaN : at[i] - t));
  return { shown: since(shownAt), settled: since(settledAt) };
}`;

/** In the page: the search API call alone (same transport, same arguments as the UI). */
const API_FLOOR = `async (texts) => {
  const times = [];
  for (const text of texts) {
    const start = performance.now();
    const response = await fetch('api/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, sort: 'relevance', locale: 'en', limit: 100, offset: 0 }),
    });
    await response.json();
    times.push(performance.now() - start);
  }
  return times;
}`;

interface KeyTimes {
  shown: number[];
  settled: number[];
}

async function typeAndTime(page: Page, text: string, gap: number): Promise<KeyTimes> {
  return page.evaluate<KeyTimes>(`(${TYPE_AND_TIME})(${JSON.stringify({ text, gap })})`);
}

async function apiFloor(page: Page, texts: readonly string[]): Promise<number[]> {
  return page.evaluate<number[]>(`(${API_FLOOR})(${JSON.stringify(texts)})`);
}

export async function run(args: readonly string[]): Promise<void> {
  const orgs = Number(option(args, 'orgs', '100000'));
  const seed = Number(option(args, 'seed', '1'));
  const queryCount = Number(option(args, 'queries', '24'));
  const gap = Number(option(args, 'gap', '70'));

  const bundle = bundleGzipBytes();
  // What `npm start` and `npm run build` leave behind: `catalogue serve` runs the built bundle.
  await bundleCli();
  if (freshCliBundle() === undefined) throw new Error('ui bench: the CLI bundle is not fresh');
  const cached = catalogueDatabase(orgs, seed);
  const queries = sampleQueries(cached, queryCount);
  const dir = mkdtempSync(join(tmpdir(), 'catalogue-ui-bench-'));
  const dbPath = join(dir, 'catalogue.sqlite');
  copyFileSync(cached, dbPath);

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const started = await startServe(dbPath);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const pageStart = performance.now();
    await page.goto(started.url);
    await page.locator('section.results[data-pending="false"]').waitFor();
    const firstPaintMs = performance.now() - pageStart;

    // Warm up both paths once, then measure them interleaved so load affects both alike, in
    // alternating order: whichever runs second meets the database pages the first one read, so
    // neither path may always be second.
    await typeAndTime(page, queries[0] ?? 'cluster', gap);
    await apiFloor(page, [queries[0] ?? 'cluster']);
    const keystrokes: number[] = [];
    const settledKeys: number[] = [];
    const floor: number[] = [];
    for (const [i, q] of queries.entries()) {
      const prefixes = Array.from({ length: q.length }, (_, k) => q.slice(0, k + 1).trim()).filter(
        (p) => p !== '',
      );
      if (i % 2 === 1) floor.push(...(await apiFloor(page, prefixes)));
      const times = await typeAndTime(page, q, gap);
      keystrokes.push(...times.shown);
      settledKeys.push(...times.settled);
      if (i % 2 === 0) floor.push(...(await apiFloor(page, prefixes)));
    }
    const answered = keystrokes.filter((t) => Number.isFinite(t));
    const settled = settledKeys.filter((t) => Number.isFinite(t));
    const p95 = quantile(answered, 0.95);
    const floorP95 = quantile(floor, 0.95);
    const goal = 2 * floorP95 + FRAME_MS;

    process.stdout.write(
      `${table(
        ['measure', 'value', 'goal', 'met'],
        [
          ['organisations', orgs.toLocaleString('en'), '', ''],
          [
            'start → first answered search (HTTP)',
            ms(started.firstAnswerMs),
            '≤ 1500 ms',
            started.firstAnswerMs <= 1500 ? 'yes' : 'NO',
          ],
          ['page load → first results painted', ms(firstPaintMs), '', ''],
          [
            'keystrokes typed (one per ' + String(gap) + ' ms)',
            `${String(answered.length)}/${String(keystrokes.length)} answered`,
            '',
            '',
          ],
          ['keystroke → results p50', ms(quantile(answered, 0.5)), '', ''],
          ['keystroke → results p95', ms(p95), `≤ ${ms(goal)}`, p95 <= goal ? 'yes' : 'NO'],
          [
            'keystroke → newest text answered, nothing pending, p50 / p95',
            `${ms(quantile(settled, 0.5))} / ${ms(quantile(settled, 0.95))}`,
            '',
            '',
          ],
          ['search API call p50 (floor)', ms(quantile(floor, 0.5)), '', ''],
          ['search API call p95 (floor)', ms(floorP95), '', ''],
          ['keystroke p95 / floor p95', ratio(p95 / floorP95), '≤ 2× + 16.7 ms', ''],
          [
            'renderer bundle (gzip)',
            `${(bundle.gzip / 1024).toFixed(1)} KB (raw ${(bundle.raw / 1024).toFixed(0)} KB)`,
            '≤ 300 KB',
            bundle.gzip <= 300 * 1024 ? 'yes' : 'NO',
          ],
        ],
      )}\n`,
    );
  } finally {
    await browser.close();
    started.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dir, { recursive: true, force: true });
  }
}
