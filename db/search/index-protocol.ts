/** Messages between the catalogue store and the worker that builds a search index. */
import type { MessagePort } from 'node:worker_threads';
import type { Taxonomy } from '../../catalogue-format/taxonomy-types';
import type { PackedSources } from './document-source';

export interface IndexWorkerData {
  port: MessagePort;
  /** Shared counters of the channel (blocking-port.ts); the worker is side 1. */
  counters: Int32Array;
  /** The index's `CREATE VIRTUAL TABLE` statement, as the target database has it. */
  definition: string;
  taxonomy: Taxonomy;
}

export type ToIndexWorker = { type: 'sources'; packed: PackedSources } | { type: 'end' };

export type FromIndexWorker =
  | { type: 'indexed'; done: number }
  /** The finished index: an SQLite database image holding only the index's tables. */
  | { type: 'image'; image: Uint8Array }
  | { type: 'error'; message: string };
