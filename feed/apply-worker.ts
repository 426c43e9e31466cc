/**
 * Worker thread that applies one verified payload on its OWN database connection (see
 * apply-job.ts). The main connection keeps serving searches from the last committed version
 * (WAL) until this commits; parsing and validation run here too, so a 100,000-organisation
 * snapshot never blocks the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ApplyJob, WorkerMessage } from './apply';
import { runApplyJob } from './apply-job';

runApplyJob(workerData as ApplyJob, (message: WorkerMessage) => {
  parentPort?.postMessage(message);
});
