/**
 * Runs an apply job on a worker thread (apply-worker.ts) and relays its progress. The worker
 * has its own database connection, so the caller's connection keeps answering searches from
 * the committed version until the worker's single transaction commits.
 */
import type { ChangeSummary, CatalogueMetaInput } from '../db/catalogue-store';
import { inSharedMemory } from '../db/shared-memory';
import { startWorker, workerUrl } from '../db/start-worker';
import type { FeedErrorCode } from '../contract/errors';
import { FeedError } from './errors';

export interface ApplyJob {
  dbPath: string;
  kind: 'snapshot' | 'delta';
  /**
   * Verified payload bytes (length and sha256 already checked against the signed index). The
   * worker reads them in shared memory: a download leaves them there (ReadLimits.shared),
   * other bytes are copied there first (0.3 s for 100 MB).
   */
  payload: Uint8Array;
  meta: CatalogueMetaInput;
  /** For a delta: the version it starts from. */
  baseVersion?: number;
  /**
   * For a snapshot: whether its search index is built on a second worker thread (default: by
   * catalogue size, see replaceCatalogue()). The crash-safety test sets it to cover both ways.
   */
  indexInWorker?: boolean;
}

export type WorkerMessage =
  | { type: 'phase'; phase: 'validate' }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; summary: ChangeSummary }
  | { type: 'error'; code?: FeedErrorCode; message: string };

const WORKER_URL = workerUrl('apply-worker', import.meta.url);

/**
 * `workerUrl`: the worker module to run; by default the one beside this module (the sources
 * from tsx, the bundle's apply-worker.js in a bundle). The sync bench passes the CLI bundle's,
 * so that it measures the code users run.
 */
export function applyInWorker(
  job: ApplyJob,
  onProgress?: (done: number, total: number) => void,
  workerUrl: URL = WORKER_URL,
): Promise<ChangeSummary> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(workerUrl, {
      workerData: { ...job, payload: inSharedMemory(job.payload) },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    // 'done' means committed; the promise settles when the worker has also finished what it
    // does after the commit (rewriting derived search data after a delta) and exited.
    let summary: ChangeSummary | undefined;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.done, message.total);
      else if (message.type === 'done') summary = message.summary;
      else if (message.type === 'error') {
        settle(() => {
          reject(
            message.code
              ? new FeedError(message.code, message.message)
              : new Error(message.message),
          );
        });
      }
    });
    worker.on('error', (error) => {
      settle(() => {
        reject(error);
      });
    });
    worker.on('exit', (code) => {
      settle(() => {
        if (summary !== undefined) resolve(summary);
        else reject(new Error(`The apply worker stopped (exit ${code}) before finishing.`));
      });
    });
  });
}
