/**
 * Export file names say what the file holds, and are safe on every system whatever the user
 * typed or named a shortlist: ASCII letters, digits and hyphens, bounded, never reserved.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../server/export-file-name';
import type { ExportScope } from '../../../server/export-scope';

const DATE = '2026-12-05';
const query = (q: Extract<ExportScope, { kind: 'query' }>['query']): ExportScope => ({
  kind: 'query',
  query: q,
});

describe('exportFileName', () => {
  it('names the words and filters of a search, a shortlist, or a count of picked rows', () => {
    expect(exportFileName(query({ sectors: ['food'], countries: ['AT'] }), DATE, '.csv')).toBe(
      'contacts-food-AT-2026-12-05.csv',
    );
    expect(exportFileName(query({ text: 'Präzisions-Teile  Łódź' }), DATE, '.xlsx')).toBe(
      'contacts-prazisions-teile-lodz-2026-12-05.xlsx',
    );
    expect(exportFileName(query({}), DATE, '-google.csv')).toBe(
      'contacts-all-2026-12-05-google.csv',
    );
    expect(
      exportFileName(query({ sectors: ['food', 'ict', 'wood'], kinds: ['cluster'] }), DATE, '.csv'),
    ).toBe('contacts-3-sectors-cluster-2026-12-05.csv');
    expect(exportFileName({ kind: 'shortlist', name: 'Vienna fair: 2027?' }, DATE, '.vcf')).toBe(
      'contacts-vienna-fair-2027-2026-12-05.vcf',
    );
    expect(exportFileName({ kind: 'shortlist', name: '日本' }, DATE, '.vcf')).toBe(
      'contacts-shortlist-2026-12-05.vcf',
    );
    expect(exportFileName({ kind: 'ids', ids: ['a', 'b', 'c'] }, DATE, '.csv')).toBe(
      'contacts-3-selected-2026-12-05.csv',
    );
  });

  it('is safe and bounded for any text, shortlist name or filter', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 300 });
    const scope: fc.Arbitrary<ExportScope> = fc.oneof(
      fc.record({ kind: fc.constant('shortlist' as const), name: anyText }),
      anyText.map((text) => query({ text })),
      fc
        .array(fc.string({ unit: 'binary', maxLength: 20 }), { maxLength: 4 })
        .map((sectors) => query({ sectors, countries: ['SK'] })),
    );
    fc.assert(
      fc.property(scope, (s) => {
        const name = exportFileName(s, DATE, '.csv');
        expect(name).toMatch(/^contacts-[A-Za-z0-9]+(-[A-Za-z0-9]+)*-2026-12-05\.csv$/);
        expect(name.length).toBeLessThanOrEqual('contacts--2026-12-05.csv'.length + 60);
      }),
      { numRuns: 500 },
    );
  });
});
