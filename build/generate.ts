/**
 * `npm run generate -- --orgs 100000 --seed 1 [--format json|csv|xlsx] [--out FILE]`: writes
 * a synthetic catalogue (build/generator/) for tests and benchmarks. The same options always
 * give a byte-identical file. Default output: dist/generated-<orgs>-<seed>.<format>.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { scriptOptions } from './script-options';
import { writeCsv } from '../catalogue-format/write-csv';
import { writeJson } from '../catalogue-format/write-json';
import { writeXlsx } from '../catalogue-format/write-xlsx';
import { loadTaxonomy } from '../db/taxonomy';
import { generateCatalogue } from './generator/generate';

const FORMATS = ['json', 'csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

function fail(message: string): never {
  process.stderr.write(`generate: ${message}\n`);
  process.exit(2);
}

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) fail(`--${name} must be a whole number ≥ 0, not "${value}"`);
  return Number(value);
}

const args = scriptOptions(
  'generate',
  {
    orgs: { type: 'string' },
    seed: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  'usage: npm run generate -- [--orgs N] [--seed N] [--format json|csv|xlsx] [--out FILE]\n' +
    'Writes a synthetic catalogue (default 1000 organisations, seed 1) to\n' +
    'dist/generated-<orgs>-<seed>.<format>. Same options, same bytes.\n',
);
const orgs = wholeNumber('orgs', args.orgs, 1000);
const seed = wholeNumber('seed', args.seed, 1);
const format = (args.format ?? 'json') as Format;
if (!FORMATS.includes(format)) fail(`--format must be one of ${FORMATS.join(', ')}`);
const out = args.out ?? `dist/generated-${orgs}-${seed}.${format}`;

const started = performance.now();
const catalogue = generateCatalogue({ orgs, seed, taxonomy: loadTaxonomy() });
mkdirSync(dirname(out), { recursive: true });
if (format === 'xlsx') {
  await writeXlsx(catalogue, out);
} else {
  const stream = createWriteStream(out);
  if (format === 'json') await writeJson(catalogue, stream);
  else {
    const { eventsOmitted } = await writeCsv(catalogue, stream, { delimiter: ',' });
    if (eventsOmitted > 0) {
      process.stderr.write(
        `generate: ${eventsOmitted} events left out: a CSV holds organisations only (use json or xlsx)\n`,
      );
    }
  }
  stream.end();
  await once(stream, 'close');
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `${out}: ${catalogue.organisations.length} organisations, ${catalogue.events.length} events (${seconds} s)\n`,
);
