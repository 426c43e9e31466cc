/**
 * The defect of issue 11 as a user met it: `catalogue export --format google` of the bundled
 * catalogue read back (Python's csv, LibreOffice) as 28 records, 16 of the wrong width,
 * instead of 19. Each CSV format of the bundled catalogue, exported by the command, must read
 * back under the strict RFC 4180 reader with one record per contact row, each as wide as the
 * header, holding each organisation's name and address intact.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledSourcePath, readSourceFile } from '../../../db/app-database';
import { runCli } from './cli-run';
import { decodeCsv, readCsvStrict } from './csv-reader';
import { CSV_FORMATS, neutralised, type CsvFormat } from './csv-expectations';

const { catalogue } = readSourceFile(bundledSourcePath());

/** One row per contact, one for an organisation without contacts (docs/export.md, Rows). */
const expectedRows = catalogue.organisations.flatMap((o) =>
  Array.from({ length: Math.max(1, o.contacts.length) }, () => [
    neutralised(o.name),
    neutralised(o.address ?? ''),
  ]),
);

/** The columns holding the organisation's name and street address in each format. */
const NAME_AND_ADDRESS: Readonly<Record<CsvFormat, [string, string]>> = {
  csv: ['Organisation', 'Address'],
  'csv-semicolon': ['Organisation', 'Address'],
  google: ['Organization 1 - Name', 'Address 1 - Street'],
  outlook: ['Company', 'Business Street'],
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-bundled-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the bundled catalogue, exported by `catalogue export`', () => {
  it.each(Object.keys(CSV_FORMATS) as CsvFormat[])(
    '%s: one record per contact row, each as wide as the header',
    async (format) => {
      const out = join(dir, `${format}.csv`);
      // A database that does not exist yet is created from the bundled catalogue.
      const db = join(dir, `${format}.sqlite`);
      const run = await runCli(['export', '--format', format, '--db', db, '--out', out]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toContain(`Wrote ${expectedRows.length} contacts`);

      const [header = [], ...records] = readCsvStrict(
        decodeCsv(readFileSync(out)).text,
        CSV_FORMATS[format].delimiter,
      );
      expect(records).toHaveLength(expectedRows.length);
      for (const record of records) expect(record).toHaveLength(header.length);
      const [name, address] = NAME_AND_ADDRESS[format].map((h) => header.indexOf(h));
      const written = records.map((r) => [r[name ?? -1], r[address ?? -1]]);
      const order = (a: (string | undefined)[], b: (string | undefined)[]) =>
        a.join('\u0000') < b.join('\u0000') ? -1 : 1;
      expect(written.sort(order)).toEqual([...expectedRows].sort(order));
      if (format === 'google' || format === 'outlook') {
        // Notes put sectors, services and region on lines of their own: what broke the rows.
        const notes = records.map((r) => r[header.indexOf('Notes')] ?? '');
        expect(notes.filter((n) => n.includes('\n')).length).toBeGreaterThan(0);
      }
    },
  );
});
