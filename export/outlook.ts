/**
 * `outlook`: the CSV layout Outlook's "Import from another program or file → Comma Separated
 * Values" maps without manual work (the headers of Outlook's own CSV export, business
 * fields). UTF-8 with a byte-order mark: without it Outlook reads the file in the Windows
 * code page and breaks every Š, ő and ł. Fixed columns (`--columns` does not apply). Plain
 * phone numbers are written as they are; every other cell is formula-neutralised.
 */
import { noteText, personName } from './contact-fields';
import { writeCsvTable } from './csv-table';
import { neutraliseFormula, neutralisePhoneForImport } from './formula';
import type { ContactRow, RowSource } from './rows';

export const OUTLOOK_HEADERS = [
  'Title',
  'First Name',
  'Middle Name',
  'Last Name',
  'Suffix',
  'Company',
  'Job Title',
  'Business Street',
  'Business City',
  'Business State',
  'Business Postal Code',
  'Business Country/Region',
  'Business Phone',
  'E-mail Address',
  'E-mail Display Name',
  'Web Page',
  'Categories',
  'Notes',
] as const;

function outlookCells(row: ContactRow): string[] {
  const name = personName(row);
  const displayed = row.contactName ?? row.organisation;
  const cells = [
    name.prefix,
    name.given,
    name.middle,
    name.family,
    name.suffix,
    row.organisation,
    row.role ?? '',
    row.address ?? '',
    row.city ?? '',
    row.region ?? '',
    row.postcode ?? '',
    row.country,
    '', // phone: below, with the phone rule
    row.email ?? '',
    row.email === null ? '' : `${displayed} (${row.email})`,
    row.website ?? '',
    // Outlook separates categories with ";" in this column.
    row.sectors.map((s) => s.replace(/;/g, ',')).join(';'),
    noteText(row),
  ].map(neutraliseFormula);
  cells[OUTLOOK_HEADERS.indexOf('Business Phone')] = neutralisePhoneForImport(row.phone ?? '');
  return cells;
}

export async function writeOutlookCsv(rows: RowSource, out: NodeJS.WritableStream): Promise<void> {
  await writeCsvTable(rows, out, {
    delimiter: ',',
    bom: true,
    headers: OUTLOOK_HEADERS,
    cells: outlookCells,
  });
}
