/**
 * One apply job, as the worker runs it (and as the crash-safety test's child process runs it):
 * parse and validate the verified payload, then write it in ONE transaction — the store's
 * transaction nested in ours as a savepoint, so the local version can be re-checked under the
 * write lock. Records, search index, taxonomies and catalogue_meta commit together: a crash
 * or an error leaves exactly the old version. The sync's change set ("What's new") is recorded
 * in the same transaction, so it exists exactly when the version it describes was committed.
 */
import { applyChanges, replaceCatalogue } from '../db/catalogue-store';
import { openDatabase } from '../db/connection';
import { refreshSearchData } from '../db/search/search-data';
import { searchTaxonomy } from '../db/search/taxonomy-lookup';
import { loadTaxonomy } from '../db/taxonomy';
import type { Taxonomy } from '../catalogue-format/taxonomy-types';
import { recordChangeSet } from '../db/user-data/change-sets';
import type { ChangeDetails } from '../db/store/change-details';
import { FeedError } from './errors';
import { keepSnapshot, removeKeptSnapshots } from './kept-snapshot';
import { heldMetadata } from './sign';
import { checkDelta, parseDelta, parseSnapshot } from './payload';
import { localFeedVersion } from './status';
import type { ApplyJob, WorkerMessage } from './apply';

/** Runs `job`, reporting through `post`; never throws (errors are posted). */
export function runApplyJob(job: ApplyJob, post: (message: WorkerMessage) => void): void {
  try {
    run(job, post);
  } catch (error) {
    post(
      error instanceof FeedError
        ? { type: 'error', code: error.code, message: error.message }
        : { type: 'error', message: (error as Error).message },
    );
  }
}

function run(job: ApplyJob, post: (message: WorkerMessage) => void): void {
  const taxonomy = loadTaxonomy();
  const db = openDatabase(job.dbPath);
  try {
    if (job.kind === 'snapshot') {
      post({ type: 'phase', phase: 'validate' });
      const catalogue = parseSnapshot(job.payload, taxonomy);
      post({ type: 'progress', done: 0, total: catalogue.organisationCount });
      const summary = db
        .transaction(() => {
          // Re-checked under the write lock: another sync may have committed meanwhile.
          const current = localFeedVersion(db);
          if (current >= job.meta.version) {
            throw new FeedError(
              'ROLLBACK',
              `The database moved to version ${current} while version ${job.meta.version} was downloaded.`,
            );
          }
          return replaceCatalogue(db, catalogue, job.meta, {
            ...(job.indexInWorker === undefined ? {} : { indexInWorker: job.indexInWorker }),
            onProgress: (done, total) => {
              post({ type: 'progress', done, total });
            },
            onChanges: record(db, current, job.meta.version, 'snapshot'),
          });
        })
        .immediate();
      post({ type: 'done', summary });
      keepVerified(job);
    } else {
      const delta = parseDelta(job.payload, {
        base: job.baseVersion ?? -1,
        version: job.meta.version,
      });
      const summary = db
        .transaction(() => {
          const current = localFeedVersion(db);
          if (current !== delta.base_version) {
            throw new FeedError(
              'ROLLBACK',
              `The database moved to version ${current} while the delta from ${delta.base_version} was downloaded.`,
            );
          }
          const changes = checkDelta(db, delta, taxonomy);
          const total = changes.upserts.organisations.length + changes.deletes.organisations.length;
          post({ type: 'progress', done: 0, total });
          const result = applyChanges(db, changes, job.meta, {
            onChanges: record(db, current, job.meta.version, 'delta'),
          });
          post({ type: 'progress', done: total, total });
          return result;
        })
        .immediate();
      post({ type: 'done', summary });
      // The kept snapshot is of the version before: sharing regenerates (and keeps) this one.
      removeKeptSnapshots(job.dbPath);
      refreshAfterDelta(db, taxonomy);
    }
  } finally {
    db.close();
  }
}

/**
 * Keeps the verified snapshot bytes of a feed version once it is committed (kept-snapshot.ts),
 * named by the SHA-256 its signed index names, so that sharing copies them.
 */
function keepVerified(job: ApplyJob): void {
  if (job.meta.signedIndex === undefined) return;
  let sha256: string;
  try {
    sha256 = heldMetadata(job.meta.signedIndex).snapshot.sha256;
  } catch {
    return; // Not an index this app can read back: sharing will say so.
  }
  keepSnapshot(job.dbPath, job.meta.version, sha256, job.payload);
}

/** Records the change set of the version being applied (inside its transaction). */
function record(
  db: ReturnType<typeof openDatabase>,
  fromVersion: number,
  version: number,
  payload: 'snapshot' | 'delta',
): (details: ChangeDetails) => void {
  return (details) => {
    recordChangeSet(db, { fromVersion, version, payload, details });
  };
}

/**
 * A delta leaves the stored search data stale (db/search/search-data.ts); it is rewritten here,
 * in its own transaction, once the catalogue is committed and announced. It is derived data:
 * if this fails (or the process is killed), searches compute it until the next write.
 */
function refreshAfterDelta(db: ReturnType<typeof openDatabase>, taxonomy: Taxonomy): void {
  try {
    refreshSearchData(db, searchTaxonomy(taxonomy));
  } catch {
    // Nothing is lost: see above.
  }
}
