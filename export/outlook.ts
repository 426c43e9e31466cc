/**
 * `outlook`: the CSV layout Outlook's "Import from another program or file → Comma Separated
 * Values" maps without manual work (the headers of Outlook's own CSV export, business
 * fields). UTF-8 with a byte-order mark: without it Outlook reads the file in the Windows
 * code page and breaks every Š, ő and ł. Fixed columns (`--columns` does not apply). Plain
 * phone numbers are written as they are; every other cell is formula-neutralised (csv-table.ts).
 */
import { noteText, personName } from './contact-fields';
import { writeCsvTable } from './csv-table';
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

function outlookFields(row: ContactRow): string[] {
  const name = personName(row);
  const displayed = row.contactName ?? row.organisation;
  return [
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
    row.phone ?? '',
    row.email ?? '',
    row.email === null ? '' : `${displayed} (${row.email})`,
    row.website ?? '',
    // Outlook separates categories with ";" in this column.
    row.sectors.map((s) => s.replace(/;/g, ',')).join(';'),
    noteText(row),
  ];
}

export async function writeOutlookCsv(rows: RowSource, out: NodeJS.WritableStream): Promise<void> {
  await writeCsvTable(rows, out, {
    delimiter: ',',
    bom: true,
    headers: OUTLOOK_HEADERS,
    fields: outlookFields,
    dialablePhone: 'Business Phone',
  });
}
