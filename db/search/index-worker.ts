/**
 * Worker thread that builds a whole catalogue's search index in an in-memory database while
 * the catalogue store writes the rows on its own connection (see parallel-index.ts), then
 * hands the finished index back as a database image.
 *
 * It reads its input synchronously (blocking-port.ts) so that the whole load runs inside one
 * bulk() call and lands as one segment, as it does when the store indexes in place.
 */
import Database from 'better-sqlite3';
import { workerData } from 'node:worker_threads';
import { BlockingPort } from '../blocking-port';
import { unpackSources } from './document-source';
import { asBuffer } from '../../catalogue-format/decode-utf8';
import { checkedOrganisation } from '../../catalogue-format/validate';
import type {
  FromIndexWorker,
  IndexRecords,
  IndexWorkerData,
  ToIndexWorker,
} from './index-protocol';
import { createSearchIndexer } from './indexer';
import { SearchDataBuilder, searchDataRows } from './search-data';
import { searchTaxonomy } from './taxonomy-lookup';

const { port, counters, definition, taxonomy } = workerData as IndexWorkerData;
const channel = new BlockingPort<ToIndexWorker, FromIndexWorker>(port, counters, 1);

try {
  const db = new Database(':memory:');
  db.exec(definition);
  const indexer = createSearchIndexer(db, taxonomy);
  let done = 0;
  // Built only from JSON records: the store builds it itself from what it sends.
  let search: SearchDataBuilder | undefined;
  /**
   * Reads, checks and indexes JSON records. A record that is not JSON or breaks the schema is
   * left out: the store's thread checks every record in full and refuses the whole catalogue
   * for it, so this index is then thrown away.
   */
  const indexRecords = (records: IndexRecords): number => {
    const bytes = asBuffer(records.bytes);
    let indexed = 0;
    search ??= new SearchDataBuilder();
    for (let k = 0; k < records.starts.length; k++) {
      let org;
      try {
        org = checkedOrganisation(
          JSON.parse(bytes.toString('utf8', records.starts[k], records.ends[k])),
        );
      } catch {
        continue;
      }
      if (org === undefined) continue;
      indexer.add(records.firstRid + k, org, records.eventTitles.get(org.id) ?? []);
      search.add(records.firstRid + k, org);
      indexed += 1;
    }
    return indexed;
  };
  db.transaction(() => {
    indexer.bulk(() => {
      for (let message = channel.receive(); message.type !== 'end'; message = channel.receive()) {
        if (message.type === 'records') {
          // The whole catalogue's organisations: the index can be finished at once, while
          // the store is still writing the rows.
          done += indexRecords(message);
          break;
        } else {
          for (const { rid, source, eventTitles } of unpackSources(message.packed)) {
            indexer.add(rid, source, eventTitles);
            done += 1;
          }
        }
        channel.send({ type: 'indexed', done });
      }
    });
  })();
  const image = db.serialize();
  db.close();
  const searchData = search && searchDataRows(search.finish(searchTaxonomy(taxonomy)));
  channel.send(searchData ? { type: 'image', image, searchData } : { type: 'image', image });
} catch (error) {
  channel.send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
