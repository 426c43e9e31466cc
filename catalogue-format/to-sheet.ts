/**
 * A catalogue in the spreadsheet layout of columns.ts, as rows of text cells: what the CSV and
 * XLSX writers put in a file, and what the readers turn back into the same catalogue.
 */
import {
  CONTACT_FIELDS,
  EVENT_COLUMNS,
  LIST_SEPARATOR,
  ORGANISATION_COLUMNS,
  SERVICE_FIELDS,
} from './columns';
import type { CatalogueEvent, Organisation } from './schema';

/** The organisations header: fixed columns, then names_<lang>, services, contacts as used. */
export function organisationHeader(organisations: Iterable<Organisation>): string[] {
  const languages = new Set<string>();
  let services = 0;
  let contacts = 0;
  for (const org of organisations) {
    for (const lang of Object.keys(org.names)) languages.add(lang);
    services = Math.max(services, org.services.length);
    contacts = Math.max(contacts, org.contacts.length);
  }
  const header: string[] = [...ORGANISATION_COLUMNS];
  // names_<lang> right after `name`, so a person sees a name and its translations together.
  header.splice(
    header.indexOf('name') + 1,
    0,
    ...[...languages].sort().map((lang) => `names_${lang}`),
  );
  for (let n = 1; n <= services; n++) {
    for (const f of SERVICE_FIELDS) header.push(`service_${n}_${f}`);
  }
  for (let n = 1; n <= contacts; n++) {
    for (const f of CONTACT_FIELDS) header.push(`contact_${n}_${f}`);
  }
  return header;
}

/** Turns organisations into rows of `header`; the header is parsed once, not per row. */
export function organisationCells(org: Organisation, header: readonly string[]): string[] {
  return cellReaders(header).map((read) => read(org));
}

type CellReader = (org: Organisation) => string;
const readersCache = new WeakMap<readonly string[], CellReader[]>();

function cellReaders(header: readonly string[]): CellReader[] {
  let readers = readersCache.get(header);
  if (readers === undefined) {
    readers = header.map((column): CellReader => {
      const numbered = /^(service|contact)_(\d+)_([a-z]+)$/.exec(column);
      if (numbered !== null) {
        const index = Number(numbered[2]) - 1;
        const field = numbered[3] ?? '';
        return numbered[1] === 'service'
          ? (org) => item(org.services[index], field)
          : (org) => item(org.contacts[index], field);
      }
      if (column.startsWith('names_')) {
        const lang = column.slice('names_'.length);
        return (org) => org.names[lang] ?? '';
      }
      return (org) => cell((org as Record<string, unknown>)[column]);
    });
    readersCache.set(header, readers);
  }
  return readers;
}

function item(value: object | undefined, field: string): string {
  return value === undefined ? '' : cell((value as Record<string, unknown>)[field]);
}

export const eventHeader: readonly string[] = EVENT_COLUMNS;

export function eventCells(event: CatalogueEvent): string[] {
  return EVENT_COLUMNS.map((column) => cell((event as Record<string, unknown>)[column]));
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
