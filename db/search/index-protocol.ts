/** Messages between the catalogue store and the worker that builds a search index. */
import type { MessagePort } from 'node:worker_threads';
import type { Taxonomy } from '../../catalogue-format/taxonomy-types';
import type { PackedSources } from './document-source';
import type { SearchDataRows } from './search-data';

export interface IndexWorkerData {
  port: MessagePort;
  /** Shared counters of the channel (blocking-port.ts); the worker is side 1. */
  counters: Int32Array;
  /** The index's `CREATE VIRTUAL TABLE` statement, as the target database has it. */
  definition: string;
  taxonomy: Taxonomy;
}

/**
 * Organisations as JSON records to read, check and index (a feed snapshot's bytes, in shared
 * memory, with where each record is): record k gets rid `firstRid + k`. They are all of them:
 * the worker finishes the index after them, without waiting for `end`.
 */
export interface IndexRecords {
  bytes: Uint8Array;
  starts: readonly number[];
  ends: readonly number[];
  firstRid: number;
  /** Titles of the events each organisation (by id) organises. */
  eventTitles: ReadonlyMap<string, readonly string[]>;
}

export type ToIndexWorker =
  | { type: 'sources'; packed: PackedSources }
  | ({ type: 'records' } & IndexRecords)
  | { type: 'end' };

export type FromIndexWorker =
  | { type: 'indexed'; done: number }
  /**
   * The finished index: an SQLite database image holding only the index's tables; and the
   * search data's rows when the worker read JSON records (it had the organisations).
   */
  | { type: 'image'; image: Uint8Array; searchData?: SearchDataRows }
  | { type: 'error'; message: string };
