/**
 * The canonical snapshot (docs/catalogue-format.md, "Canonical form"): whatever the catalogue
 * and the order its records come in, the bytes a publisher writes are the bytes an app
 * regenerates from its database — which is what lets a colleague's app prove a shared snapshot
 * by the signed hash. Read back by JSON.parse and checked field by field, not by the product's
 * own writer.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalSnapshot } from '../../../catalogue-format/canonical';
import {
  CATALOGUE_SCHEMA,
  eventSchema,
  organisationSchema,
  type Catalogue,
} from '../../../catalogue-format/schema';
import { validateCatalogue } from '../../../catalogue-format/validate';
import { generateCatalogue } from '../../../build/generator/generate';
import { readCatalogue, replaceCatalogue } from '../../../db/catalogue-store';
import { tempDb } from '../db/catalogue-store.fixture';
import { testTaxonomy } from '../../fixtures/taxonomy';
import { hostileText } from '../export/arbitraries';

const { db, cleanup } = tempDb('mcc-canonical-');
afterAll(cleanup);

const oneLine = hostileText.map((t) => t.replace(/[\p{Cc}\u2028\u2029]/gu, ' ').trim());

/** Is `keys` in the order `order` gives (each key at most once)? */
function inOrder(keys: string[], order: string[]): boolean {
  const positions = keys.map((k) => order.indexOf(k));
  return positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] ?? -1)));
}

const catalogues = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    orgs: fc.integer({ min: 1, max: 25 }),
    name: oneLine,
    description: fc.array(oneLine, { maxLength: 3 }).map((lines) => lines.join('\n')),
    names: fc.dictionary(fc.constantFrom('de', 'sk', 'it', 'pl', 'hu'), oneLine, { maxKeys: 4 }),
    order: fc.array(fc.nat(), { maxLength: 40 }),
  })
  .map(({ seed, orgs, name, description, names, order }) => {
    const base = generateCatalogue({ orgs, seed, taxonomy: testTaxonomy });
    const raw = {
      schema: CATALOGUE_SCHEMA,
      organisations: base.organisations.map((o, i) =>
        i === 0
          ? { ...o, name: `${name}x`, description, names, sectors: [...o.sectors].reverse() }
          : o,
      ),
      events: base.events,
    };
    // Records in any order: an app that applied deltas holds them in another order than the
    // administrator's source.
    const list = raw.organisations;
    for (const [i, n] of order.entries()) {
      const j = n % list.length;
      const k = i % list.length;
      const a = list[j];
      const b = list[k];
      if (a && b) [list[j], list[k]] = [b, a];
    }
    return raw;
  });

describe('the canonical snapshot', () => {
  it('is the same from the source and from a database holding it; strict JSON in the documented form', () => {
    fc.assert(
      fc.property(catalogues, (raw) => {
        const result = validateCatalogue(raw, testTaxonomy);
        if (!result.ok) {
          fc.pre(false);
          return;
        }
        const catalogue: Catalogue = result.catalogue;
        const bytes = canonicalSnapshot(catalogue);
        replaceCatalogue(db, catalogue, { version: 0, source: 'import' });
        expect(canonicalSnapshot(readCatalogue(db)).equals(bytes)).toBe(true);

        const text = bytes.toString('utf8');
        expect(Buffer.from(text, 'utf8').equals(bytes)).toBe(true);
        const parsed = JSON.parse(text) as {
          schema: string;
          organisations: Record<string, unknown>[];
          events: Record<string, unknown>[];
        };
        // No whitespace between tokens, no newline at the end.
        expect(JSON.stringify(parsed)).toBe(text);
        expect(Object.keys(parsed)).toEqual(['schema', 'organisations', 'events']);
        const ids = parsed.organisations.map((o) => o.id as string);
        expect(ids).toEqual([...ids].sort());
        for (const org of parsed.organisations) {
          expect(inOrder(Object.keys(org), Object.keys(organisationSchema.shape))).toBe(true);
          const sectors = org.sectors as string[];
          expect(sectors).toEqual([...new Set(sectors)].sort());
          const nameKeys = Object.keys(org.names as object);
          expect(nameKeys).toEqual([...nameKeys].sort());
        }
        for (const event of parsed.events) {
          expect(inOrder(Object.keys(event), Object.keys(eventSchema.shape))).toBe(true);
        }
        // And it is still the same catalogue.
        const again = validateCatalogue(parsed, testTaxonomy);
        expect(again.ok && canonicalSnapshot(again.catalogue).equals(bytes)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
