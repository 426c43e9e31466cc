/**
 * Applying a feed delta in one transaction: decide what changes (change-plan.ts), take the
 * outdated search documents out while the records they were built from are still stored, write
 * the records (write-changes.ts), put the new documents in. Tombstones go first, then upserts
 * by id; an existing organisation keeps its rid. The stored search data is left stale (see
 * search/search-data.ts).
 */
import type { Db } from '../sqlite';
import { createSearchIndexer, documentsVersion } from '../search/indexer';
import { readIndexVersion } from '../search/search-data';
import { loadTaxonomy, writeTaxonomy } from '../taxonomy';
import { detailsOfPlan, type ChangeDetails } from './change-details';
import { planChanges } from './change-plan';
import type { ChangeSet, ChangeSummary } from './diff';
import { writeMeta, type CatalogueMetaInput } from './meta';
import { readOrganisations } from './read';
import { eventTitlesByOrganiser, reindexAll } from './search-documents';
import { CatalogueWriter } from './write';
import { writeChanges } from './write-changes';

export interface ApplyChangesOptions {
  /**
   * Called inside the transaction with what changed record by record (a feed delta records it
   * as the sync's change set, in the same transaction).
   */
  onChanges?: (details: ChangeDetails) => void;
}

export function applyChanges(
  db: Db,
  changes: ChangeSet,
  meta: CatalogueMetaInput,
  { onChanges }: ApplyChangesOptions = {},
): ChangeSummary {
  const taxonomy = loadTaxonomy();
  const apply = db.transaction((): ChangeSummary => {
    writeTaxonomy(db, taxonomy);
    const writer = new CatalogueWriter(db);
    const plan = planChanges(db, changes, (id) => writer.rid(id));
    onChanges?.(detailsOfPlan(plan));
    const indexer = createSearchIndexer(db, taxonomy);
    // Documents built with another taxonomy cannot be removed one by one (their region words
    // may differ): then the whole index is rebuilt after the writes.
    const sameDocuments = readIndexVersion(db) === documentsVersion(taxonomy);

    if (sameDocuments) {
      const titles = eventTitlesByOrganiser([...plan.eventsBefore.values()]);
      for (const [id, { rid, stored }] of plan.outdated) {
        indexer.remove(rid, stored, titles.get(id) ?? []);
      }
    }
    const summary = writeChanges(writer, plan);
    if (sameDocuments) {
      const titles = eventTitlesByOrganiser([...plan.eventsAfter.values()]);
      for (const [id, record] of plan.fresh) {
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
