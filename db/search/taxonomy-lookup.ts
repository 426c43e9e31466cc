/**
 * The few taxonomy lookups search needs (labels, region ancestry), built once per Taxonomy
 * object. Kept local to search so that indexing and faceting do not depend on anything but
 * the Taxonomy data itself.
 */
import type { Labels, Region, Taxonomy } from '../../catalogue-format/taxonomy-types';

export interface SearchTaxonomy {
  sectorLabels: ReadonlyMap<string, Labels>;
  serviceTypeLabels: ReadonlyMap<string, Labels>;
  countryLabels: ReadonlyMap<string, Labels>;
  regions: ReadonlyMap<string, Region>;
  /** Codes of a region's ancestors, nearest first, not including the region itself. */
  ancestors(code: string): readonly string[];
  /** The label in `locale` (or its base language), else English, else `fallback`. */
  label(labels: Labels | undefined, locale: string, fallback: string): string;
}

const cache = new WeakMap<Taxonomy, SearchTaxonomy>();

export function searchTaxonomy(taxonomy: Taxonomy): SearchTaxonomy {
  const cached = cache.get(taxonomy);
  if (cached !== undefined) return cached;
  const regions = new Map(taxonomy.regions.map((r) => [r.code, r]));
  const ancestorCache = new Map<string, readonly string[]>();
  const built: SearchTaxonomy = {
    sectorLabels: new Map(taxonomy.sectors.map((s) => [s.id, s.labels])),
    serviceTypeLabels: new Map(taxonomy.serviceTypes.map((s) => [s.id, s.labels])),
    countryLabels: new Map(taxonomy.countries.map((c) => [c.code, c.labels])),
    regions,
    ancestors(code) {
      let list = ancestorCache.get(code);
      if (list === undefined) {
        const found: string[] = [];
        let parent = regions.get(code)?.parentCode ?? null;
        // A malformed taxonomy with a cycle must not hang the app: stop at a repeat.
        while (parent !== null && !found.includes(parent) && parent !== code) {
          found.push(parent);
          parent = regions.get(parent)?.parentCode ?? null;
        }
        list = found;
        ancestorCache.set(code, list);
      }
      return list;
    },
    label(labels, locale, fallback) {
      if (labels === undefined) return fallback;
      const base = locale.split('-')[0] ?? locale;
      return labels[locale] ?? labels[base] ?? labels.en;
    },
  };
  cache.set(taxonomy, built);
  return built;
}
