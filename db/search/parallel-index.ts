/**
 * Builds a whole catalogue's search index on a second thread while the catalogue store writes
 * the rows, then installs it into the store's transaction.
 *
 * At 100,000 organisations the index is about half of an import's work (building the
 * documents in JavaScript, then FTS5 tokenizing them), and SQLite writes one transaction from
 * one thread. So a worker (index-worker.ts) builds the index in an in-memory database, and the
 * store copies the finished index's tables into its own — a few thousand pages of segments
 * and one small row per document, far cheaper than building it.
 *
 * The copy writes FTS5's shadow tables directly. Their format is part of SQLite's file format,
 * which every version reads, and both ends use the same SQLite library and the same table
 * definition (read from the target). The table is dropped and created again first: FTS5 keeps
 * the index's structure cached per table object, and only a new table object is sure to read
 * the copied one. The tests compare the result word for word with an index built in place.
 */
import Database from 'better-sqlite3';
import { MessageChannel, type Worker } from 'node:worker_threads';
import { BlockingPort, channelCounters } from '../blocking-port';
import { inSharedMemory } from '../shared-memory';
import type { Db } from '../sqlite';
import type { SearchDataRows } from './search-data';
import { startWorker, workerUrl } from '../start-worker';
import { RowBatch } from '../store/row-batch';
import type { Taxonomy } from '../../catalogue-format/taxonomy-types';
import { packSources, type IndexEntry } from './document-source';
import type {
  FromIndexWorker,
  IndexRecords,
  IndexWorkerData,
  ToIndexWorker,
} from './index-protocol';

const WORKER_URL = workerUrl('index-worker', import.meta.url);
const TABLE = 'organisation_fts';
/** Organisations per message: the worker starts on the first while the rest are packed. */
const CHUNK = 5_000;
/** The worker reports after every chunk; this long without a word means it died. */
const SILENCE_MS = 120_000;

export interface IndexBuild {
  /**
   * Sends organisations to index; call as often as needed before install(), in ascending rid
   * order (so that the index is written as one segment).
   */
  add(entries: readonly IndexEntry[]): void;
  /**
   * Sends every organisation as JSON records for the worker to read and check itself (see
   * IndexRecords): the caller's thread neither packs nor sends them, and the worker finishes
   * the index without waiting for install(). Nothing may be added after them.
   */
  addRecords(records: IndexRecords): void;
  /**
   * Waits for the worker to finish and replaces the index of `db` with the one it built. Runs
   * inside the caller's transaction: the old index stays until that commits. Returns the
   * search data's rows when the worker built them (from addRecords()).
   */
  install(db: Db): SearchDataRows | undefined;
  /** Stops the worker; call in all cases, once the build is installed or abandoned. */
  dispose(): void;
}

/** The index's definition as `db` has it (the worker builds the very same table). */
function definitionOf(db: Db): string {
  const sql = db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")
    .pluck()
    .get(TABLE);
  if (typeof sql !== 'string') throw new Error(`The database has no ${TABLE} table.`);
  return sql;
}

export function startIndexBuild(db: Db, taxonomy: Taxonomy): IndexBuild {
  const definition = definitionOf(db);
  const { port1, port2 } = new MessageChannel();
  const counters = channelCounters();
  const data: IndexWorkerData = { port: port2, counters, definition, taxonomy };
  let worker: Worker | undefined = startWorker(WORKER_URL, {
    workerData: data,
    transferList: [port2],
  });
  worker.unref();
  const channel = new BlockingPort<FromIndexWorker, ToIndexWorker>(port1, counters, 0);

  const receiveImage = (): Extract<FromIndexWorker, { type: 'image' }> => {
    for (;;) {
      let message: FromIndexWorker;
      try {
        message = channel.receive(SILENCE_MS);
      } catch {
        throw new Error('The search index worker stopped answering; nothing was changed.');
      }
      if (message.type === 'image') return message;
      if (message.type === 'error') {
        throw new Error(`Building the search index failed: ${message.message}`);
      }
    }
  };

  // Set once every organisation was sent (addRecords): the worker needs no `end` then.
  let complete = false;
  return {
    add(entries) {
      if (complete) throw new Error('The index build already has every organisation.');
      for (let start = 0; start < entries.length; start += CHUNK) {
        channel.send({ type: 'sources', packed: packSources(entries.slice(start, start + CHUNK)) });
      }
    },
    addRecords(records) {
      if (complete) throw new Error('The index build already has every organisation.');
      // Shared, not copied: a snapshot's bytes may be 100 MB.
      channel.send({ type: 'records', ...records, bytes: inSharedMemory(records.bytes) });
      complete = true;
    },
    install(target) {
      if (!complete) channel.send({ type: 'end' });
      const { image: bytes, searchData } = receiveImage();
      const image = new Database(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      try {
        copyIndex(image, target, definition);
      } finally {
        image.close();
      }
      return searchData;
    },
    dispose() {
      channel.close();
      void worker?.terminate();
      worker = undefined;
    },
  };
}

/** Replaces the index tables of `target` by those of `image` (see the top of this file). */
function copyIndex(image: Db, target: Db, definition: string): void {
  const tables = image
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE ? ESCAPE '\\'`)
    .pluck()
    .all(`${TABLE}\\_%`) as string[];
  target.exec(`DROP TABLE ${TABLE}`);
  target.exec(definition);
  target.unsafeMode(true);
  try {
    for (const table of tables) {
      const read = image.prepare(`SELECT * FROM "${table}"`).raw();
      const rows = new RowBatch(target, `INSERT INTO "${table}"`, read.columns().length);
      target.prepare(`DELETE FROM "${table}"`).run();
      for (const row of read.iterate() as Iterable<unknown[]>) rows.add(...row);
      rows.flush();
    }
  } finally {
    target.unsafeMode(false);
  }
}
