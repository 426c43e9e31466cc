/**
 * `npm run bench -- export [--rows=100000] [--seed=1] [--repeat=1]`: every export format
 * writing the same ~100,000 contact rows to a file, against the floor (the same rows read
 * the same way and written as one JSON.stringify line each), all in one run. Each measurement
 * runs in its own child process, so peak memory (resident set growth during the export) is
 * that format's alone. Goals: each format within 5× the floor (xlsx 15×), growth < 200 MB.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPORT_FORMATS } from '../contract/lists';
import { CACHE_DIR, exportDatabase } from './export/database';
import { option } from './args';
import { ms, ratio, table } from './stats';

interface Measurement {
  format: string;
  ms: number;
  contacts: number;
  organisations: number;
  bytes: number;
  rssGrowth: number;
}

const CHILD = fileURLToPath(new URL('./export/child.ts', import.meta.url));
const MEMORY_GOAL = 200 * 1024 * 1024;

function measure(db: string, format: string, rows: number): Measurement {
  const out = join(CACHE_DIR, `export-bench-output.${format}`);
  try {
    const line = execFileSync(
      process.execPath,
      ['--import', 'tsx', CHILD, db, format, String(rows), out],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    return JSON.parse(line.trim().split('\n').at(-1) ?? '{}') as Measurement;
  } finally {
    rmSync(out, { force: true });
  }
}

/** Best time and worst memory of `repeat` runs. */
function best(db: string, format: string, rows: number, repeat: number): Measurement {
  const runs = Array.from({ length: repeat }, () => measure(db, format, rows));
  const fastest = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return { ...fastest, rssGrowth: Math.max(...runs.map((r) => r.rssGrowth)) };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function run(args: readonly string[]): Promise<void> {
  const rows = Number(option(args, 'rows', '100000'));
  const seed = Number(option(args, 'seed', '1'));
  const repeat = Math.max(1, Number(option(args, 'repeat', '1')));
  process.stderr.write('export bench: preparing the catalogue (cached after the first run)…\n');
  const db = exportDatabase(seed);
  const floor = best(db, 'floor', rows, repeat);
  process.stderr.write(`export bench: floor ${ms(floor.ms)}\n`);
  const results: (readonly string[])[] = [
    [
      'floor (JSON lines)',
      String(floor.contacts),
      mb(floor.bytes),
      ms(floor.ms),
      ratio(1),
      '—',
      mb(floor.rssGrowth),
      '—',
    ],
  ];
  let failures = 0;
  for (const format of EXPORT_FORMATS) {
    const m = best(db, format, rows, repeat);
    const goal = format === 'xlsx' ? 15 : 5;
    const times = m.ms / floor.ms;
    const ok = times <= goal && m.rssGrowth < MEMORY_GOAL && m.contacts === floor.contacts;
    if (!ok) failures += 1;
    process.stderr.write(`export bench: ${format} ${ms(m.ms)}\n`);
    results.push([
      format,
      String(m.contacts),
      mb(m.bytes),
      ms(m.ms),
      ratio(times),
      `≤ ${String(goal)}×`,
      mb(m.rssGrowth),
      ok ? 'yes' : 'NO',
    ]);
  }
  process.stdout.write(
    `${table(
      ['format', 'rows', 'file', 'time', '× floor', 'goal', 'peak RSS growth (< 200 MB)', 'met'],
      results,
    )}\n\n${String(floor.organisations)} organisations; ${String(repeat)} run(s) per format, best time, worst memory; each in its own process.\n`,
  );
  await Promise.resolve();
  if (failures > 0) process.exitCode = 1;
}
