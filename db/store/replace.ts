/**
 * Replacing the whole catalogue (an import, the bundled catalogue, a feed snapshot): records,
 * search index, stored search data, taxonomies and `catalogue_meta` in one transaction, with
 * the summary of what changed compared with the catalogue it replaces.
 */
import type { Catalogue, Organisation } from '../../catalogue-format/schema';
import { createSearchIndexer, documentsVersion } from '../search/indexer';
import { startIndexBuild } from '../search/parallel-index';
import { saveSearchData, searchDataOf, writeIndexVersion } from '../search/search-data';
import { searchTaxonomy } from '../search/taxonomy-lookup';
import type { Db } from '../sqlite';
import { loadTaxonomy, writeTaxonomy } from '../taxonomy';
import { detailsOfReplace, type ChangeDetails } from './change-details';
import { count, diffCatalogues, emptySummary, type ChangeSummary } from './diff';
import { readMeta, writeMeta, type CatalogueMetaInput } from './meta';
import { readCatalogue } from './read';
import { eventTitlesByOrganiser } from './search-documents';
import { BulkCatalogueWriter, bulkWrite } from './bulk-write';
import { CatalogueWriter } from './write';

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
  /**
   * Called inside the transaction with what changed record by record (a feed snapshot records
   * it as the sync's change set, in the same transaction).
   */
  onChanges?: (details: ChangeDetails) => void;
}

/**
 * Catalogue size from which the index is built on a worker thread (see ReplaceOptions).
 * Measured (median of 3, same run): 5,000 organisations 0.91 s on a worker against 0.57 s in
 * place, 10,000 1.42 s against 1.08 s, 20,000 2.05 s against 2.11 s, 100,000 8.3 s against
 * 9.8 s. That is from the TypeScript sources, where starting the worker costs ~0.4 s more
 * than from a bundle, so the bundled app would gain from somewhat smaller sizes too.
 */
const PARALLEL_INDEX_FROM = 20_000;

/**
 * Replaces the whole catalogue (records, search index, taxonomies, meta) in one transaction
 * and returns what changed compared with the catalogue it replaced.
 */
export function replaceCatalogue(
  db: Db,
  catalogue: Catalogue,
  meta: CatalogueMetaInput,
  { onProgress, indexInWorker, onChanges }: ReplaceOptions = {},
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
    const before = hasCatalogue(db) ? readCatalogue(db) : undefined;
    const summary = before ? diffCatalogues(before, catalogue).summary : allAdded(catalogue);
    onChanges?.(detailsOfReplace(before ?? { organisations: [], events: [] }, catalogue));
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
