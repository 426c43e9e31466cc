/**
 * What the catalogue's search documents are built from besides the organisation itself (the
 * titles of the events it organises), and the rebuild of the whole index from the tables: after
 * a migration that changes what documents hold, and after a delta when the index was built
 * with another taxonomy (its documents cannot then be removed one by one).
 */
import type { Taxonomy } from '../../catalogue-format/taxonomy-types';
import type { CatalogueEvent } from '../../catalogue-format/schema';
import { documentsVersion, type SearchIndexer } from '../search/indexer';
import { writeIndexVersion } from '../search/search-data';
import type { Db } from '../sqlite';
import { readOrganisations } from './read';

/** Titles of the events each organisation organises: part of its search document. */
export function eventTitlesByOrganiser(
  events: readonly Pick<CatalogueEvent, 'title' | 'organisers'>[],
): Map<string, string[]> {
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

/** Rebuilds the search index from the tables, recording what its documents were built with. */
export function reindexAll(db: Db, indexer: SearchIndexer, taxonomy: Taxonomy): void {
  indexer.clear();
  const rids = db.prepare('SELECT rid FROM organisation ORDER BY rid').pluck().all() as number[];
  const titles = eventTitlesByOrganiser(readEventTitles(db));
  const organisations = readOrganisations(db);
  indexer.bulk(() => {
    organisations.forEach((org, i) => {
      indexer.add(rids[i] ?? 0, org, titles.get(org.id) ?? []);
    });
  });
  writeIndexVersion(db, documentsVersion(taxonomy));
}

/**
 * Only the two event fields documents use: a migration's rebuild runs this at the schema of that
 * migration (a test opens a database with a prefix of the list), so it must not depend on event
 * columns added later, such as 008's `date_note`.
 */
function readEventTitles(db: Db): Pick<CatalogueEvent, 'title' | 'organisers'>[] {
  const rows = db.prepare('SELECT title, organisers FROM event ORDER BY rid').all() as {
    title: string;
    organisers: string;
  }[];
  return rows.map((row) => ({
    title: row.title,
    organisers: JSON.parse(row.organisers) as string[],
  }));
}
