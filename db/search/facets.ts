/**
 * Filtering and disjunctive facet counting over the in-memory arrays, in one pass over the
 * text matches: OR within a facet, AND across facets, and each facet counted over the matches
 * that pass every OTHER facet's filter, so selecting a value never zeroes its siblings.
 * Regions are hierarchical: a match counts for its region and every ancestor, and selecting
 * a parent region selects everything below it.
 */
import type { CatalogueArrays, Dictionary } from './catalogue-arrays';
import type { SearchTaxonomy } from './taxonomy-lookup';
import type { FacetName, FacetValue, SearchQuery } from './types';

const FACETS: readonly FacetName[] = ['sector', 'region', 'service_type', 'kind', 'country'];

const KIND_LABELS: Record<string, Record<string, string>> = {
  cluster: { en: 'Cluster', de: 'Cluster', it: 'Cluster' },
  partner: { en: 'Partner', de: 'Partner', it: 'Partner' },
  supplier: { en: 'Supplier', de: 'Zulieferer', it: 'Fornitore' },
  research: { en: 'Research', de: 'Forschung', it: 'Ricerca' },
  agency: { en: 'Agency', de: 'Agentur', it: 'Agenzia' },
  other: { en: 'Other', de: 'Andere', it: 'Altro' },
};

/** The ids selected in each facet, as the query gives them (undefined: no filter). */
function selectedIds(q: SearchQuery): Record<FacetName, readonly string[] | undefined> {
  const nonEmpty = (v: string[] | undefined) => (v !== undefined && v.length > 0 ? v : undefined);
  return {
    sector: nonEmpty(q.sectors),
    region: nonEmpty(q.regions),
    service_type: nonEmpty(q.serviceTypes),
    kind: nonEmpty(q.kinds),
    country: nonEmpty(q.countries),
  };
}

interface Filter {
  /** Per dictionary index: does a value pass? (for regions: itself or an ancestor selected) */
  pass: Uint8Array;
}

export interface FacetPass {
  /** Slots passing every filter, in the order they were given. */
  passing: Int32Array;
  counts: Record<FacetName, Uint32Array>;
}

function dictionaryOf(arrays: CatalogueArrays, facet: FacetName): Dictionary {
  switch (facet) {
    case 'sector':
      return arrays.sectorDict;
    case 'region':
      return arrays.regions;
    case 'service_type':
      return arrays.serviceTypeDict;
    case 'kind':
      return arrays.kinds;
    case 'country':
      return arrays.countries;
  }
}

function buildFilter(arrays: CatalogueArrays, facet: FacetName, ids: readonly string[]): Filter {
  const dict = dictionaryOf(arrays, facet);
  const pass = new Uint8Array(dict.ids.length);
  for (const id of ids) {
    const i = dict.get(id);
    if (i !== undefined) pass[i] = 1;
  }
  if (facet === 'region') {
    // A region passes when it or any ancestor is selected: parents include their children.
    const selected = pass.slice();
    for (let r = 0; r < pass.length; r++) {
      const chain = arrays.regionChain[r];
      if (chain === undefined) continue;
      for (const a of chain) if (selected[a] === 1) pass[r] = 1;
    }
  }
  return { pass };
}

/**
 * Filters `slots` (text matches, or every organisation) and counts every facet.
 * `withCounts: false` only filters (export of all matching ids).
 */
export function filterAndCount(
  arrays: CatalogueArrays,
  slots: Int32Array,
  q: SearchQuery,
  withCounts = true,
): FacetPass {
  const selected = selectedIds(q);
  const filters: (Filter | undefined)[] = FACETS.map((f) => {
    const ids = selected[f];
    return ids === undefined ? undefined : buildFilter(arrays, f, ids);
  });
  const [sectorF, regionF, typeF, kindF, countryF] = filters;
  const counts = {
    sector: new Uint32Array(arrays.sectorDict.ids.length),
    region: new Uint32Array(arrays.regions.ids.length),
    service_type: new Uint32Array(arrays.serviceTypeDict.ids.length),
    kind: new Uint32Array(arrays.kinds.ids.length),
    country: new Uint32Array(arrays.countries.ids.length),
  };
  const { kind, country, region, sectors, serviceTypes, regionChain } = arrays;
  const passing = new Int32Array(slots.length);
  let n = 0;
  const anyOf = (multi: typeof sectors, slot: number, pass: Uint8Array): boolean => {
    const end = multi.off[slot + 1] ?? 0;
    for (let p = multi.off[slot] ?? 0; p < end; p++)
      if (pass[multi.vals[p] ?? 0] === 1) return true;
    return false;
  };
  const countMulti = (multi: typeof sectors, slot: number, into: Uint32Array) => {
    const end = multi.off[slot + 1] ?? 0;
    for (let p = multi.off[slot] ?? 0; p < end; p++) {
      const v = multi.vals[p] ?? 0;
      into[v] = (into[v] ?? 0) + 1;
    }
  };
  for (const slot of slots) {
    let fails = 0;
    let failed = -1;
    if (sectorF !== undefined && !anyOf(sectors, slot, sectorF.pass)) {
      fails++;
      failed = 0;
    }
    const r = region[slot] ?? -1;
    if (regionF !== undefined && (r < 0 || regionF.pass[r] !== 1)) {
      fails++;
      failed = 1;
    }
    if (fails < 2 && typeF !== undefined && !anyOf(serviceTypes, slot, typeF.pass)) {
      fails++;
      failed = 2;
    }
    const k = kind[slot] ?? 0;
    if (fails < 2 && kindF !== undefined && kindF.pass[k] !== 1) {
      fails++;
      failed = 3;
    }
    const c = country[slot] ?? 0;
    if (fails < 2 && countryF !== undefined && countryF.pass[c] !== 1) {
      fails++;
      failed = 4;
    }
    if (fails === 0) passing[n++] = slot;
    if (!withCounts || fails > 1) continue;
    if (fails === 0 || failed === 0) countMulti(sectors, slot, counts.sector);
    if ((fails === 0 || failed === 1) && r >= 0) {
      for (const a of regionChain[r] ?? []) counts.region[a] = (counts.region[a] ?? 0) + 1;
    }
    if (fails === 0 || failed === 2) countMulti(serviceTypes, slot, counts.service_type);
    if (fails === 0 || failed === 3) counts.kind[k] = (counts.kind[k] ?? 0) + 1;
    if (fails === 0 || failed === 4) counts.country[c] = (counts.country[c] ?? 0) + 1;
  }
  return { passing: passing.subarray(0, n), counts };
}

/** Facet lists: values with a count, plus selected ones (count may be 0), best first. */
export function facetValues(
  arrays: CatalogueArrays,
  lookup: SearchTaxonomy,
  counts: Record<FacetName, Uint32Array>,
  q: SearchQuery,
  locale: string,
  compare: (a: string, b: string) => number,
): Record<FacetName, FacetValue[]> {
  const selected = selectedIds(q);
  const out = {} as Record<FacetName, FacetValue[]>;
  for (const facet of FACETS) {
    const dict = dictionaryOf(arrays, facet);
    const facetCounts = counts[facet];
    const values: FacetValue[] = [];
    const included = new Set<string>();
    const push = (id: string, count: number) => {
      if (included.has(id)) return;
      included.add(id);
      values.push(describe(arrays, lookup, facet, id, count, locale));
    };
    dict.ids.forEach((id, i) => {
      const count = facetCounts[i] ?? 0;
      if (count > 0) push(id, count);
    });
    for (const id of selected[facet] ?? []) {
      const i = dict.get(id);
      push(id, i === undefined ? 0 : (facetCounts[i] ?? 0));
    }
    values.sort((a, b) => b.count - a.count || compare(a.label, b.label) || (a.id < b.id ? -1 : 1));
    out[facet] = values;
  }
  return out;
}

function describe(
  arrays: CatalogueArrays,
  lookup: SearchTaxonomy,
  facet: FacetName,
  id: string,
  count: number,
  locale: string,
): FacetValue {
  switch (facet) {
    case 'sector':
      return { id, label: lookup.label(lookup.sectorLabels.get(id), locale, id), count };
    case 'service_type':
      return { id, label: lookup.label(lookup.serviceTypeLabels.get(id), locale, id), count };
    case 'country':
      return { id, label: lookup.label(lookup.countryLabels.get(id), locale, id), count };
    case 'kind': {
      const labels = KIND_LABELS[id];
      return {
        id,
        label: labels === undefined ? id : (labels[locale.split('-')[0] ?? ''] ?? labels.en ?? id),
        count,
      };
    }
    case 'region': {
      const region = lookup.regions.get(id);
      const i = arrays.regions.get(id);
      const parentIndex = i === undefined ? -1 : (arrays.regionParent[i] ?? -1);
      return {
        id,
        label: region?.name ?? id,
        count,
        parent:
          parentIndex < 0
            ? (region?.parentCode ?? null)
            : (arrays.regions.ids[parentIndex] ?? null),
        level: region?.level ?? 0,
      };
    }
  }
}
