/**
 * The bundled taxonomies (catalogue/taxonomy/*.json, built by build/build-taxonomy.ts): loading
 * them (once per process: it runs at every app start), writing them into the database's
 * taxonomy tables (skipped when the tables already hold the same taxonomy), and fast lookups.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Db } from './sqlite';
import type {
  Country,
  Labels,
  Region,
  Sector,
  ServiceType,
  Taxonomy,
} from '../catalogue-format/taxonomy-types';

const TAXONOMY_DIR = new URL('../catalogue/taxonomy/', import.meta.url);

/** The committed files are generated and tested (tests/unit/db/taxonomy.test.ts). */
function readJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, TAXONOMY_DIR), 'utf8'));
}

let bundled: Taxonomy | undefined;

/** The taxonomy the app ships, read once and then shared (treat it as read-only). */
export function loadTaxonomy(): Taxonomy {
  bundled ??= {
    sectors: readJson('sectors.json') as Sector[],
    serviceTypes: readJson('service-types.json') as ServiceType[],
    countries: readJson('countries.json') as Country[],
    regions: readJson('regions.json') as Region[],
  };
  return bundled;
}

export interface NaceCode {
  code: string;
  level: 1 | 2 | 3 | 4;
  title: string;
}

/** NACE Rev. 2.1 (Delegated Regulation (EU) 2023/137): every code a sector may map to. */
export function loadNace(): NaceCode[] {
  return readJson('nace-2.1.json') as NaceCode[];
}

const hashes = new WeakMap<Taxonomy, string>();

/** sha256 of the taxonomy's JSON: what the database remembers it holds. */
export function taxonomyHash(t: Taxonomy): string {
  let hash = hashes.get(t);
  if (hash === undefined) {
    hash = createHash('sha256').update(JSON.stringify(t)).digest('hex');
    hashes.set(t, hash);
  }
  return hash;
}

/**
 * Replaces the sector, service_type, country and region tables with `t`, in one transaction
 * (a savepoint when the caller already holds one), and records its hash in taxonomy_meta.
 * Does nothing when the tables already hold this taxonomy.
 */
export function writeTaxonomy(db: Db, t: Taxonomy): void {
  const hash = taxonomyHash(t);
  const stored = db.prepare('SELECT sha256 FROM taxonomy_meta WHERE singleton = 1').get() as
    { sha256: string } | undefined;
  if (stored?.sha256 === hash) return;

  db.transaction(() => {
    for (const table of ['sector', 'service_type', 'country', 'region']) {
      db.prepare(`DELETE FROM ${table}`).run();
    }
    const sector = db.prepare(
      'INSERT INTO sector (id, position, labels, nace) VALUES (?, ?, ?, ?)',
    );
    t.sectors.forEach((s, i) => {
      sector.run(s.id, i, JSON.stringify(s.labels), JSON.stringify(s.nace));
    });
    const serviceType = db.prepare(
      'INSERT INTO service_type (id, position, labels) VALUES (?, ?, ?)',
    );
    t.serviceTypes.forEach((s, i) => {
      serviceType.run(s.id, i, JSON.stringify(s.labels));
    });
    const country = db.prepare('INSERT INTO country (code, nuts_code, labels) VALUES (?, ?, ?)');
    for (const c of t.countries) country.run(c.code, c.nutsCode, JSON.stringify(c.labels));
    const region = db.prepare(
      'INSERT INTO region (code, level, parent_code, country, name, name_latin) VALUES (?, ?, ?, ?, ?, ?)',
    );
    // Parents before children: region.parent_code references region(code).
    const byLevel = [...t.regions].sort((a, b) => a.level - b.level);
    for (const r of byLevel) {
      region.run(r.code, r.level, r.parentCode, r.country, r.name, r.nameLatin);
    }
    db.prepare(
      `INSERT INTO taxonomy_meta (singleton, sha256, written_at) VALUES (1, ?, ?)
       ON CONFLICT (singleton) DO UPDATE SET sha256 = excluded.sha256, written_at = excluded.written_at`,
    ).run(hash, new Date().toISOString());
  })();
}

export interface TaxonomyIndex {
  sector(id: string): Sector | undefined;
  serviceType(id: string): ServiceType | undefined;
  /** ISO alpha-2. */
  country(code: string): Country | undefined;
  /** NUTS 2024 code. */
  region(code: string): Region | undefined;
  /** Ancestors, nearest first, not including the region itself: SK021 -> ['SK02', 'SK0', 'SK']. */
  regionAncestors(code: string): string[];
  /** Every code below the region, in taxonomy order, not including itself. */
  regionDescendants(code: string): string[];
  /** The label in `locale` ("de", or "de-AT" → "de"), else English. */
  label(labels: Labels, locale: string): string;
}

const indexes = new WeakMap<Taxonomy, TaxonomyIndex>();

/** Lookups over `t`, built once per taxonomy object. */
export function taxonomyIndex(t: Taxonomy): TaxonomyIndex {
  const cached = indexes.get(t);
  if (cached !== undefined) return cached;

  const sectors = new Map(t.sectors.map((s) => [s.id, s]));
  const serviceTypes = new Map(t.serviceTypes.map((s) => [s.id, s]));
  const countries = new Map(t.countries.map((c) => [c.code, c]));
  const regions = new Map(t.regions.map((r) => [r.code, r]));
  const children = new Map<string, string[]>();
  for (const r of t.regions) {
    if (r.parentCode === null) continue;
    const list = children.get(r.parentCode);
    if (list === undefined) children.set(r.parentCode, [r.code]);
    else list.push(r.code);
  }

  const index: TaxonomyIndex = {
    sector: (id) => sectors.get(id),
    serviceType: (id) => serviceTypes.get(id),
    country: (code) => countries.get(code),
    region: (code) => regions.get(code),
    regionAncestors(code) {
      const found: string[] = [];
      let parent = regions.get(code)?.parentCode ?? null;
      // A malformed taxonomy with a cycle must not hang the app: stop at a repeat.
      while (parent !== null && parent !== code && !found.includes(parent)) {
        found.push(parent);
        parent = regions.get(parent)?.parentCode ?? null;
      }
      return found;
    },
    regionDescendants(code) {
      const found: string[] = [];
      const seen = new Set([code]);
      const walk = (parent: string): void => {
        for (const child of children.get(parent) ?? []) {
          if (seen.has(child)) continue;
          seen.add(child);
          found.push(child);
          walk(child);
        }
      };
      walk(code);
      return found;
    },
    label(labels, locale) {
      return labels[locale] ?? labels[locale.split(/[-_]/)[0]?.toLowerCase() ?? ''] ?? labels.en;
    },
  };
  indexes.set(t, index);
  return index;
}
