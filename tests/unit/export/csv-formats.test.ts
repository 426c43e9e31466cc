import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreFormulaText } from '../../../export/formula';
import { GOOGLE_HEADERS } from '../../../export/google';
import { OUTLOOK_HEADERS } from '../../../export/outlook';
import { decodeCsv, readCsvStrict } from './csv-reader';
import { exportToBuffer } from './export-helpers';
import { SPREADSHEET_HEADERS } from './expected-fields';
import { LONG_TITLE, tempDb, TRICKY_IDS, TRICKY_ROWS, type TempDb } from './fixture';

let t: TempDb;
beforeAll(() => {
  t = tempDb();
});
afterAll(() => {
  t.close();
});

/** Reads with the strict RFC 4180 reader, insisting on the byte-order mark and a last CRLF. */
function parse(bytes: Buffer, delimiter: ',' | ';', bom: boolean): string[][] {
  const decoded = decodeCsv(bytes);
  expect(decoded.bom).toBe(bom);
  expect(decoded.text.endsWith('\r\n')).toBe(true);
  return readCsvStrict(decoded.text, delimiter);
}

/** Rows as objects by header, formula neutralising undone (what the user sees). */
function records(table: string[][]): Record<string, string>[] {
  const [header = [], ...rows] = table;
  for (const row of rows) expect(row).toHaveLength(header.length);
  return rows.map((row) =>
    Object.fromEntries(header.map((h, i) => [h, restoreFormulaText(row[i] ?? '')])),
  );
}

describe('csv and csv-semicolon', () => {
  it.each([
    ['csv', ','],
    ['csv-semicolon', ';'],
  ] as const)('%s reads back intact with a BOM, CRLF and "%s"', async (format, delimiter) => {
    const { bytes, counts } = await exportToBuffer(t.db, { format, ids: TRICKY_IDS });
    expect(counts).toEqual({ contacts: TRICKY_ROWS, organisations: TRICKY_IDS.length });
    const table = parse(bytes, delimiter, true);
    expect(table[0]).toEqual(SPREADSHEET_HEADERS);
    const rows = records(table);
    expect(rows).toHaveLength(TRICKY_ROWS);
    expect(rows[0]).toMatchObject({
      Organisation: 'Łódzki Klaster; "Quote", Co.',
      Kind: 'cluster',
      'Contact name': 'Łukasz Żółć-Świątek',
      Role: 'Kierownik, projekty; "B2B"',
      Phone: '+48 42 631 00 00',
      Website: 'https://lodz.example.pl/a,b;c',
      Address: 'ul. Piotrkowska 1, lok. 2',
      City: 'Łódź',
      Country: 'Poland',
      Region: 'Miasto Łódź',
      Sectors: 'ICT; Automotive & Aeronautics',
      Services: `${LONG_TITLE}; Szkolenia; doradztwo`,
    });
    expect(rows[1]).toMatchObject({ 'Contact name': 'END:VCARD', Role: 'BEGIN:VCARD\r\nFN:Evil' });
    const sk = rows.find((r) => r.Organisation === 'Kúpele Piešťany');
    expect(sk).toMatchObject({ Role: 'Line1\nLine2\r\nLine3', Address: 'Winterova 29\nBudova B' });
    const cz = rows.find((r) => r.City === 'Brno');
    expect(cz?.Address).toBe('C:\\cesta\\k\\souboru');
    const linz = rows.find((r) => r.City === 'Linz');
    expect(linz).toMatchObject({ 'Contact name': '', Phone: '+43 732 7800' });
    expect(rows.find((r) => r.City === 'München')?.Region).toBe('München, Kreisfreie Stadt');
  });

  it('neutralises every cell a spreadsheet would run as a formula', async () => {
    const { bytes } = await exportToBuffer(t.db, { format: 'csv', ids: TRICKY_IDS });
    const raw = parse(bytes, ',', true).slice(1).flat();
    for (const cell of raw) expect(cell).not.toMatch(/^[=+\-@\t\r\n＝＋－＠]/u);
    expect(raw).toContain(`'=HYPERLINK("http://evil.example","x")`);
    expect(raw).toContain(`'@SUM(1+1)`);
    expect(raw).toContain(`'＝Žalec d.o.o.`);
    expect(raw).toContain(`'\tTab Name`);
    expect(raw).toContain(`'+43 732 7800`);
  });

  it('writes only the chosen columns, in the chosen order', async () => {
    const { bytes } = await exportToBuffer(t.db, {
      format: 'csv-semicolon',
      ids: ['at-linz', 'pl-lodz'],
      columns: ['email', 'organisation'],
      locale: 'de',
    });
    expect(parse(bytes, ';', true)).toEqual([
      ['E-mail', 'Organisation'],
      ['office@aepfel.example.at', 'Österreichische Äpfel GmbH'],
      ['lukasz@lodz.example.pl', 'Łódzki Klaster; "Quote", Co.'],
      ['biuro@lodz.example.pl', 'Łódzki Klaster; "Quote", Co.'],
    ]);
  });

  it('names countries and sectors in the chosen language', async () => {
    const { bytes } = await exportToBuffer(t.db, {
      format: 'csv',
      ids: ['pl-lodz'],
      columns: ['country', 'sectors'],
      locale: 'pl',
    });
    expect(parse(bytes, ',', true)[1]?.[0]).toBe('Polska');
  });
});

describe('google and outlook', () => {
  it('google: Google Contacts headers, UTF-8 without BOM, phones kept dialable', async () => {
    const { bytes } = await exportToBuffer(t.db, { format: 'google', ids: TRICKY_IDS });
    const table = parse(bytes, ',', false);
    expect(table[0]).toEqual([...GOOGLE_HEADERS]);
    const rows = records(table);
    expect(rows).toHaveLength(TRICKY_ROWS);
    expect(rows[0]).toMatchObject({
      Name: 'Łukasz Żółć-Świątek',
      'Given Name': 'Łukasz',
      'Family Name': 'Żółć-Świątek',
      'E-mail 1 - Value': 'lukasz@lodz.example.pl',
      'Phone 1 - Value': '+48 42 631 00 00',
      'Organization 1 - Name': 'Łódzki Klaster; "Quote", Co.',
      'Organization 1 - Title': 'Kierownik, projekty; "B2B"',
      'Address 1 - City': 'Łódź',
      'Address 1 - Country': 'Poland',
      'Website 1 - Value': 'https://lodz.example.pl/a,b;c',
      'Group Membership': '* myContacts',
    });
    const linz = rows.find((r) => r['Organization 1 - Name'] === 'Österreichische Äpfel GmbH');
    expect(linz).toMatchObject({ Name: 'Österreichische Äpfel GmbH', 'Given Name': '' });
    // The raw cell, not restored: a plain phone number is written exactly as it is.
    const rawPhones = table.slice(1).map((r) => r[GOOGLE_HEADERS.indexOf('Phone 1 - Value')]);
    expect(rawPhones).toContain('+43 732 7800');
    expect(rawPhones).toContain("'-1+1"); // not a plain phone number: neutralised
    const rawTitles = table
      .slice(1)
      .map((r) => r[GOOGLE_HEADERS.indexOf('Organization 1 - Title')]);
    expect(rawTitles).toContain(`'=HYPERLINK("http://evil.example","x")`);
    const sk = rows.find((r) => r['Address 1 - City'] === 'Piešťany');
    expect(sk).toMatchObject({
      'Name Prefix': 'Ing.',
      'Given Name': 'Ján',
      'Family Name': 'Šťastný',
      'Name Suffix': 'PhD.',
    });
  });

  it('outlook: Outlook import headers, UTF-8 with BOM, business fields', async () => {
    const { bytes } = await exportToBuffer(t.db, { format: 'outlook', ids: TRICKY_IDS });
    const table = parse(bytes, ',', true);
    expect(table[0]).toEqual([...OUTLOOK_HEADERS]);
    const rows = records(table);
    expect(rows[0]).toMatchObject({
      'First Name': 'Łukasz',
      'Last Name': 'Żółć-Świątek',
      Company: 'Łódzki Klaster; "Quote", Co.',
      'Job Title': 'Kierownik, projekty; "B2B"',
      'Business Phone': '+48 42 631 00 00',
      'Business City': 'Łódź',
      'Business Postal Code': '90-001',
      'Business Country/Region': 'Poland',
      'E-mail Address': 'lukasz@lodz.example.pl',
      Categories: 'ICT;Automotive & Aeronautics',
    });
    expect(rows.find((r) => r.Company === 'Österreichische Äpfel GmbH')).toMatchObject({
      'First Name': '',
      'Last Name': '',
      'Business Phone': '+43 732 7800',
    });
  });
});
