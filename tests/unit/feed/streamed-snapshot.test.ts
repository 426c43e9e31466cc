/**
 * A feed snapshot is read, checked and written one organisation at a time (feed/payload.ts),
 * and with its index built on a worker, that worker reads and checks the records itself
 * (db/search/parallel-index.ts). Every path must give what parsing the whole document gives:
 * the same rows, index words and search data, or the same refusal with nothing changed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../../build/generator/generate';
import { readCatalogue, replaceCatalogue } from '../../../db/catalogue-store';
import { loadTaxonomy } from '../../../db/taxonomy';
import { CATALOGUE_SCHEMA, type Catalogue } from '../../../catalogue-format/schema';
import { parseSnapshot } from '../../../feed/payload';
import { tempDb } from '../db/catalogue-store.fixture';
import { indexWords } from '../db/search/index-words';
import { catalogueFingerprint } from './helpers';

const taxonomy = loadTaxonomy();
const meta = { version: 1, source: 'feed', channel: 'stable' } as const;
const dbs: ReturnType<typeof tempDb>[] = [];
const db = () => {
  const made = tempDb('mcc-streamed-');
  dbs.push(made);
  return made.db;
};
beforeEach(() => {
  dbs.length = 0;
});
afterEach(() => {
  for (const made of dbs) made.cleanup();
});

/** The snapshot as `catalogue publish` writes its records: one JSON document. */
const bytesOf = (catalogue: unknown) =>
  Buffer.from(JSON.stringify({ schema: CATALOGUE_SCHEMA, ...(catalogue as object) }));

/**
 * The same document outside the common shape (its schema key twice, as JSON.parse allows),
 * so parseSnapshot parses it whole: the path every other one is held to.
 */
const wholeBytesOf = (catalogue: unknown) =>
  Buffer.from(`{"schema":"${CATALOGUE_SCHEMA}",${bytesOf(catalogue).toString('utf8').slice(1)}`);

const searchData = (d: ReturnType<typeof db>) =>
  d.prepare("SELECT name, data FROM search_data WHERE name <> 'generation' ORDER BY name").all();

/** Applies `bytes` as a sync does (parse, then replace in one transaction); the error text. */
function apply(d: ReturnType<typeof db>, bytes: Buffer, indexInWorker: boolean): string {
  try {
    d.transaction(() =>
      replaceCatalogue(d, parseSnapshot(bytes, taxonomy), meta, { indexInWorker }),
    ).immediate();
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('a snapshot read one record at a time', () => {
  it('writes the same rows, index and search data on every path as the whole document', () => {
    const catalogue = generateCatalogue({ orgs: 2500, seed: 21, taxonomy });
    const [whole, inPlace, onWorker] = [db(), db(), db()];
    expect(apply(whole, wholeBytesOf(catalogue), false)).toBe('');
    expect(apply(inPlace, bytesOf(catalogue), false)).toBe('');
    expect(apply(onWorker, bytesOf(catalogue), true)).toBe('');
    const expected = readCatalogue(whole);
    expect(expected.organisations).toHaveLength(2500);
    for (const d of [inPlace, onWorker]) {
      expect(readCatalogue(d)).toEqual(expected);
      expect(indexWords(d)).toEqual(indexWords(whole));
      expect(searchData(d)).toEqual(searchData(whole));
    }
  });

  it('is refused with the same message on every path, and nothing changes', () => {
    const catalogue: Catalogue = generateCatalogue({ orgs: 2500, seed: 22, taxonomy });
    const broken = structuredClone(catalogue) as { organisations: Record<string, unknown>[] };
    // A rule that needs every record (a repeated id, late in the file) and a record's own.
    const first = broken.organisations[3];
    const late = broken.organisations[2400];
    if (first === undefined || late === undefined) throw new Error('fixture too small');
    late.id = first.id;
    broken.organisations[1200] = { ...broken.organisations[1200], sectors: ['no-such-sector'] };

    const [whole, inPlace, onWorker] = [db(), db(), db()];
    for (const d of [whole, inPlace, onWorker]) {
      d.transaction(() => replaceCatalogue(d, catalogue, meta)).immediate();
    }
    const before = catalogueFingerprint(whole);
    const expected = apply(whole, wholeBytesOf(broken), false);
    expect(expected).toMatch(/^The snapshot breaks the catalogue rules: row 1201 .*no-such-sector/);
    expect(expected).toMatch(/row 2401 .*is already the id of the organisation in row 4/);
    expect(apply(inPlace, bytesOf(broken), false)).toBe(expected);
    expect(apply(onWorker, bytesOf(broken), true)).toBe(expected);
    for (const d of [whole, inPlace, onWorker]) expect(catalogueFingerprint(d)).toEqual(before);
  });

  it('is refused as not JSON when a record is not, whatever else is wrong', () => {
    const catalogue = generateCatalogue({ orgs: 2500, seed: 23, taxonomy });
    const text = bytesOf({
      ...catalogue,
      organisations: catalogue.organisations.map((o, i) =>
        i === 10 ? { ...o, country: 'XX' } : o,
      ),
    }).toString('utf8');
    // Record 2000's first colon becomes a semicolon: the outline stays valid.
    const at = text.indexOf(`"id":"${catalogue.organisations[2000]?.id ?? ''}"`);
    const bytes = Buffer.from(`${text.slice(0, at + 4)};${text.slice(at + 5)}`);
    for (const indexInWorker of [false, true]) {
      const d = db();
      expect(apply(d, bytes, indexInWorker)).toBe('The snapshot is not JSON.');
      expect(catalogueFingerprint(d).orgs).toBe(0);
    }
  });
});
