import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../../db/source/read-source';
import type { Catalogue } from '../../../../db/source/schema';
import { validateCatalogue } from '../../../../db/source/validate';
import { catalogueToCsv } from '../../../../db/source/write-csv';
import { writeXlsx } from '../../../../db/source/write-xlsx';
import { generateCatalogue } from '../../../../build/generator/generate';
import { validRaw } from '../../../fixtures/sources/catalogues';
import { testTaxonomy } from '../../../fixtures/taxonomy';

const dir = mkdtempSync(join(tmpdir(), 'round-trip-'));

function fixture(): Catalogue {
  const result = validateCatalogue(validRaw(), testTaxonomy);
  if (!result.ok) throw new Error('fixture is invalid');
  return result.catalogue;
}

async function readBack(path: string): Promise<Catalogue> {
  const result = await readSource(path, testTaxonomy);
  if (!result.ok)
    throw new Error(`read back failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.catalogue;
}

describe('JSON → CSV/XLSX → read gives the same catalogue', () => {
  const generated = generateCatalogue({ orgs: 300, seed: 7, taxonomy: testTaxonomy });

  it.each([
    ['fixture', ','],
    ['fixture', ';'],
    ['generated', ';'],
  ] as const)('CSV (%s, "%s")', async (which, delimiter) => {
    const catalogue = which === 'fixture' ? fixture() : generated;
    const path = join(dir, `${which}-${delimiter === ',' ? 'comma' : 'semicolon'}.csv`);
    writeFileSync(path, catalogueToCsv(catalogue, { delimiter }));
    // A CSV holds organisations only.
    expect(await readBack(path)).toEqual({ organisations: catalogue.organisations, events: [] });
  });

  it.each(['fixture', 'generated'] as const)('XLSX (%s)', async (which) => {
    const catalogue = which === 'fixture' ? fixture() : generated;
    const path = join(dir, `${which}.xlsx`);
    await writeXlsx(catalogue, path);
    expect(await readBack(path)).toEqual(catalogue);
  });
});
