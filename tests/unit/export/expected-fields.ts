/**
 * What the formats write for a row, written from docs/export.md rather than from the writers:
 * the spreadsheet columns (csv, csv-semicolon, xlsx), and the note and split name of the
 * contact formats (google, outlook, vcard).
 */
import { splitPersonName, type PersonName } from '../../../export/person-name';
import type { ContactRow } from '../../../export/rows';

/**
 * "Notes hold the user's own note when the export includes notes, then sectors, services and
 * region", one per line, lists joined with "; ".
 */
export function expectedNote(row: ContactRow): string {
  const lines: string[] = [];
  if (row.note !== null && row.note !== '') lines.push(row.note);
  if (row.sectors.length > 0) lines.push(`Sectors: ${row.sectors.join('; ')}`);
  if (row.services.length > 0) lines.push(`Services: ${row.services.join('; ')}`);
  if (row.region !== null) lines.push(`Region: ${row.region}`);
  return lines.join('\n');
}

/** The contact's name split (the heuristic has its own tests); empty for an organisation row. */
export function expectedName(row: ContactRow): PersonName {
  return row.contactName === null
    ? { prefix: '', given: '', middle: '', family: '', suffix: '' }
    : splitPersonName(row.contactName);
}

/** The headers of the spreadsheet columns, all of them, in their default order. */
export const SPREADSHEET_HEADERS = [
  'Organisation',
  'Kind',
  'Contact name',
  'Role',
  'E-mail',
  'Phone',
  'Website',
  'Address',
  'Postcode',
  'City',
  'Country',
  'Region',
  'Sectors',
  'Services',
];

/** The text of each spreadsheet column, before any format-specific rule; lists joined "; ". */
export function spreadsheetFields(row: ContactRow): string[] {
  return [
    row.organisation,
    row.kind,
    row.contactName ?? '',
    row.role ?? '',
    row.email ?? '',
    row.phone ?? '',
    row.website ?? '',
    row.address ?? '',
    row.postcode ?? '',
    row.city ?? '',
    row.country,
    row.region ?? '',
    row.sectors.join('; '),
    row.services.join('; '),
  ];
}
