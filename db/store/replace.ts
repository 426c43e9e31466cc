/**
 * Replacing the whole catalogue (an import, the bundled catalogue, a feed snapshot): records,
 * search index, stored search data, taxonomies and `catalogue_meta` in one transaction, with
 * the summary of what changed compared with the catalogue it replaces.
 */
import type { Catalogue, CatalogueEvent, Organisation } from '../../catalogue-format/schema';
import type { IndexEntry } from '../search/document-source';
import { createSearchIndexer, documentsVersion } from '../search/indexer';
import { startIndexBuild } from '../search/parallel-index';
import {
  saveSearchRows,
  SearchDataBuilder,
  searchDataRows,
  writeIndexVersion,
} from '../search/search-data';
import { searchTaxonomy } from '../search/taxonomy-lookup';
import type { Db } from '../sqlite';
import { loadTaxonomy, writeTaxonomy } from '../taxonomy';
import { ReplaceChanges, type ChangeDetails } from './change-details';
import type { ChangeSummary } from './diff';
import { readMeta, writeMeta, type CatalogueMetaInput } from './meta';
import { readCatalogue } from './read';
import { eventTitlesByOrganiser } from './search-documents';
import { BulkCatalogueWriter, bulkWrite } from './bulk-write';
import { CatalogueWriter } from './write';

/** How often (in organisations) a long replace reports progress. */
const PROGRESS_EVERY = 1000;

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
 * A catalogue whose organisations are read one at a time (a feed snapshot, feed/payload.ts),
 * so that it is never held whole: checked organisations in source order, one pass only. The
 * iterator may throw after the last one (a snapshot breaking a rule that needs every record):
 * the replace then rolls back.
 */
export interface CatalogueStream {
  organisations: Iterable<Organisation>;
  organisationCount: number;
  events: CatalogueEvent[];
  /**
   * The same organisations as JSON records (a snapshot's bytes and where each record is), for
   * the index worker to read and check itself on its own core (parallel-index.ts): this
   * thread then neither packs nor sends them.
   */
  json?: { bytes: Uint8Array; starts: readonly number[]; ends: readonly number[] };
}

function asStream(catalogue: Catalogue | CatalogueStream): CatalogueStream {
  return 'organisationCount' in catalogue
    ? catalogue
    : { ...catalogue, organisationCount: catalogue.organisations.length };
}

/** Organisations per message to the index worker while the rows are written. */
const INDEX_BATCH = 5_000;

/**
 * Replaces the whole catalogue (records, search index, taxonomies, meta) in one transaction
 * and returns what changed compared with the catalogue it replaced. Each organisation is
 * written, sent to the index worker, added to the search data and compared with the old
 * catalogue as it comes, then let go.
 */
export function replaceCatalogue(
  db: Db,
  catalogue: Catalogue | CatalogueStream,
  meta: CatalogueMetaInput,
  { onProgress, indexInWorker, onChanges }: ReplaceOptions = {},
): ChangeSummary {
  const taxonomy = loadTaxonomy();
  const input = asStream(catalogue);
  const total = input.organisationCount;
  const titles = eventTitlesByOrganiser(input.events);
  const parallel = indexInWorker ?? total >= PARALLEL_INDEX_FROM;
  const build = parallel ? startIndexBuild(db, taxonomy) : undefined;

  const replace = db.transaction((): ChangeSummary => {
    // From JSON, the worker starts on the index at once, while this thread writes the rows.
    if (input.json !== undefined) {
      build?.addRecords({ ...input.json, firstRid: 1, eventTitles: titles });
    }
    const sendEach = input.json === undefined ? build : undefined;
    writeTaxonomy(db, taxonomy);
    const changes = new ReplaceChanges(
      hasCatalogue(db) ? readCatalogue(db) : { organisations: [], events: [] },
    );
    // Progress counts each organisation twice (indexed, then written) when this thread
    // indexes, once when the worker does.
    const steps = build === undefined ? 2 : 1;
    const step = (done: number) => {
      if (done % PROGRESS_EVERY === 0) onProgress?.(Math.floor(done / steps), total);
    };
    onProgress?.(0, total);
    // Indexed on this thread (a small catalogue), the index comes first, then the rows:
    // interleaving the two measured ~40% slower at 100,000 organisations than the index
    // alone plus the rows alone. That needs the organisations twice, so they are held.
    const organisations = build === undefined ? [...input.organisations] : input.organisations;
    if (build === undefined) {
      const indexer = createSearchIndexer(db, taxonomy);
      indexer.clear();
      indexer.bulk(() => {
        let rid = 0;
        for (const org of organisations) {
          indexer.add(++rid, org, titles.get(org.id) ?? []);
          step(rid);
        }
      });
    }
    const rowsDone = build === undefined ? total : 0;
    // The worker reading JSON records builds the search data too; otherwise it is built here.
    const search =
      build !== undefined && input.json !== undefined ? undefined : new SearchDataBuilder();
    bulkWrite(db, () => {
      const writer = new CatalogueWriter(db);
      writer.clearAll();
      const bulk = new BulkCatalogueWriter(db);
      let toIndex: IndexEntry[] = [];
      let rid = 0;
      // A streamed catalogue is refused after its last organisation (rules that need every
      // record), but a write may fail first on the same fault: a repeated id breaks the
      // table's UNIQUE before the rule that reports it has run. The refusal, which names the
      // records, must win: after a failed write the rest is read without writing, and the
      // write's error is thrown only when the catalogue is not refused.
      let writeFailed: { error: unknown } | undefined;
      for (const org of organisations) {
        rid++;
        if (sendEach !== undefined) {
          toIndex.push({ rid, source: org, eventTitles: titles.get(org.id) ?? [] });
          if (toIndex.length === INDEX_BATCH) {
            sendEach.add(toIndex);
            toIndex = [];
          }
        }
        if (writeFailed === undefined) {
          try {
            bulk.add(rid, org);
          } catch (error) {
            writeFailed = { error };
          }
        }
        search?.add(rid, org);
        changes.organisation(org);
        step(rowsDone + rid);
      }
      if (writeFailed !== undefined) throw writeFailed.error;
      if (toIndex.length > 0) sendEach?.add(toIndex);
      bulk.finish();
      for (const event of input.events) {
        writer.upsertEvent(event);
        changes.event(event);
      }
    });
    const { summary, details } = changes.finish();
    onChanges?.(details);
    writeMeta(db, meta);
    writeIndexVersion(db, documentsVersion(taxonomy));
    const built = build?.install(db);
    const searchData = search ? searchDataRows(search.finish(searchTaxonomy(taxonomy))) : built;
    if (searchData === undefined) throw new Error('The index worker sent no search data.');
    saveSearchRows(db, searchData);
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
