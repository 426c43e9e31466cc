/**
 * `google`: the CSV layout Google Contacts imports (the headers of its own "Google CSV"
 * export): UTF-8 without a byte-order mark, comma-separated, fixed columns (`--columns` does
 * not apply). Google Contacts does not evaluate formulas, so a plain phone number is written
 * as it is (it must import dialable); every other cell is neutralised (csv-table.ts) in case
 * the file is opened in a spreadsheet.
 */
import { displayName, formattedAddress, noteText, personName } from './contact-fields';
import { writeCsvTable } from './csv-table';
import type { ContactRow, RowSource } from './rows';

export const GOOGLE_HEADERS = [
  'Name',
  'Given Name',
  'Additional Name',
  'Family Name',
  'Name Prefix',
  'Name Suffix',
  'Notes',
  'Group Membership',
  'E-mail 1 - Type',
  'E-mail 1 - Value',
  'Phone 1 - Type',
  'Phone 1 - Value',
  'Address 1 - Type',
  'Address 1 - Formatted',
  'Address 1 - Street',
  'Address 1 - City',
  'Address 1 - Region',
  'Address 1 - Postal Code',
  'Address 1 - Country',
  'Organization 1 - Type',
  'Organization 1 - Name',
  'Organization 1 - Title',
  'Website 1 - Type',
  'Website 1 - Value',
] as const;

/** Google's own group every contact belongs to; without it imports land in "Other contacts". */
const MY_CONTACTS = '* myContacts';

function googleFields(row: ContactRow): string[] {
  const name = personName(row);
  const work = (value: string | null): string => (value === null || value === '' ? '' : 'Work');
  return [
    displayName(row),
    name.given,
    name.middle,
    name.family,
    name.prefix,
    name.suffix,
    noteText(row),
    MY_CONTACTS,
    work(row.email),
    row.email ?? '',
    work(row.phone),
    row.phone ?? '',
    'Work',
    formattedAddress(row),
    row.address ?? '',
    row.city ?? '',
    row.region ?? '',
    row.postcode ?? '',
    row.country,
    '',
    row.organisation,
    row.role ?? '',
    work(row.website),
    row.website ?? '',
  ];
}

export async function writeGoogleCsv(rows: RowSource, out: NodeJS.WritableStream): Promise<void> {
  await writeCsvTable(rows, out, {
    delimiter: ',',
    bom: false,
    headers: GOOGLE_HEADERS,
    fields: googleFields,
    dialablePhone: 'Phone 1 - Value',
  });
}
