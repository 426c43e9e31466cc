/**
 * The catalogue part of the database: replaced wholesale by an import or a feed snapshot,
 * changed record by record by a feed delta, read back in source form for publishing and
 * diffing. Every write is ONE immediate transaction covering the records, the search index,
 * the taxonomies and `catalogue_meta`, so a crash or an error leaves the old catalogue or the
 * new one, never a mix. User data (shortlists, notes, ...) is in other tables and is never
 * touched here.
 */
import type { Db } from './sqlite';
import { createSearchIndexer, documentsVersion } from './search/indexer';
import { startIndexBuild } from './search/parallel-index';
import {
  readIndexVersion,
  saveSearchData,
  searchDataOf,
  writeIndexVersion,
} from './search/search-data';
import { searchTaxonomy } from './search/taxonomy-lookup';
import type { Catalogue, CatalogueEvent, Organisation } from '../catalogue-format/schema';
import { count, diffCatalogues, emptySummary, sameRecord } from './store/diff';
import type { ChangeSet, ChangeSummary } from './store/diff';
import { readMeta, writeMeta, type CatalogueMetaInput } from './store/meta';
import { readCatalogue, readEvents, readOrganisations, readOrganisationsByRid } from './store/read';
import { eventTitlesByOrganiser, reindexAll } from './store/search-documents';
import { BulkCatalogueWriter, bulkWrite, CatalogueWriter } from './store/write';
import { loadTaxonomy, writeTaxonomy } from './taxonomy';

export type { ChangeSet, ChangeSummary, KindSummary } from './store/diff';
export type { CatalogueMeta, CatalogueMetaInput, CatalogueSource } from './store/meta';
export { canonicalJson, diffCatalogues } from './store/diff';
export { readMeta } from './store/meta';
export { readCatalogue } from './store/read';

/** How often (in organisations) a long replace reports progress. */
const PROGRESS_EVERY = 1000;

/** The summary of a catalogue written into an empty database. */
function allAdded(catalogue: Catalogue): ChangeSummary {
  const summary = emptySummary();
  count(summary, 'organisations', 'added', catalogue.organisations.length);
  count(summary, 'events', 'added', catalogue.events.length);
  return summary;
}

function hasCatalogue(db: Db): boolean {
  return (
    readMeta(db) !== undefined ||
    db.prepare('SELECT 1 FROM organisation UNION ALL SELECT 1 FROM event LIMIT 1').get() !==
      undefined
  );
}

export interface ReplaceOptions {
  /** Called with (organisations written, total) while it runs. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Whether the search index is built on a worker thread while the rows are written (see
   * search/parallel-index.ts). By default it is from PARALLEL_INDEX_FROM organisations on:
   * below that, starting a worker costs more than it saves.
   */
  indexInWorker?: boolean;
}

/**
 * Catalogue size from which the index is built on a worker thread (see ReplaceOptions).
 * Measured (median of 3, same run): 5,000 organisations 0.91 s on a worker against 0.57 s in
 * place, 10,000 1.42 s against 1.08 s, 20,000 2.05 s against 2.11 s, 100,000 8.3 s against
 * 9.8 s. That is from the TypeScript sources, where starting the worker costs ~0.4 s more
 * than from a bundle, so the bundled app would gain from somewhat smaller sizes too.
 */
export const PARALLEL_INDEX_FROM = 20_000;

/**
 * Replaces the whole catalogue (records, search index, taxonomies, meta) in one transaction
 * and returns what changed compared with the catalogue it replaced.
 */
export function replaceCatalogue(
  db: Db,
  catalogue: Catalogue,
  meta: CatalogueMetaInput,
  { onProgress, indexInWorker }: ReplaceOptions = {},
): ChangeSummary {
  const taxonomy = loadTaxonomy();
  const total = catalogue.organisations.length;
  const titles = eventTitlesByOrganiser(catalogue.events);
  // Organisations get rids 1, 2, 3 ... in source order (the tables are emptied first).
  const entries = catalogue.organisations.map((org, i): [number, Organisation] => [i + 1, org]);
  const parallel = indexInWorker ?? total >= PARALLEL_INDEX_FROM;
  const build = parallel ? startIndexBuild(db, taxonomy) : undefined;

  const replace = db.transaction((): ChangeSummary => {
    // The worker starts on the index first, while this thread diffs and writes the rows.
    build?.add(
      entries.map(([rid, org]) => ({ rid, source: org, eventTitles: titles.get(org.id) ?? [] })),
    );
    writeTaxonomy(db, taxonomy);
    const summary = hasCatalogue(db)
      ? diffCatalogues(readCatalogue(db), catalogue).summary
      : allAdded(catalogue);
    const writer = new CatalogueWriter(db);
    // Progress counts each organisation twice (indexed, then written) when this thread
    // indexes, once when the worker does.
    const steps = build === undefined ? 2 : 1;
    const step = (done: number) => {
      if (done % PROGRESS_EVERY === 0) onProgress?.(Math.floor(done / steps), total);
    };
    onProgress?.(0, total);
    if (build === undefined) {
      // The index first, then the rows: interleaving the two measured ~40% slower at 100,000
      // organisations than the index alone plus the rows alone.
      const indexer = createSearchIndexer(db, taxonomy);
      indexer.clear();
      indexer.bulk(() => {
        for (const [rid, org] of entries) {
          indexer.add(rid, org, titles.get(org.id) ?? []);
          step(rid);
        }
      });
    }
    const rowsDone = build === undefined ? total : 0;
    bulkWrite(db, () => {
      writer.clearAll();
      const bulk = new BulkCatalogueWriter(db);
      for (const [rid, org] of entries) {
        bulk.add(rid, org);
        step(rowsDone + rid);
      }
      bulk.finish();
      for (const event of catalogue.events) writer.upsertEvent(event);
    });
    writeMeta(db, meta);
    saveSearchData(db, searchDataOf(entries, searchTaxonomy(taxonomy)));
    writeIndexVersion(db, documentsVersion(taxonomy));
    build?.install(db);
    return summary;
  });
  try {
    const summary = replace.immediate();
    onProgress?.(total, total);
    return summary;
  } finally {
    build?.dispose();
  }
}

/** An organisation whose search document a delta rewrites: its rid and stored record. */
interface Indexed {
  rid: number;
  stored: Organisation;
}

/**
 * Applies a feed delta in one transaction: tombstones first, then upserts by id. An existing
 * organisation keeps its rid; a record equal to the stored one is not rewritten or counted.
 * The search documents of changed organisations and of the organisers of changed events are
 * removed as they were (stored records, event titles before the delta) and added as they are.
 * The stored search data is left stale (see search/search-data.ts).
 */
export function applyChanges(db: Db, changes: ChangeSet, meta: CatalogueMetaInput): ChangeSummary {
  const taxonomy = loadTaxonomy();
  const apply = db.transaction((): ChangeSummary => {
    writeTaxonomy(db, taxonomy);
    const summary = emptySummary();
    const writer = new CatalogueWriter(db);
    /** Existing organisations whose document goes, by id. */
    const outdated = new Map<string, Indexed>();
    /** Organisations whose document is (re)written afterwards, with their new record if known. */
    const fresh = new Map<string, Organisation | undefined>();
    const prefetched = new Map<string, Indexed>();
    const storedOf = (id: string): Indexed | undefined => {
      const known = outdated.get(id) ?? prefetched.get(id);
      if (known !== undefined) return known;
      const rid = writer.rid(id);
      const stored = rid === undefined ? undefined : readOrganisations(db, rid)[0];
      return rid === undefined || stored === undefined ? undefined : { rid, stored };
    };

    // What changes, decided against the catalogue as it is: the stored records read at once.
    const touched = [
      ...changes.deletes.organisations,
      ...changes.upserts.organisations.map((o) => o.id),
    ];
    const ridOf = new Map<string, number>();
    for (const id of touched) {
      const rid = writer.rid(id);
      if (rid !== undefined) ridOf.set(id, rid);
    }
    const storedByRid = readOrganisationsByRid(db, [...ridOf.values()]);
    for (const [id, rid] of ridOf) {
      const stored = storedByRid.get(rid);
      if (stored !== undefined) prefetched.set(id, { rid, stored });
    }
    const removedOrgs: Indexed[] = [];
    for (const id of changes.deletes.organisations) {
      const found = storedOf(id);
      if (found === undefined) continue;
      removedOrgs.push(found);
      outdated.set(id, found);
    }
    const upserts: Organisation[] = [];
    for (const org of changes.upserts.organisations) {
      const found = storedOf(org.id);
      if (found !== undefined && sameRecord(found.stored, org)) continue;
      upserts.push(org);
      if (found !== undefined) outdated.set(org.id, found);
      fresh.set(org.id, org);
    }
    const eventsBefore = new Map(readEvents(db).map((e) => [e.id, e]));
    const removedEvents: string[] = [];
    const upsertEvents: CatalogueEvent[] = [];
    const touchOrganisers = (event: CatalogueEvent | undefined) => {
      for (const id of event?.organisers ?? []) {
        const found = outdated.has(id) ? undefined : storedOf(id);
        if (found !== undefined) outdated.set(id, found);
        if (!fresh.has(id)) fresh.set(id, undefined);
      }
    };
    for (const id of changes.deletes.events) {
      const stored = eventsBefore.get(id);
      if (!stored) continue;
      removedEvents.push(id);
      touchOrganisers(stored);
      count(summary, 'events', 'removed');
    }
    for (const event of changes.upserts.events) {
      const stored = eventsBefore.get(event.id);
      if (stored && sameRecord(stored, event)) continue;
      upsertEvents.push(event);
      touchOrganisers(stored);
      touchOrganisers(event);
      count(summary, 'events', stored ? 'changed' : 'added');
    }

    const indexer = createSearchIndexer(db, taxonomy);
    const sameDocuments = readIndexVersion(db) === documentsVersion(taxonomy);
    // The events before and after the delta, in rid order (an updated event keeps its rid, a
    // new one comes last), for the titles in organisers' documents.
    const eventsAfter = new Map(eventsBefore);
    for (const id of removedEvents) eventsAfter.delete(id);
    for (const event of upsertEvents) eventsAfter.set(event.id, event);
    // Old documents out, while the records and titles they were built from are still stored.
    if (sameDocuments) {
      const titles = eventTitlesByOrganiser([...eventsBefore.values()]);
      for (const [id, { rid, stored }] of outdated) {
        indexer.remove(rid, stored, titles.get(id) ?? []);
      }
    }

    for (const { rid } of removedOrgs) {
      writer.deleteOrganisation(rid);
      count(summary, 'organisations', 'removed');
    }
    for (const org of upserts) {
      const previous = outdated.get(org.id);
      if (previous === undefined) {
        writer.insertOrganisation(org);
        count(summary, 'organisations', 'added');
      } else {
        writer.updateOrganisation(previous.rid, org, previous.stored);
        count(summary, 'organisations', 'changed');
      }
    }
    for (const id of removedEvents) writer.deleteEvent(id);
    for (const event of upsertEvents) writer.upsertEvent(event);

    // New documents in. Documents built with another taxonomy cannot be removed one by one
    // (their region words may differ): then the whole index is rebuilt.
    if (sameDocuments) {
      const titles = eventTitlesByOrganiser([...eventsAfter.values()]);
      for (const [id, record] of fresh) {
        // An organiser may itself have been removed by the delta: look it up as it is now.
        const rid = writer.rid(id);
        const org = record ?? (rid === undefined ? undefined : readOrganisations(db, rid)[0]);
        if (rid !== undefined && org !== undefined) indexer.add(rid, org, titles.get(id) ?? []);
      }
    } else {
      reindexAll(db, indexer, taxonomy);
    }
    writeMeta(db, meta);
    return summary;
  });
  return apply.immediate();
}
