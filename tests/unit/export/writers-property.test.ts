import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ContactRow } from '../../../db/contact-rows';
import { writeCsv } from '../../../export/csv';
import { restoreFormulaText } from '../../../export/formula';
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
  it.each([',', ';'] as const)('csv with "%s" reads back to the same text', async (delimiter) => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 5 }), async (raw) => {
        const rows = raw.map(toRow);
        const out = new MemoryStream();
        await writeCsv(rows, out, {
          delimiter,
          columns: ['organisation', 'contact_name', 'role', 'phone'],
        });
        const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(out.bytes()).slice(1);
        const parsed = Papa.parse<string[]>(body, { delimiter, newline: '\r\n' });
        expect(parsed.errors).toEqual([]);
        const data = parsed.data.slice(1, rows.length + 1).map((r) => r.map(restoreFormulaText));
        expect(data).toEqual(
          rows.map((r) => [r.organisation, r.contactName ?? '', r.role ?? '', r.phone ?? '']),
        );
      }),
      { numRuns: 60 },
    );
  });

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
