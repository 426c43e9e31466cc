/**
 * What the contact formats (google, outlook, vcard) derive from a row: the name to show, the
 * split name, a postal address block and a note with what does not have its own field.
 */
import { LIST_SEPARATOR } from './columns';
import { splitPersonName, type PersonName } from './person-name';
import type { ContactRow } from './rows';

/** The contact's name, else the organisation's (a role-only contact or an organisation row). */
export function displayName(row: ContactRow): string {
  return row.contactName ?? row.organisation;
}

/** The split name of a person; empty parts for an organisation row or a nameless contact. */
export function personName(row: ContactRow): PersonName {
  return row.contactName === null
    ? { prefix: '', given: '', middle: '', family: '', suffix: '' }
    : splitPersonName(row.contactName);
}

/** Address lines as an envelope shows them: street, postcode and city, country. */
export function formattedAddress(row: ContactRow): string {
  const town = [row.postcode, row.city].filter((p) => p !== null && p !== '').join(' ');
  return [row.address ?? '', town, row.country].filter((p) => p !== '').join('\n');
}

/**
 * The user's own note (when the export includes notes), then sectors, services and region:
 * useful in a contact app, with no field of their own.
 */
export function noteText(row: ContactRow): string {
  const lines: string[] = [];
  if (row.note !== null && row.note !== '') lines.push(row.note);
  if (row.sectors.length > 0) lines.push(`Sectors: ${row.sectors.join(LIST_SEPARATOR)}`);
  if (row.services.length > 0) lines.push(`Services: ${row.services.join(LIST_SEPARATOR)}`);
  if (row.region !== null) lines.push(`Region: ${row.region}`);
  return lines.join('\n');
}
