import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import type { Db } from '../../../db/sqlite';
import {
  loadNace,
  loadTaxonomy,
  taxonomyHash,
  taxonomyIndex,
  writeTaxonomy,
} from '../../../db/taxonomy';
import type { Taxonomy } from '../../../catalogue-format/taxonomy-types';

const NETWORK_LANGUAGES = ['en', 'de', 'it', 'sk', 'cs', 'hu', 'pl', 'sl'];

describe('the bundled taxonomy', () => {
  const t = loadTaxonomy();
  const index = taxonomyIndex(t);

  it('is loaded once and shared', () => {
    expect(loadTaxonomy()).toBe(t);
    expect(taxonomyIndex(t)).toBe(index);
  });

  it('holds every NUTS 2024 region with its national name', () => {
    expect(t.regions).toHaveLength(1903);
    expect(index.region('SK021')).toMatchObject({
      level: 3,
      parentCode: 'SK02',
      country: 'SK',
      name: 'Trnavský kraj',
    });
    expect(index.region('HU21')?.name).toBe('Közép-Dunántúl');
    expect(index.region('PL516')?.name).toBe('Legnicko-głogowski');
    expect(index.region('ITC4C')?.name).toBe('Milano');
    // Hungarian double acute accents survive (ő, ű), not a Latin-1 approximation.
    expect(t.regions.filter((r) => r.country === 'HU').some((r) => /[őű]/.test(r.name))).toBe(true);
  });

  it('walks the region hierarchy up and down', () => {
    expect(index.regionAncestors('SK021')).toEqual(['SK02', 'SK0', 'SK']);
    expect(index.regionAncestors('SK')).toEqual([]);
    expect(index.regionAncestors('XX999')).toEqual([]);
    expect(index.region(index.regionAncestors('SK021').at(-1) ?? '')?.country).toBe('SK');
    const belowUpperAustria = index.regionDescendants('AT3');
    expect(belowUpperAustria).toContain('AT31');
    expect(belowUpperAustria).toContain('AT312');
    expect(belowUpperAustria).not.toContain('AT3');
    expect(belowUpperAustria).not.toContain('AT130');
    expect(index.regionDescendants('AT312')).toEqual([]);
    // Every region below a country belongs to that country.
    const belowSlovakia = index.regionDescendants('SK');
    expect(belowSlovakia.length).toBe(
      t.regions.filter((r) => r.country === 'SK' && r.code !== 'SK').length,
    );
  });

  it('stores Greece as GR with Latin names, and marks the Extra-Regio codes', () => {
    const greek = t.regions.filter((r) => r.code.startsWith('EL'));
    expect(greek.length).toBeGreaterThan(50);
    for (const r of greek) {
      expect(r.country).toBe('GR');
      expect(r.nameLatin, r.code).not.toMatch(/\p{Script=Greek}/u);
    }
    expect(index.region('EL30')?.nameLatin).toBe('Attiki');
    expect(index.country('GR')?.nutsCode).toBe('EL');
    expect(index.region('HUZZZ')?.extraRegio).toBe(true);
    expect(index.region('HU21')?.extraRegio).toBeUndefined();
  });

  it('names countries in the network languages', () => {
    expect(index.country('SK')?.labels).toMatchObject({
      en: 'Slovakia',
      de: 'Slowakei',
      sk: 'Slovensko',
      hu: 'Szlovákia',
    });
    expect(index.country('AT')?.labels.pl).toBe('Austria');
    expect(index.country('CZ')?.labels.cs).toBe('Česká republika');
  });

  it('maps every sector to NACE Rev. 2.1 codes that exist', () => {
    const nace = new Set(loadNace().map((n) => n.code));
    expect(nace.size).toBe(1047);
    expect(t.sectors.map((s) => s.id)).toContain('creative-industries');
    for (const sector of t.sectors) {
      expect(sector.nace.length, sector.id).toBeGreaterThan(0);
      for (const code of sector.nace) expect(nace.has(code), `${sector.id}: ${code}`).toBe(true);
    }
    expect(index.sector('food')?.nace).toContain('10');
  });

  it('labels every sector and service type in the network languages', () => {
    for (const item of [...t.sectors, ...t.serviceTypes]) {
      for (const lang of NETWORK_LANGUAGES) {
        expect(item.labels[lang]?.trim(), `${item.id} ${lang}`).toBeTruthy();
      }
    }
    expect(t.serviceTypes.map((s) => s.id)).toEqual([
      'information-communication',
      'internationalisation',
      'marketing-pr',
      'cooperation',
      'training-qualification',
      'research-testing',
    ]);
  });

  it('falls back from a regional locale to its language, then to English', () => {
    const labels = index.sector('tourism')?.labels ?? { en: '' };
    expect(index.label(labels, 'de')).toBe('Tourismus');
    expect(index.label(labels, 'de-AT')).toBe('Tourismus');
    expect(index.label(labels, 'sk')).toBe('Cestovný ruch');
    expect(index.label(labels, 'fr')).toBe('Tourism');
    expect(index.label(labels, '')).toBe('Tourism');
  });
});

describe('writeTaxonomy', () => {
  let dir: string;
  let db: Db;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mcc-taxonomy-'));
    db = openDatabase(join(dir, 'c.sqlite'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = (table: string): number =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('fills the taxonomy tables with the bundled data', () => {
    const t = loadTaxonomy();
    writeTaxonomy(db, t);
    expect(count('region')).toBe(1903);
    expect(count('country')).toBe(t.countries.length);
    expect(count('sector')).toBe(t.sectors.length);
    expect(count('service_type')).toBe(6);
    expect(db.prepare("SELECT parent_code, name FROM region WHERE code = 'SK021'").get()).toEqual({
      parent_code: 'SK02',
      name: 'Trnavský kraj',
    });
    const food = db.prepare("SELECT labels, nace FROM sector WHERE id = 'food'").get() as {
      labels: string;
      nace: string;
    };
    expect(JSON.parse(food.labels)).toMatchObject({ en: 'Food', de: 'Lebensmittel' });
    expect(db.prepare("SELECT nuts_code FROM country WHERE code = 'GR'").pluck().get()).toBe('EL');
    expect(db.prepare('SELECT sha256 FROM taxonomy_meta').pluck().get()).toBe(taxonomyHash(t));
  });

  it('leaves the tables untouched when the same taxonomy is written again', () => {
    const t = loadTaxonomy();
    writeTaxonomy(db, t);
    const before = db.prepare('SELECT written_at FROM taxonomy_meta').pluck().get();
    const changes = db.prepare('SELECT total_changes()').pluck();
    const changesBefore = changes.get();
    // An equal taxonomy in another object (e.g. read by another process) is also "the same".
    writeTaxonomy(db, structuredClone<Taxonomy>(t));
    expect(changes.get()).toBe(changesBefore);
    expect(db.prepare('SELECT written_at FROM taxonomy_meta').pluck().get()).toBe(before);
  });

  it("replaces a different taxonomy completely, inside the caller's transaction", () => {
    writeTaxonomy(db, loadTaxonomy());
    const small: Taxonomy = {
      sectors: [{ id: 'wood', labels: { en: 'Wood' }, nace: ['16'] }],
      serviceTypes: [],
      countries: [{ code: 'AT', nutsCode: 'AT', labels: { en: 'Austria' } }],
      regions: [
        {
          code: 'AT31',
          level: 2,
          parentCode: 'AT3',
          country: 'AT',
          name: 'Oberösterreich',
          nameLatin: 'Oberösterreich',
        },
        {
          code: 'AT',
          level: 0,
          parentCode: null,
          country: 'AT',
          name: 'Österreich',
          nameLatin: 'Österreich',
        },
        {
          code: 'AT3',
          level: 1,
          parentCode: 'AT',
          country: 'AT',
          name: 'Westösterreich',
          nameLatin: 'Westösterreich',
        },
      ],
    };
    db.transaction(() => {
      writeTaxonomy(db, small);
    })();
    expect(count('region')).toBe(3);
    expect(count('sector')).toBe(1);
    expect(count('service_type')).toBe(0);
    expect(db.prepare('SELECT sha256 FROM taxonomy_meta').pluck().get()).toBe(taxonomyHash(small));

    // A failing caller rolls the taxonomy back with its own work.
    expect(() =>
      db.transaction(() => {
        writeTaxonomy(db, loadTaxonomy());
        throw new Error('import failed');
      })(),
    ).toThrow('import failed');
    expect(count('region')).toBe(3);
  });
});
