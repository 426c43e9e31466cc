/**
 * The search engine's arrays (catalogue-arrays.ts), the organisations' names and a name order,
 * stored in `search_arrays` (migration 005) by the catalogue store in the same transaction as
 * the records they describe — like the search index, they are derived data only the store
 * writes. Opening a catalogue then reads a few blobs (milliseconds) instead of every row
 * (hundreds of milliseconds at 100,000 organisations).
 *
 * A delta patches the stored copy: organisations it removed or rewrote leave, their new
 * versions join, and nothing else is recomputed, so a small delta stays small.
 */
import type { Db } from '../connection';
import type { Organisation } from '../source/schema';
import {
  buildCatalogueArrays,
  Dictionary,
  facetColumnsFrom,
  facetColumnsOf,
  withDerived,
  type CatalogueArrays,
  type DictionaryIds,
  type FacetColumns,
} from './catalogue-arrays';
import { fold } from './fold';
import type { SearchTaxonomy } from './taxonomy-lookup';

export interface SearchData {
  arrays: CatalogueArrays;
  /** Organisation names by slot. */
  names: string[];
  /**
   * Slots in an order close to every locale's name order (folded names, code point order):
   * sorting it with a locale's collator takes a few comparisons per name instead of log n.
   */
  nameHint: Int32Array;
}

const TYPED = {
  rids: Int32Array,
  kind: Uint8Array,
  country: Uint16Array,
  region: Int32Array,
  sectorOff: Uint32Array,
  sectorVals: Uint16Array,
  serviceTypeOff: Uint32Array,
  serviceTypeVals: Uint16Array,
  nameHint: Int32Array,
} as const;
type TypedName = keyof typeof TYPED;
const TEXT = ['dictionaries', 'names'] as const;
const ALL_NAMES: readonly string[] = [...Object.keys(TYPED), ...TEXT];

/** Builds the search data of organisations held in memory, given in ascending rid order. */
export function searchDataOf(
  entries: readonly (readonly [number, Organisation])[],
  lookup: SearchTaxonomy,
): SearchData {
  const names = entries.map(([, org]) => org.name);
  return {
    arrays: buildCatalogueArrays(facetColumnsOf(entries), lookup),
    names,
    nameHint: foldedNameOrder(names),
  };
}

/** Slots ordered by folded name (ties by slot): locale-independent and cheap to compute. */
export function foldedNameOrder(names: readonly string[]): Int32Array {
  const keys = names.map((name) => fold(name));
  const order = Int32Array.from(names, (_, i) => i);
  order.sort((a, b) => {
    const ka = keys[a] ?? '';
    const kb = keys[b] ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  });
  return order;
}

export function saveSearchData(db: Db, data: SearchData): void {
  const { arrays } = data;
  const dictionaries: DictionaryIds = {
    kinds: arrays.kinds.ids,
    countries: arrays.countries.ids,
    regions: arrays.regions.ids,
    sectors: arrays.sectorDict.ids,
    serviceTypes: arrays.serviceTypeDict.ids,
  };
  const typed: Record<TypedName, ArrayBufferView> = {
    rids: arrays.rids,
    kind: arrays.kind,
    country: arrays.country,
    region: arrays.region,
    sectorOff: arrays.sectors.off,
    sectorVals: arrays.sectors.vals,
    serviceTypeOff: arrays.serviceTypes.off,
    serviceTypeVals: arrays.serviceTypes.vals,
    nameHint: data.nameHint,
  };
  const put = db.prepare('INSERT OR REPLACE INTO search_arrays (name, data) VALUES (?, ?)');
  for (const [name, view] of Object.entries(typed)) {
    put.run(name, Buffer.from(view.buffer, view.byteOffset, view.byteLength));
  }
  put.run('dictionaries', Buffer.from(JSON.stringify(dictionaries)));
  put.run('names', Buffer.from(JSON.stringify(data.names)));
}

export function clearSearchData(db: Db): void {
  db.prepare('DELETE FROM search_arrays').run();
}

/**
 * The stored search data, or undefined when there is none or it does not describe the
 * catalogue's current organisations (then the caller computes it from the tables).
 */
export function loadSearchData(db: Db, lookup: SearchTaxonomy): SearchData | undefined {
  const rows = db.prepare('SELECT name, data FROM search_arrays').raw().all() as [string, Buffer][];
  const blobs = new Map(rows);
  if (!ALL_NAMES.every((name) => blobs.has(name))) return undefined;
  const typed = <K extends TypedName>(name: K): InstanceType<(typeof TYPED)[K]> => {
    const blob = blobs.get(name) ?? Buffer.alloc(0);
    const Type = TYPED[name];
    // A copy: the blob's own buffer need not be aligned for the element size.
    const copy = new Uint8Array(blob);
    return new Type(copy.buffer, 0, copy.byteLength / Type.BYTES_PER_ELEMENT) as InstanceType<
      (typeof TYPED)[K]
    >;
  };
  const text = (name: (typeof TEXT)[number]): unknown =>
    JSON.parse((blobs.get(name) ?? Buffer.from('null')).toString('utf8'));
  const dictionaries = text('dictionaries') as DictionaryIds;
  const names = text('names') as string[];
  const rids = typed('rids');
  const count = db.prepare('SELECT count(*) FROM organisation').pluck().get() as number;
  const nameHint = typed('nameHint');
  if (rids.length !== count || names.length !== count || nameHint.length !== count) {
    return undefined;
  }
  const arrays = withDerived(
    {
      rids,
      kind: typed('kind'),
      country: typed('country'),
      region: typed('region'),
      sectors: { off: typed('sectorOff'), vals: typed('sectorVals') },
      serviceTypes: { off: typed('serviceTypeOff'), vals: typed('serviceTypeVals') },
      kinds: new Dictionary(dictionaries.kinds),
      countries: new Dictionary(dictionaries.countries),
      regions: new Dictionary(dictionaries.regions),
      sectorDict: new Dictionary(dictionaries.sectors),
      serviceTypeDict: new Dictionary(dictionaries.serviceTypes),
    },
    lookup,
  );
  return { arrays, names, nameHint };
}

/**
 * The search data after a delta: organisations in `removed` or `upserted` (by rid) leave the
 * previous data, `upserted` ones join with their new values. Returns the new data.
 */
export function patchSearchData(
  previous: SearchData,
  removed: ReadonlySet<number>,
  upserted: ReadonlyMap<number, Organisation>,
  lookup: SearchTaxonomy,
): SearchData {
  const { arrays } = previous;
  const leaves = (rid: number) => removed.has(rid) || upserted.has(rid);
  const kept = facetColumnsFrom(arrays, (rid) => !leaves(rid));
  const joining = [...upserted].sort(([a], [b]) => a - b);
  const added = facetColumnsOf(joining);
  const columns: FacetColumns = {
    orgs: mergeByRid(kept.orgs, added.orgs),
    sectors: kept.sectors.concat(added.sectors),
    serviceTypes: kept.serviceTypes.concat(added.serviceTypes),
  };
  const next = buildCatalogueArrays(columns, lookup);

  const names = new Array<string>(next.size);
  for (let slot = 0; slot < arrays.size; slot++) {
    const rid = arrays.rids[slot] ?? 0;
    if (!leaves(rid)) names[next.slotOfRid[rid] ?? 0] = previous.names[slot] ?? '';
  }
  for (const [rid, org] of joining) names[next.slotOfRid[rid] ?? 0] = org.name;

  // The old order without the leavers stays sorted; the joiners go at the end, where the
  // locale sort (a merge sort that finds sorted runs) places them at little cost.
  const hint = new Int32Array(next.size);
  let n = 0;
  for (const slot of previous.nameHint) {
    const rid = arrays.rids[slot] ?? 0;
    if (!leaves(rid)) hint[n++] = next.slotOfRid[rid] ?? 0;
  }
  for (const [rid] of joining) hint[n++] = next.slotOfRid[rid] ?? 0;
  return { arrays: next, names, nameHint: hint };
}

/** Merges two (rid, a, b, c) quad lists, each in ascending rid order. */
function mergeByRid(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const takeA = j >= b.length || (i < a.length && Number(a[i]) < Number(b[j]));
    const from = takeA ? a : b;
    const at = takeA ? i : j;
    out.push(from[at] ?? '', from[at + 1] ?? '', from[at + 2] ?? '', from[at + 3] ?? '');
    if (takeA) i += 4;
    else j += 4;
  }
  return out;
}
