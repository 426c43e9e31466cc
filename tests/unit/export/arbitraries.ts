/**
 * Hostile values for the read-back property tests of every export format: any Unicode code
 * point, mixed with what breaks a file format or a spreadsheet — CR, LF and CRLF, quotes, both
 * CSV separators, vCard's backslash and keywords, formula starters and their full-width forms,
 * apostrophes before them, characters XML cannot hold, astral characters (4 UTF-8 bytes).
 */
import fc from 'fast-check';
import { ORGANISATION_KINDS } from '../../../contract/lists';
import type { ContactRow } from '../../../export/rows';

const NASTY = [
  '\r',
  '\n',
  '\r\n',
  '"',
  ',',
  ';',
  '=',
  '+',
  '-',
  '@',
  '\t',
  '＝',
  '＋',
  '－',
  '＠',
  "'",
  ' ',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example","x")',
  '\\',
  ':',
  'END:VCARD',
  'Łódź',
  'Industriestraße 4',
  '😀',
  '\u0000',
  '\u0085',
  '\u2028',
  '\uFFFE',
  '\uFFFF',
];

const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...NASTY));

/** One hostile text value, often several pieces joined (so a break lands mid-value). */
export const hostileText = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''));

const optional = fc.option(hostileText, { nil: null });

/** Phone numbers: hostile text, or plain numbers the contact formats must keep dialable. */
const phone = fc.oneof(
  optional,
  fc.constantFrom('+43 732 7800', '0732/7800', '+48 (42) 631-00-00', '-1+1', '+1+HYPERLINK("x")'),
);

const website = fc.oneof(
  optional,
  fc.constantFrom('https://a.example/x,y;z', 'http://b.example/ä ö?q="1"', 'javascript:alert(1)'),
);

export const contactRow: fc.Arbitrary<ContactRow> = fc.record({
  organisationId: fc.constant('x'),
  organisation: hostileText,
  kind: fc.constantFrom(...ORGANISATION_KINDS),
  person: fc.boolean(),
  contactName: optional,
  role: optional,
  email: optional,
  phone,
  website,
  address: optional,
  postcode: optional,
  city: optional,
  countryCode: fc.constant('AT'),
  country: hostileText,
  region: optional,
  sectors: fc.array(hostileText, { maxLength: 3 }),
  services: fc.array(hostileText, { maxLength: 3 }),
  // The user's note, as the export reads it when notes are included (null otherwise).
  note: optional,
});

export const contactRows = fc.array(contactRow, { minLength: 1, maxLength: 6 });

/** The lines of a cell as a line-splitting reader would see them (CRLF, CR or LF ends one). */
export function linesOf(cell: string): string[] {
  return cell.split(/\r\n|\r|\n/);
}
