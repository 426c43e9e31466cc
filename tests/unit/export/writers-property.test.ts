import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactRow } from '../../../db/contact-rows';
import { writeVcards } from '../../../export/vcard';
import { normaliseVcardText } from '../../../export/vcard-text';
import { MemoryStream } from './export-helpers';
import { readVcards, text } from './vcard-reader';

const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('=1+1', '+43 732 7800', '"', ',', ';', '\r\n', '\n', '\\', 'END:VCARD', 'Łódź'),
);
const value = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));
const nonEmpty = value.filter((v) => v.trim() !== '');

const rowArb = fc.record({
  organisation: nonEmpty,
  contactName: fc.option(nonEmpty, { nil: null }),
  role: fc.option(value, { nil: null }),
  phone: fc.option(value, { nil: null }),
});

function toRow(r: {
  organisation: string;
  contactName: string | null;
  role: string | null;
  phone: string | null;
}): ContactRow {
  return {
    organisationId: 'x',
    kind: 'supplier',
    person: r.contactName !== null,
    email: null,
    website: null,
    address: null,
    postcode: null,
    city: null,
    countryCode: 'AT',
    country: 'Austria',
    region: null,
    sectors: [],
    services: [],
    ...r,
  };
}

describe('writers, property-based', () => {
  it.each(['3.0', '4.0'] as const)('vCard %s reads back card by card', async (version) => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 5 }), async (raw) => {
        const rows = raw.map(toRow);
        const out = new MemoryStream();
        await writeVcards(rows, out, version);
        const cards = readVcards(out.bytes());
        expect(cards).toHaveLength(rows.length);
        cards.forEach((card, i) => {
          const row = rows[i];
          if (row === undefined) throw new Error('row missing');
          expect(text(card, 'FN')).toBe(normaliseVcardText(row.contactName ?? row.organisation));
          expect(text(card, 'ORG')).toBe(normaliseVcardText(row.organisation));
          expect(text(card, 'TITLE')).toBe(
            row.role === null ? undefined : normaliseVcardText(row.role),
          );
        });
      }),
      { numRuns: 60 },
    );
  });
});
