/**
 * vCard 3.0 and 4.0 over arbitrary contact rows, read back with the strict reader (unfolding,
 * unescaping): one card per row, and every property holding the documented value
 * (docs/export.md, "vCard"), whatever the text — line breaks, `\`, `,`, `;`, `END:VCARD`,
 * control characters, 4-byte characters across a fold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainPhone } from '../../../export/formula';
import type { ContactRow } from '../../../export/rows';
import { writeVcards } from '../../../export/vcard';
import { contactRows } from './arbitraries';
import { expectedName, expectedNote } from './expected-fields';
import { MemoryStream } from './export-helpers';
import { components, items, readVcards, text, type Vcard } from './vcard-reader';

/** docs/export.md: any line break becomes a line break (`\n`), other controls but tab spaces. */
function vcardText(value: string): string {
  return value
    .replace(/\r\n|\r/g, '\n')
    .replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' ? c : ' '));
}

const optionalText = (value: string | null) => (value === null ? undefined : vcardText(value));

function httpUrl(website: string | null): URL | undefined {
  if (website === null || !URL.canParse(website)) return undefined;
  const url = new URL(website);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
}

function checkTel(card: Vcard, row: ContactRow, v4: boolean): void {
  const tel = card.find((p) => p.name === 'TEL');
  if (row.phone === null) {
    expect(tel).toBeUndefined();
  } else if (v4 && row.phone.startsWith('+') && isPlainPhone(row.phone)) {
    // An international number in 4.0: an RFC 3966 URI with the same digits.
    expect(tel?.params).toContain('VALUE=uri');
    expect(tel?.raw).toMatch(/^tel:\+[0-9().-]*[0-9][0-9().-]*$/);
    expect(tel?.raw.replace(/\D/g, '')).toBe(row.phone.replace(/\D/g, ''));
  } else {
    expect(text(card, 'TEL')).toBe(vcardText(row.phone));
  }
}

function checkCard(card: Vcard, row: ContactRow, v4: boolean): void {
  const organisationCard = row.contactName === null && !row.person;
  expect(text(card, 'VERSION')).toBe(v4 ? '4.0' : '3.0');
  expect(text(card, v4 ? 'KIND' : 'X-ABSHOWAS')).toBe(
    organisationCard ? (v4 ? 'org' : 'COMPANY') : undefined,
  );
  expect(text(card, 'FN')).toBe(vcardText(row.contactName ?? row.organisation));
  const n = expectedName(row);
  expect(components(card, 'N')).toEqual(
    !v4 || row.contactName !== null
      ? [n.family, n.given, n.middle, n.prefix, n.suffix].map(vcardText)
      : undefined,
  );
  expect(components(card, 'ORG')).toEqual([vcardText(row.organisation)]);
  expect(text(card, 'TITLE')).toBe(optionalText(row.role));
  expect(text(card, 'EMAIL')).toBe(optionalText(row.email));
  checkTel(card, row, v4);
  const address = [row.address, row.city, row.region, row.postcode].map((p) => p ?? '');
  expect(components(card, 'ADR')).toEqual(
    address.some((p) => p !== '') || row.country !== ''
      ? ['', '', ...address, row.country].map(vcardText)
      : undefined,
  );
  const url = card.find((p) => p.name === 'URL')?.raw;
  expect(url === undefined ? undefined : new URL(url).href).toBe(httpUrl(row.website)?.href);
  expect(items(card, 'CATEGORIES')).toEqual(
    row.sectors.length > 0 ? row.sectors.map(vcardText) : undefined,
  );
  const note = expectedNote(row);
  expect(text(card, 'NOTE')).toBe(note === '' ? undefined : vcardText(note));
}

describe.each([
  ['3.0', false],
  ['4.0', true],
] as const)('vCard %s, property-based', (version, v4) => {
  it('reads back one card per row, every property holding the documented value', async () => {
    await fc.assert(
      fc.asyncProperty(contactRows, async (rows) => {
        const out = new MemoryStream();
        await writeVcards(rows, out, version);
        const cards = readVcards(out.bytes());
        expect(cards).toHaveLength(rows.length);
        rows.forEach((row, i) => {
          checkCard(cards[i] ?? [], row, v4);
        });
      }),
      { numRuns: 150 },
    );
  });
});
