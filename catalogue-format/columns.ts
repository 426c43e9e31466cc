/**
 * The spreadsheet layout of the catalogue source (CSV and XLSX): one row per record, the JSON
 * field names as column headers, lists in one cell separated by `;`, services and contacts in
 * numbered columns (`service_1_title`, `contact_2_email`) and localised names in `names_<lang>`
 * columns. Readers and writers share these definitions so a written sheet reads back the same.
 */
import type { FieldPath, Section } from './problems';

/** Organisation columns holding one value, in the order writers put them. */
export const ORGANISATION_COLUMNS = [
  'id',
  'kind',
  'name',
  'acronym',
  'description',
  'country',
  'region',
  'city',
  'address',
  'postcode',
  'website',
  'email',
  'phone',
  'fax',
  'sectors',
  'member_of',
  'verified_at',
] as const;

export const SERVICE_FIELDS = ['id', 'title', 'type', 'description', 'sectors'] as const;
export const CONTACT_FIELDS = ['name', 'role', 'email', 'phone', 'languages'] as const;

export const EVENT_COLUMNS = [
  'id',
  'kind',
  'title',
  'start',
  'end',
  'date_note',
  'city',
  'country',
  'organisers',
  'sectors',
  'description',
  'website',
] as const;

/** Cells that hold a list (`ict;food`); the key is the field name inside its record. */
export const LIST_FIELDS: ReadonlySet<string> = new Set([
  'sectors',
  'member_of',
  'organisers',
  'languages',
]);

/** Separator writers put between list values; readers also accept `,` and line breaks. */
export const LIST_SEPARATOR = ';';

/** What a header names, once recognised. */
export type Column =
  | { kind: 'field'; field: string }
  | { kind: 'name'; lang: string }
  | { kind: 'service'; n: number; field: string }
  | { kind: 'contact'; n: number; field: string };

const NUMBERED = /^(service|contact)_(\d{1,3})_([a-z]+)$/;
const LOCALISED_NAME = /^names_([a-z]{2})$/;

/** Recognises a header (already trimmed and lower-cased), or undefined for an unknown one. */
export function parseColumn(header: string, section: Section): Column | undefined {
  if (section === 'events') {
    return (EVENT_COLUMNS as readonly string[]).includes(header)
      ? { kind: 'field', field: header }
      : undefined;
  }
  if ((ORGANISATION_COLUMNS as readonly string[]).includes(header)) {
    return { kind: 'field', field: header };
  }
  const name = LOCALISED_NAME.exec(header);
  if (name?.[1] !== undefined) return { kind: 'name', lang: name[1] };
  const numbered = NUMBERED.exec(header);
  if (numbered?.[1] !== undefined && numbered[2] !== undefined && numbered[3] !== undefined) {
    const n = Number(numbered[2]);
    const field = numbered[3];
    if (n < 1) return undefined;
    if (numbered[1] === 'service' && (SERVICE_FIELDS as readonly string[]).includes(field)) {
      return { kind: 'service', n, field };
    }
    if (numbered[1] === 'contact' && (CONTACT_FIELDS as readonly string[]).includes(field)) {
      return { kind: 'contact', n, field };
    }
  }
  return undefined;
}

/** Splits a list cell: `ict; food` → ['ict', 'food']. Ids never contain `;` or `,`. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Field naming for problems found in a sheet: `contacts[1].email` of a record whose second
 * contact came from the `contact_3_*` columns is `contact_3_email`.
 */
export function sheetFieldName(
  numbers: readonly { services: number[]; contacts: number[] }[],
): (path: FieldPath, section: Section, index: number) => string {
  return (path, _section, index) => {
    const [first, second, third] = path;
    if ((first === 'services' || first === 'contacts') && typeof second === 'number') {
      const record = numbers[index];
      const n = record?.[first][second] ?? second + 1;
      const prefix = first === 'services' ? 'service' : 'contact';
      if (third !== undefined) return `${prefix}_${n}_${String(third)}`;
      return first === 'services' ? `service_${n}_id` : `contact_${n}_name`;
    }
    if (first === 'names' && second !== undefined) return `names_${String(second)}`;
    return String(first);
  };
}
