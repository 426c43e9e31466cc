/**
 * The catalogue part of the database: replaced wholesale by an import or a feed snapshot,
 * changed record by record by a feed delta, read back in source form for publishing and
 * diffing. Every write is ONE immediate transaction covering the records, the search index,
 * the taxonomies and `catalogue_meta`, so a crash or an error leaves the old catalogue or the
 * new one, never a mix. User data (shortlists, notes, ...) is in other tables and is never
 * touched here.
 */
import type { Db } from './connection';
import { loadCatalogueArrays } from './search/catalogue-arrays';
import { createSearchIndexer } from './search/indexer';
import { loadNames } from './search/name-order';
import {
  clearSearchData,
  foldedNameOrder,
  loadSearchData,
  patchSearchData,
  saveSearchData,
  searchDataOf,
  type SearchData,
} from './search/stored-arrays';
import { searchTaxonomy } from './search/taxonomy-lookup';
import type { Catalogue, CatalogueEvent, Organisation } from './source/schema';
import { count, diffCatalogues, emptySummary, sameRecord } from './store/diff';
import type { ChangeSet, ChangeSummary } from './store/diff';
import { readMeta, writeMeta, type CatalogueMetaInput } from './store/meta';
import { readCatalogue, readEvent, readEvents, readOrganisations } from './store/read';
import { BulkCatalogueWriter, bulkWrite, CatalogueWriter } from './store/write';
import { loadTaxonomy, writeTaxonomy } from './taxonomy';

export type { ChangeSet, ChangeSummary, KindSummary } from './store/diff';
export type { CatalogueMeta, CatalogueMetaInput, CatalogueSource } from './store/meta';
export { canonicalJson, diffCatalogues } from './store/diff';
export { readMeta } from './store/meta';
export { readCatalogue } from './store/read';

/** How often (in organisations) a long replace reports progress. */
const PROGRESS_EVERY = 1000;

/** Titles of the events each organisation organises: part of its search document. */
function eventTitlesByOrganiser(events: readonly CatalogueEvent[]): Map<string, string[]> {
  const titles = new Map<string, string[]>();
  for (const event of events) {
    for (const organiser of new Set(event.organisers)) {
      const list = titles.get(organiser);
      if (list) list.push(event.title);
      else titles.set(organiser, [event.title]);
    }
  }
  return titles;
}

function hasCatalogue(db: Db): boolean {
  return (
    readMeta(db) !== undefined ||
    db.prepare('SELECT 1 FROM organisation UNION ALL SELECT 1 FROM event LIMIT 1').get() !==
      undefined
  );
}

/**
 * Replaces the whole catalogue (records, search index, taxonomies, meta) in one transaction
 * and returns what changed compared with the catalogue it replaced. `onProgress` is called
 * with (organisations written, total) while it runs.
 */
export function replaceCatalogue(
  db: Db,
  catalogue: Catalogue,
  meta: CatalogueMetaInput,
  onProgress?: (done: number, total: number) => void,
): ChangeSummary {
  const taxonomy = loadTaxonomy();
  const total = catalogue.organisations.length;
  const replace = db.transaction((): ChangeSummary => {
    writeTaxonomy(db, taxonomy);
    const summary = hasCatalogue(db)
      ? diffCatalogues(readCatalogue(db), catalogue).summary
      : diffCatalogues({ organisations: [], events: [] }, catalogue).summary;
    const writer = new CatalogueWriter(db);
    const indexer = createSearchIndexer(db, taxonomy);
    indexer.clear();
    const titles = eventTitlesByOrganiser(catalogue.events);
    // Organisations get rids 1, 2, 3 ... in source order (the tables are emptied first).
    const entries = catalogue.organisations.map((org, i): [number, Organisation] => [i + 1, org]);
    // Progress counts each organisation twice: indexed, then written.
    const step = (done: number) => {
      if (done % PROGRESS_EVERY === 0) onProgress?.(Math.floor(done / 2), total);
    };
    onProgress?.(0, total);
    // The index first, then the rows: interleaving the two measured ~40% slower at 100,000
    // organisations than the index alone plus the rows alone.
    for (const [rid, org] of entries) {
      indexer.add(rid, org, titles.get(org.id) ?? []);
      step(rid);
    }
    bulkWrite(db, () => {
      writer.clearAll();
      const bulk = new BulkCatalogueWriter(db);
      for (const [rid, org] of entries) {
        bulk.add(rid, org);
        step(total + rid);
      }
      bulk.finish();
      for (const event of catalogue.events) writer.upsertEvent(event);
    });
    saveSearchData(db, searchDataOf(entries, searchTaxonomy(taxonomy)));
    writeMeta(db, meta);
    return summary;
  });
  const summary = replace.immediate();
  onProgress?.(total, total);
  return summary;
}

/**
 * Applies a feed delta in one transaction: tombstones first, then upserts by id. An existing
 * organisation keeps its rid; a record equal to the stored one is not rewritten or counted.
 * Changed organisations and the organisers of changed events are re-indexed.
 */
export function applyChanges(db: Db, changes: ChangeSet, meta: CatalogueMetaInput): ChangeSummary {
  const taxonomy = loadTaxonomy();
  const apply = db.transaction((): ChangeSummary => {
    writeTaxonomy(db, taxonomy);
    const summary = emptySummary();
    const writer = new CatalogueWriter(db);
    const indexer = createSearchIndexer(db, taxonomy);
    const lookup = searchTaxonomy(taxonomy);
    const previous = loadSearchData(db, lookup);
    /** Organisations whose search document must be rewritten, with their new record if known. */
    const reindex = new Map<string, Organisation | undefined>();
    const removedRids = new Set<number>();
    const upserted = new Map<number, Organisation>();

    for (const id of changes.deletes.organisations) {
      const rid = writer.rid(id);
      if (rid === undefined) continue;
      indexer.remove(rid);
      writer.deleteOrganisation(rid);
      removedRids.add(rid);
      count(summary, 'organisations', 'removed');
    }
    for (const org of changes.upserts.organisations) {
      let rid = writer.rid(org.id);
      if (rid === undefined) {
        rid = writer.insertOrganisation(org);
        count(summary, 'organisations', 'added');
      } else {
        const [stored] = readOrganisations(db, rid);
        if (stored && sameRecord(stored, org)) continue;
        writer.updateOrganisation(rid, org);
        count(summary, 'organisations', 'changed');
      }
      upserted.set(rid, org);
      reindex.set(org.id, org);
    }
    const touchOrganisers = (event: CatalogueEvent | undefined) => {
      for (const id of event?.organisers ?? []) if (!reindex.has(id)) reindex.set(id, undefined);
    };
    for (const id of changes.deletes.events) {
      const stored = readEvent(db, id);
      if (!stored) continue;
      writer.deleteEvent(id);
      touchOrganisers(stored);
      count(summary, 'events', 'removed');
    }
    for (const event of changes.upserts.events) {
      const stored = readEvent(db, event.id);
      if (stored && sameRecord(stored, event)) continue;
      writer.upsertEvent(event);
      touchOrganisers(stored);
      touchOrganisers(event);
      count(summary, 'events', stored ? 'changed' : 'added');
    }

    if (reindex.size > 0) {
      const titles = eventTitlesByOrganiser(readEvents(db));
      for (const [id, record] of reindex) {
        const rid = writer.rid(id);
        if (rid === undefined) continue; // an organiser id that is not (or no longer) in the catalogue
        const org = record ?? readOrganisations(db, rid)[0];
        if (org) indexer.put(rid, org, titles.get(id) ?? []);
      }
    }
    if (removedRids.size > 0 || upserted.size > 0 || previous === undefined) {
      saveSearchData(
        db,
        previous === undefined
          ? computeSearchData(db, lookup)
          : patchSearchData(previous, removedRids, upserted, lookup),
      );
    }
    writeMeta(db, meta);
    return summary;
  });
  return apply.immediate();
}

/** The search data computed from the tables (a database whose stored copy is missing). */
function computeSearchData(db: Db, lookup: ReturnType<typeof searchTaxonomy>): SearchData {
  const arrays = loadCatalogueArrays(db, lookup);
  const names = loadNames(db, arrays);
  return { arrays, names, nameHint: foldedNameOrder(names) };
}

/**
 * Rebuilds the search index and the stored search data from the catalogue tables (migration
 * 005 runs it once, when the index's definition changes). Runs in the caller's transaction.
 */
export function rebuildSearchData(db: Db): void {
  const taxonomy = loadTaxonomy();
  const indexer = createSearchIndexer(db, taxonomy);
  indexer.clear();
  clearSearchData(db);
  const rids = db.prepare('SELECT rid FROM organisation ORDER BY rid').pluck().all() as number[];
  if (rids.length === 0) return;
  const organisations = readOrganisations(db);
  const titles = eventTitlesByOrganiser(readEvents(db));
  organisations.forEach((org, i) => {
    indexer.add(rids[i] ?? 0, org, titles.get(org.id) ?? []);
  });
  saveSearchData(db, computeSearchData(db, searchTaxonomy(taxonomy)));
}
