import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../catalogue-format/read-source';
import type { Catalogue } from '../../../catalogue-format/schema';
import { validateCatalogue } from '../../../catalogue-format/validate';
import { catalogueToCsv } from '../../../catalogue-format/write-csv';
import { writeXlsx } from '../../../catalogue-format/write-xlsx';
import { generateCatalogue } from '../../../build/generator/generate';
import { validRaw } from '../../fixtures/sources/catalogues';
import { testTaxonomy } from '../../fixtures/taxonomy';
import { hostileText } from '../export/arbitraries';
import { readCsvStrict } from '../export/csv-reader';

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

describe('a CSV source keeps one record per organisation whatever its text', () => {
  // Addresses and descriptions may hold line breaks; every other cell may hold quotes and both
  // separators. A strict RFC 4180 reader (not the product's) must see one row per organisation.
  const multiLine = fc
    .array(
      hostileText.map((t) => t.replace(/[\p{Cc}\u2028\u2029]/gu, ' ').trim()),
      {
        minLength: 1,
        maxLength: 3,
      },
    )
    .map((lines) => lines.join('\n'));
  it.each([',', ';'] as const)('"%s": read back strictly, row for row', (delimiter) => {
    fc.assert(
      fc.property(multiLine, multiLine, (address, description) => {
        const base = fixture();
        const catalogue = {
          ...base,
          organisations: base.organisations.map((org) => ({ ...org, address, description })),
        };
        const text = catalogueToCsv(catalogue, { delimiter, bom: false });
        const rows = readCsvStrict(text, delimiter);
        expect(rows).toHaveLength(catalogue.organisations.length + 1);
        const header = rows[0] ?? [];
        for (const row of rows) expect(row).toHaveLength(header.length);
        const column = header.indexOf('address');
        expect(rows.slice(1).map((row) => row[column])).toEqual(
          catalogue.organisations.map(() => address),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('an XLSX source keeps every event date at its precision, with its note', () => {
  const year = fc.integer({ min: 1900, max: 2100 }).map(String);
  const month = fc
    .tuple(year, fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
  const day = fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const note = hostileText
    // Characters XML 1.0 cannot hold (lone surrogates, U+FFFE, U+FFFF) are left to the
    // organisation tests; line rules are the schema's.
    .map((t) =>
      t
        .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
        .replace(/[\uFFFE\uFFFF]|\p{Cs}/gu, '')
        .trim(),
    )
    .filter((t) => t !== '' && t.length <= 200);
  it('written and read back, each date is the same text ("2012" stays a year, not 2012-01-01)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(year, month, day),
        fc.option(note, { nil: undefined }),
        async (start, dateNote) => {
          const base = fixture();
          const [first] = base.events;
          if (first === undefined) throw new Error('the fixture has no event');
          const { end: _end, ...event } = { ...first, start, date_note: dateNote };
          if (dateNote === undefined) delete event.date_note;
          const catalogue = { ...base, events: [event] };
          const path = join(dir, `dates-${String(run++)}.xlsx`);
          await writeXlsx(catalogue, path);
          expect((await readBack(path)).events).toEqual([event]);
        },
      ),
      { numRuns: 25 },
    );
  });
});
