/**
 * What each CSV format must hold, written from docs/export.md and not from the writers: the
 * text of every column for a row, and the documented formula neutralising. The property and
 * bundled-catalogue tests compare every cell read back with these.
 */
import { isPlainPhone } from '../../../export/formula';
import { GOOGLE_HEADERS } from '../../../export/google';
import { OUTLOOK_HEADERS } from '../../../export/outlook';
import type { ContactRow } from '../../../export/rows';
import {
  expectedName,
  expectedNote,
  SPREADSHEET_HEADERS,
  spreadsheetFields,
} from './expected-fields';

export type CsvFormat = 'csv' | 'csv-semicolon' | 'google' | 'outlook';

export const CSV_FORMATS: Readonly<Record<CsvFormat, { delimiter: ',' | ';'; bom: boolean }>> = {
  csv: { delimiter: ',', bom: true },
  'csv-semicolon': { delimiter: ';', bom: true },
  google: { delimiter: ',', bom: false },
  outlook: { delimiter: ',', bom: true },
};

/** A line (of a cell) that a spreadsheet would run as a formula, after any apostrophes. */
const STARTS_FORMULA = /^'*[=+\-@\t\uFF1D\uFF0B\uFF0D\uFF20]/u;

/**
 * docs/export.md, "Formula safety": every line of a cell (the first, and each after CRLF, CR
 * or LF) that starts with a formula starter, after any apostrophes, gets one apostrophe in
 * front; so does a cell that starts with a line break.
 */
export function neutralised(value: string): string {
  const parts = value.split(/(\r\n|\r|\n)/); // lines at even indexes, line breaks at odd ones
  const lines = parts.map((p, i) => (i % 2 === 0 && STARTS_FORMULA.test(p) ? `'${p}` : p));
  return (/^'*[\r\n]/.test(value) ? "'" : '') + lines.join('');
}

/** A phone cell of the contact-import formats: a plain number stays dialable. */
function dialable(phone: string): string {
  return isPlainPhone(phone) ? phone : neutralised(phone);
}

const text = (value: string | null): string => value ?? '';
const work = (value: string | null): string => (text(value) === '' ? '' : 'Work');

function googleCells(row: ContactRow): string[] {
  const n = expectedName(row);
  const town = [text(row.postcode), text(row.city)].filter((p) => p !== '').join(' ');
  const byHeader: Record<(typeof GOOGLE_HEADERS)[number], string> = {
    Name: row.contactName ?? row.organisation,
    'Given Name': n.given,
    'Additional Name': n.middle,
    'Family Name': n.family,
    'Name Prefix': n.prefix,
    'Name Suffix': n.suffix,
    Notes: expectedNote(row),
    'Group Membership': '* myContacts',
    'E-mail 1 - Type': work(row.email),
    'E-mail 1 - Value': text(row.email),
    'Phone 1 - Type': work(row.phone),
    'Phone 1 - Value': '', // below: the phone rule
    'Address 1 - Type': 'Work',
    'Address 1 - Formatted': [text(row.address), town, row.country]
      .filter((p) => p !== '')
      .join('\n'),
    'Address 1 - Street': text(row.address),
    'Address 1 - City': text(row.city),
    'Address 1 - Region': text(row.region),
    'Address 1 - Postal Code': text(row.postcode),
    'Address 1 - Country': row.country,
    'Organization 1 - Type': '',
    'Organization 1 - Name': row.organisation,
    'Organization 1 - Title': text(row.role),
    'Website 1 - Type': work(row.website),
    'Website 1 - Value': text(row.website),
  };
  return GOOGLE_HEADERS.map((h) =>
    h === 'Phone 1 - Value' ? dialable(text(row.phone)) : neutralised(byHeader[h]),
  );
}

function outlookCells(row: ContactRow): string[] {
  const n = expectedName(row);
  const byHeader: Record<(typeof OUTLOOK_HEADERS)[number], string> = {
    Title: n.prefix,
    'First Name': n.given,
    'Middle Name': n.middle,
    'Last Name': n.family,
    Suffix: n.suffix,
    Company: row.organisation,
    'Job Title': text(row.role),
    'Business Street': text(row.address),
    'Business City': text(row.city),
    'Business State': text(row.region),
    'Business Postal Code': text(row.postcode),
    'Business Country/Region': row.country,
    'Business Phone': '', // below: the phone rule
    'E-mail Address': text(row.email),
    'E-mail Display Name':
      row.email === null ? '' : `${row.contactName ?? row.organisation} (${row.email})`,
    'Web Page': text(row.website),
    Categories: row.sectors.map((s) => s.replace(/;/g, ',')).join(';'),
    Notes: expectedNote(row),
  };
  return OUTLOOK_HEADERS.map((h) =>
    h === 'Business Phone' ? dialable(text(row.phone)) : neutralised(byHeader[h]),
  );
}

/** The header and the cells, exactly as written, that `format` must hold for `rows`. */
export function expectedTable(format: CsvFormat, rows: readonly ContactRow[]): string[][] {
  switch (format) {
    case 'csv':
    case 'csv-semicolon':
      return [SPREADSHEET_HEADERS, ...rows.map((row) => spreadsheetFields(row).map(neutralised))];
    case 'google':
      return [[...GOOGLE_HEADERS], ...rows.map(googleCells)];
    case 'outlook':
      return [[...OUTLOOK_HEADERS], ...rows.map(outlookCells)];
  }
}
