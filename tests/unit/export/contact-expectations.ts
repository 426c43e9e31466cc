/**
 * What the contact formats (google, outlook, vcard) derive from a row, written from
 * docs/export.md rather than from the writers: the note and the split name.
 */
import { splitPersonName, type PersonName } from '../../../export/person-name';
import type { ContactRow } from '../../../export/rows';

/** "Notes hold sectors, services and region", one per line, lists joined with "; ". */
export function expectedNote(row: ContactRow): string {
  const lines: string[] = [];
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
