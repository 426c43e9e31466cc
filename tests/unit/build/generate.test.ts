import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../../build/generator/generate';
import type { Catalogue } from '../../../catalogue-format/schema';
import { formatProblem, validateCatalogue } from '../../../catalogue-format/validate';
import { writeJson } from '../../../catalogue-format/write-json';
import { loadTaxonomy } from '../../../db/taxonomy';
import { testTaxonomy } from '../../fixtures/taxonomy';

const taxonomy = loadTaxonomy();

async function jsonBytes(catalogue: Catalogue): Promise<string> {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      text += chunk.toString('utf8');
      callback();
    },
  });
  await writeJson(catalogue, sink);
  return text;
}

const PHONE_CODES: Record<string, string> = {
  AT: '+43 ',
  CZ: '+420 ',
  DE: '+49 ',
  HU: '+36 ',
  IT: '+39 ',
  PL: '+48 ',
  SI: '+386 ',
  SK: '+421 ',
};

describe('the synthetic catalogue generator', () => {
  const catalogue = generateCatalogue({ orgs: 2000, seed: 1, taxonomy });

  it('writes byte-identical JSON for the same seed, and different JSON for another', async () => {
    const again = generateCatalogue({ orgs: 2000, seed: 1, taxonomy });
    const other = generateCatalogue({ orgs: 2000, seed: 2, taxonomy });
    const bytes = await jsonBytes(catalogue);
    expect(await jsonBytes(again)).toBe(bytes);
    expect(await jsonBytes(other)).not.toBe(bytes);
  });

  it('produces a catalogue that validates cleanly, read back from its JSON', async () => {
    const result = validateCatalogue(JSON.parse(await jsonBytes(catalogue)), taxonomy);
    expect(result.ok ? [] : result.problems.slice(0, 5).map(formatProblem)).toEqual([]);
    expect(result.ok && result.catalogue).toEqual(catalogue);
  });

  it('has mostly suppliers, some clusters, and about one event per 50 organisations', () => {
    const kinds = new Map<string, number>();
    for (const o of catalogue.organisations) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
    expect(kinds.get('supplier')).toBeGreaterThan(1200);
    expect(kinds.get('cluster')).toBeGreaterThan(20);
    expect(catalogue.events).toHaveLength(40);
    expect(catalogue.organisations.every((o) => o.id.startsWith('gen-'))).toBe(true);
  });

  it('places organisations in real level-3 regions of their own country, with its phone code', () => {
    const regions = new Map(taxonomy.regions.map((r) => [r.code, r]));
    const countries = new Set<string>();
    for (const o of catalogue.organisations) {
      const region = regions.get(o.region ?? '');
      expect(region?.level).toBe(3);
      expect(region?.country).toBe(o.country);
      expect(o.phone?.startsWith(PHONE_CODES[o.country] ?? '?')).toBe(true);
      countries.add(o.country);
    }
    expect([...countries].sort()).toEqual(['AT', 'CZ', 'DE', 'HU', 'IT', 'PL', 'SI', 'SK']);
  });

  it('makes suppliers members of clusters of their own country', () => {
    const byId = new Map(catalogue.organisations.map((o) => [o.id, o]));
    const members = catalogue.organisations.filter((o) => o.member_of.length > 0);
    expect(members.length).toBeGreaterThan(1000);
    for (const m of members) {
      for (const id of m.member_of) {
        expect(byId.get(id)?.kind).toBe('cluster');
        expect(byId.get(id)?.country).toBe(m.country);
      }
    }
  });

  it('writes names in the network languages with their diacritics, and ASCII e-mails', () => {
    const text = catalogue.organisations
      .flatMap((o) => [o.name, ...o.contacts.map((c) => c.name ?? '')])
      .join(' ');
    for (const letter of ['ł', 'ß', 'ő', 'ű', 'š', 'ť', 'ž', 'č', 'ř', 'ä', 'ü']) {
      expect(text, letter).toContain(letter);
    }
    for (const o of catalogue.organisations) {
      for (const c of o.contacts) expect(c.email).toMatch(/^[a-z0-9.]+@[a-z0-9-]+\.example$/);
      if (o.website !== undefined)
        expect(o.website).toMatch(/^https:\/\/www\.[a-z0-9-]+\.example$/);
    }
  });

  it('works with any taxonomy that has regions of the network, and says when it has none', () => {
    const small = generateCatalogue({ orgs: 50, seed: 3, taxonomy: testTaxonomy });
    expect(
      validateCatalogue({ schema: 'metacluster-catalogue/1', ...small }, testTaxonomy).ok,
    ).toBe(true);
    expect(() =>
      generateCatalogue({ orgs: 5, seed: 1, taxonomy: { ...testTaxonomy, regions: [] } }),
    ).toThrow(/no level-3 region of AT, CZ, DE, HU, IT, PL, SI, SK/);
  });
});
