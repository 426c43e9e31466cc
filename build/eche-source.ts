/**
 * `npm run build:eche [-- --data DIR] [--out FILE] [--verbose]`: writes the European
 * Commission's list of ECHE holders (5,912 higher-education institutions, from the shared
 * reference data) as a catalogue source, checked by the catalogue's own validation. Default
 * output: dist/eche-source.json, which `catalogue validate` and `catalogue import` accept.
 * How each column is mapped: build/eche/source.ts and docs/data-sources.md.
 *
 * © European Union — Erasmus+ ECHE holders list (Commission Decision 2011/833/EU).
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { scriptOptions } from './script-options';
import { writeJson } from '../catalogue-format/write-json';
import { formatProblem, validateCatalogue } from '../catalogue-format/validate';
import { loadTaxonomy } from '../db/taxonomy';
import { DEFAULT_DATA_DIR } from './eche/read-rows';
import { loadEcheSource } from './eche/source';

function fail(message: string, status: number): never {
  process.stderr.write(`build:eche: ${message}\n`);
  process.exit(status);
}

const args = scriptOptions(
  'build:eche',
  { data: { type: 'string' }, out: { type: 'string' }, verbose: { type: 'boolean' } },
  'usage: npm run build:eche -- [--data DIR] [--out FILE] [--verbose]\n' +
    `Writes the ECHE list of DIR (default ${DEFAULT_DATA_DIR}) as a catalogue source\n` +
    '(default dist/eche-source.json); --verbose lists every value left out.\n',
);
const out = args.out ?? 'dist/eche-source.json';
const taxonomy = loadTaxonomy();

let imported;
try {
  imported = loadEcheSource(taxonomy, args.data ?? DEFAULT_DATA_DIR);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error), 1);
}
const result = validateCatalogue(imported.source, taxonomy);
if (!result.ok) {
  const lines = result.problems.map(formatProblem);
  fail(
    `the converted list has ${lines.length} problem(s); nothing was written:\n  ${lines.join('\n  ')}`,
    1,
  );
}
const { catalogue } = result;
mkdirSync(dirname(out), { recursive: true });
const stream = createWriteStream(out);
await writeJson(catalogue, stream);
stream.end();
await once(stream, 'close');

const count = (predicate: (o: (typeof catalogue.organisations)[number]) => boolean) =>
  catalogue.organisations.filter(predicate).length.toLocaleString('en');
process.stdout.write(
  `${out}: ${catalogue.organisations.length.toLocaleString('en')} organisations, ` +
    `${count((o) => o.region !== undefined)} with a region, ` +
    `${count((o) => o.website !== undefined)} with a website; ` +
    `${imported.notes.length} website values left out` +
    `${args.verbose === true || imported.notes.length === 0 ? '' : ' (--verbose lists them)'}\n`,
);
if (args.verbose === true) {
  for (const note of imported.notes) {
    process.stdout.write(
      `  row ${note.row} (id ${note.id}), ${note.field}: ${JSON.stringify(note.value)} ${note.reason}\n`,
    );
  }
}
