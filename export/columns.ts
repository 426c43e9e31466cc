/**
 * The columns of the spreadsheet exports (csv, csv-semicolon, xlsx): stable ids for
 * `--columns` and the API, their English headers, and how a row fills each of them. The
 * user's notes are one more column, written last and only when asked for (notes are private).
 */
import { COLUMN_IDS, type ColumnId, type OrganisationKind } from '../contract/lists';
import type { ContactRow } from '../db/contact-rows';
import { CatalogueError } from '../db/errors';

export const COLUMN_HEADERS: Readonly<Record<ColumnId, string>> = {
  organisation: 'Organisation',
  kind: 'Kind',
  contact_name: 'Contact name',
  role: 'Role',
  email: 'E-mail',
  phone: 'Phone',
  website: 'Website',
  address: 'Address',
  postcode: 'Postcode',
  city: 'City',
  country: 'Country',
  region: 'Region',
  sectors: 'Sectors',
  services: 'Services',
};

/** A column of a written table: a catalogue column, or the user's notes. */
export type TableColumn = ColumnId | 'notes';

/** How multi-valued cells (sectors, services) are joined: the source format's separator. */
export const LIST_SEPARATOR = '; ';

export function isColumnId(value: string): value is ColumnId {
  return (COLUMN_IDS as readonly string[]).includes(value);
}

/**
 * Validates a column choice ("email,organisation" or a list): known ids, no repeats, at least
 * one. The order given is the order written.
 */
export function parseColumns(spec: string | readonly string[]): ColumnId[] {
  const names = (typeof spec === 'string' ? spec.split(',') : spec)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (names.length === 0) {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `No columns chosen: name one or more of ${COLUMN_IDS.join(', ')}.`,
    );
  }
  const seen = new Set<string>();
  for (const name of names) {
    if (!isColumnId(name)) {
      throw new CatalogueError(
        'INVALID_ARGUMENT',
        `Unknown column "${name}": choose from ${COLUMN_IDS.join(', ')}.`,
      );
    }
    if (seen.has(name)) {
      throw new CatalogueError('INVALID_ARGUMENT', `Column "${name}" is named twice.`);
    }
    seen.add(name);
  }
  return names as ColumnId[];
}

/**
 * The plain text of one cell (before any spreadsheet-specific neutralising); `kind` names a
 * kind (its id for scripts, its name in a language for people: column-labels.ts).
 */
export function cellText(
  row: ContactRow,
  column: TableColumn,
  kind: (kind: OrganisationKind) => string = (k) => k,
): string {
  switch (column) {
    case 'organisation':
      return row.organisation;
    case 'kind':
      return kind(row.kind);
    case 'contact_name':
      return row.contactName ?? '';
    case 'role':
      return row.role ?? '';
    case 'email':
      return row.email ?? '';
    case 'phone':
      return row.phone ?? '';
    case 'website':
      return row.website ?? '';
    case 'address':
      return row.address ?? '';
    case 'postcode':
      return row.postcode ?? '';
    case 'city':
      return row.city ?? '';
    case 'country':
      return row.country;
    case 'region':
      return row.region ?? '';
    case 'sectors':
      return row.sectors.join(LIST_SEPARATOR);
    case 'services':
      return row.services.join(LIST_SEPARATOR);
    case 'notes':
      return row.note ?? '';
  }
}
