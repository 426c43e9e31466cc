/**
 * Derived search data stored in `search_data` (migration 005): the search engine's arrays
 * (catalogue-arrays.ts), the organisations' names and a name order, written by the catalogue
 * store in the same transaction as an import or a snapshot, so opening a catalogue reads a few
 * blobs (milliseconds) instead of every row (hundreds of milliseconds at 100,000
 * organisations); and the taxonomy the search index's documents were built with.
 *
 * The arrays record the catalogue generation they describe (store/meta.ts). A delta leaves
 * them stale — rewriting ~6 MB would cost more than the rest of a small delta — and
 * refreshSearchData() rewrites them after it commits; until then the engine computes them.
 */
import type { Db } from '../sqlite';
import type { Organisation } from '../../catalogue-format/schema';
import { catalogueGeneration } from '../store/meta';
import {
  buildCatalogueArrays,
  Dictionary,
  addFacetColumns,
  loadCatalogueArrays,
  withDerived,
  type CatalogueArrays,
  type DictionaryIds,
  type FacetColumns,
} from './catalogue-arrays';
import { loadNames } from './name-order';
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
const TEXT = ['dictionaries', 'names', 'generation'] as const;
const ALL_NAMES: readonly string[] = [...Object.keys(TYPED), ...TEXT];
/** Named for what it first held: now the whole documentsVersion() (search/indexer.ts). */
const INDEX_VERSION = 'index_taxonomy';

/**
 * Builds the search data of a catalogue being written, one organisation at a time in
 * ascending rid order: what it keeps of each is a few strings, not the record.
 */
export class SearchDataBuilder {
  private readonly columns: FacetColumns = { orgs: [], sectors: [], serviceTypes: [] };
  private readonly names: string[] = [];

  add(rid: number, org: Organisation): void {
    addFacetColumns(this.columns, rid, org);
    this.names.push(org.name);
  }

  finish(lookup: SearchTaxonomy): SearchData {
    return {
      arrays: buildCatalogueArrays(this.columns, lookup),
      names: this.names,
      nameHint: foldedNameOrder(this.names),
    };
  }
}

/** Slots ordered by folded name (ties by slot): locale-independent and cheap to compute. */
function foldedNameOrder(names: readonly string[]): Int32Array {
  const keys = names.map((name) => fold(name));
  const order = Int32Array.from(names, (_, i) => i);
  order.sort((a, b) => {
    const ka = keys[a] ?? '';
    const kb = keys[b] ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  });
  return order;
}

/** The search data computed from the tables. */
export function computeSearchData(db: Db, lookup: SearchTaxonomy): SearchData {
  const arrays = loadCatalogueArrays(db, lookup);
  const names = loadNames(db, arrays);
  return { arrays, names, nameHint: foldedNameOrder(names) };
}

/** The stored form of `data`: one row (name, bytes) per array; see saveSearchRows. */
export type SearchDataRows = [name: string, data: Uint8Array][];

/** `data` in its stored form (computed where it is built: possibly the index worker). */
export function searchDataRows(data: SearchData): SearchDataRows {
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
  const rows: SearchDataRows = Object.entries(typed).map(([name, view]) => [
    name,
    new Uint8Array(view.buffer, view.byteOffset, view.byteLength),
  ]);
  rows.push(['dictionaries', Buffer.from(JSON.stringify(dictionaries))]);
  rows.push(['names', Buffer.from(JSON.stringify(data.names))]);
  return rows;
}

/** Stores search data rows as describing the catalogue's current generation. */
export function saveSearchRows(db: Db, rows: SearchDataRows): void {
  const put = db.prepare('INSERT OR REPLACE INTO search_data (name, data) VALUES (?, ?)');
  for (const [name, data] of rows) {
    put.run(name, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  }
  put.run('generation', Buffer.from(String(catalogueGeneration(db))));
}

/** Stores `data` as describing the catalogue's current generation. */
export function saveSearchData(db: Db, data: SearchData): void {
  saveSearchRows(db, searchDataRows(data));
}

/**
 * Rewrites the stored search data from the tables when it does not describe the current
 * catalogue (after a delta), in its own transaction; reports whether it did.
 */
export function refreshSearchData(db: Db, lookup: SearchTaxonomy): boolean {
  return db
    .transaction(() => {
      if (loadSearchData(db, lookup) !== undefined) return false;
      saveSearchData(db, computeSearchData(db, lookup));
      return true;
    })
    .immediate();
}

/** What the search index's documents were built with (undefined: not known). */
export function readIndexVersion(db: Db): string | undefined {
  const blob = db
    .prepare('SELECT data FROM search_data WHERE name = ?')
    .pluck()
    .get(INDEX_VERSION) as Buffer | undefined;
  return blob?.toString('utf8');
}

export function writeIndexVersion(db: Db, version: string): void {
  db.prepare('INSERT OR REPLACE INTO search_data (name, data) VALUES (?, ?)').run(
    INDEX_VERSION,
    Buffer.from(version),
  );
}

/**
 * The stored search data, or undefined when there is none or it does not describe the
 * current catalogue (then the caller computes it from the tables).
 */
export function loadSearchData(db: Db, lookup: SearchTaxonomy): SearchData | undefined {
  const rows = db.prepare('SELECT name, data FROM search_data').raw().all() as [string, Buffer][];
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
  if (text('generation') !== catalogueGeneration(db)) return undefined;
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
