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
import type { FromIndexWorker, IndexWorkerData, ToIndexWorker } from './index-protocol';
import { createSearchIndexer } from './indexer';

const { port, counters, definition, taxonomy } = workerData as IndexWorkerData;
const channel = new BlockingPort<ToIndexWorker, FromIndexWorker>(port, counters, 1);

try {
  const db = new Database(':memory:');
  db.exec(definition);
  const indexer = createSearchIndexer(db, taxonomy);
  let done = 0;
  db.transaction(() => {
    indexer.bulk(() => {
      for (let message = channel.receive(); message.type !== 'end'; message = channel.receive()) {
        for (const { rid, source, eventTitles } of unpackSources(message.packed)) {
          indexer.add(rid, source, eventTitles);
          done += 1;
        }
        channel.send({ type: 'indexed', done });
      }
    });
  })();
  const image = db.serialize();
  db.close();
  channel.send({ type: 'image', image });
} catch (error) {
  channel.send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
