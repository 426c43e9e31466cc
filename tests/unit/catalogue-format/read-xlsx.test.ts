import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../catalogue-format/read-source';
import { formatProblem } from '../../../catalogue-format/validate';
import { testTaxonomy } from '../../fixtures/taxonomy';

const dir = mkdtempSync(join(tmpdir(), 'read-xlsx-'));

async function workbookFile(
  name: string,
  fill: (workbook: ExcelJS.Workbook) => void,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('XLSX sources', () => {
  it('turns numbers, dates, rich text and links into the text a person sees', async () => {
    const path = await workbookFile('cells.xlsx', (wb) => {
      const sheet = wb.addWorksheet('organisations');
      sheet.addRow([
        'id',
        'kind',
        'name',
        'country',
        'phone',
        'postcode',
        'website',
        'email',
        'verified_at',
        'contact_1_name',
        'contact_1_phone',
      ]);
      sheet.addRow([
        'at-graz',
        'supplier',
        { richText: [{ text: 'Holzbau ' }, { font: { bold: true }, text: 'Steiner' }] },
        'AT',
        43316123456,
        8010,
        { text: 'www.holzbau.example.at', hyperlink: 'https://www.holzbau.example.at/' },
        { text: 'office@holzbau.example.at', hyperlink: 'mailto:office@holzbau.example.at' },
        new Date(Date.UTC(2026, 2, 14)),
        'Jürgen Weiß',
        436641234567,
      ]);
    });
    const result = await readSource(path, testTaxonomy);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalogue.organisations[0]).toMatchObject({
      name: 'Holzbau Steiner',
      phone: '43316123456',
      postcode: '8010',
      website: 'https://www.holzbau.example.at/',
      email: 'office@holzbau.example.at',
      verified_at: '2026-03-14',
      contacts: [{ name: 'Jürgen Weiß', phone: '436641234567' }],
    });
  });

  it('reads the "events" sheet, and reports its problems by its rows', async () => {
    const path = await workbookFile('events.xlsx', (wb) => {
      const orgs = wb.addWorksheet('organisations');
      orgs.addRow(['id', 'kind', 'name', 'country']);
      orgs.addRow(['cz-brno', 'cluster', 'Klastr Řemesel Brno', 'CZ']);
      const events = wb.addWorksheet('events');
      events.addRow(['id', 'kind', 'title', 'start', 'organisers', 'venue']);
      events.addRow([
        'ev-1',
        'company-tour',
        'Exkurze Třinec',
        new Date(Date.UTC(2026, 5, 3)),
        'cz-brno',
      ]);
      events.addRow(['ev-2', 'picnic', 'Piknik', '2026-06-31', 'cz-brno; cz-praha']);
    });
    const result = await readSource(path, testTaxonomy);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'events row 1, venue: is not a column of the events sheet (see docs/catalogue-format.md for the columns)',
      'events row 3 (id ev-2), kind: "picnic" must be one of exchange-forum, company-tour, study-visit, trade-fair, workshop, conference',
      'events row 3 (id ev-2), start: "2026-06-31" is not a real date',
      'events row 3 (id ev-2), organisers: "cz-praha" is not the id of an organisation in this catalogue',
    ]);
  });

  it('uses the first sheet when none is named "organisations", with sheet row numbers', async () => {
    const path = await workbookFile('first.xlsx', (wb) => {
      const sheet = wb.addWorksheet('Tabelle1');
      sheet.addRow(['ID', 'Kind', 'Name', 'Country', 'contact_1_email']);
      sheet.addRow(['it-1', 'supplier', 'Meccanica Rossi S.r.l.', 'IT', 'info@rossi.example.it']);
      sheet.addRow([]);
      sheet.getRow(4).values = ['it-2', 'supplier', 'Officine Bianchi', 'IT', 'bianchi at example'];
    });
    const result = await readSource(path, testTaxonomy);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'row 4 (id it-2), contact_1_email: "bianchi at example" is not an e-mail address',
    ]);
  });

  it('refuses a file that is not a workbook, in one line', async () => {
    const path = join(dir, 'broken.xlsx');
    writeFileSync(path, 'id,kind,name\nthis is really a CSV\n');
    const result = await readSource(path, testTaxonomy);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(formatProblem(result.problems[0] ?? { message: '' })).toMatch(
      /^the file is not a readable XLSX workbook \(.+\); save it from Excel or LibreOffice as \.xlsx$/,
    );
  });

  it('refuses a workbook whose text is not UTF-8, naming the part, line and byte offset', async () => {
    const path = await workbookFile('latin2.xlsx', (wb) => {
      const sheet = wb.addWorksheet('organisations');
      sheet.addRow(['id', 'kind', 'name', 'country']);
      sheet.addRow(['pl-1', 'supplier', 'Zakład Łódź', 'PL']);
    });
    // What a tool writing Windows-1250 into the XML makes of "ł": the single byte 0xB3.
    const zip = await JSZip.loadAsync(readFileSync(path));
    const strings = zip.file('xl/sharedStrings.xml');
    if (strings === null) throw new Error('exceljs wrote no shared strings');
    const xml = Buffer.from(await strings.async('uint8array'));
    const at = xml.indexOf('Zak\u0142ad');
    expect(at).toBeGreaterThan(0);
    const broken = Buffer.concat([
      xml.subarray(0, at + 3),
      Buffer.from([0xb3]),
      xml.subarray(at + 5),
    ]);
    zip.file('xl/sharedStrings.xml', broken);
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));

    const result = await readSource(path, testTaxonomy);
    const line = xml.subarray(0, at).toString('latin1').split('\n').length;
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `the workbook is damaged: its part xl/sharedStrings.xml is not UTF-8 text: line ${line}, byte offset ${at + 3}: byte 0xB3 after "${xml.subarray(Math.max(0, at - 17), at + 3).toString()}" is not UTF-8; open it in Excel or LibreOffice and save it again as .xlsx`,
    ]);
  });
});
