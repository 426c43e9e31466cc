/**
 * The sync engine, shared by the app and `catalogue sync`: fetch the signed index, run the
 * checks in their documented order (docs/feed.md), download the one payload needed (a delta
 * from the local version if offered, else the snapshot), verify it against the signed length
 * and sha256, and apply it on a worker thread in one transaction. Every attempt is recorded
 * in the sync log; a refused or failed sync leaves the database exactly as it was.
 */
import { readMeta } from '../db/catalogue-store';
import { openDatabase } from '../db/connection';
import type { Db } from '../db/sqlite';
import { cannotWrite } from '../db/read-only';
import { logSync } from '../db/user-data/sync-log';
import { keepSignedIndex } from '../db/store/meta';
import { applyInWorker } from './apply';
import { checkIndex, type IndexCheckOptions } from './check-index';
import { readCachedIndex, writeCachedIndex } from '../db/feed-cache';
import type { FeedErrorCode } from '../contract/errors';
import { FeedError, isRejection } from './errors';
import { downloadPayload } from './download-payload';
import { fetchFile, type FetchResult } from './fetch';
import { DEFAULT_MAX_PAYLOAD_BYTES, MAX_INDEX_BYTES, type FileRef } from './format';
import { describeLocation, resolveFeed, type FeedLocation } from './location';
import { localFeedVersion } from './status';

const DEFAULT_TIMEOUT_MS = 60_000;

type SyncPhase = 'fetch-index' | 'verify' | 'download' | 'apply' | 'done';

export interface SyncProgress {
  phase: SyncPhase;
  bytes?: number;
  totalBytes?: number;
  records?: number;
  totalRecords?: number;
}

export interface SyncOptions extends IndexCheckOptions {
  /** A database path, or an open connection to a database file (the worker opens its own). */
  db: string | Db;
  /** HTTPS URL (plain http on loopback only), folder, file: URL or path of a feed.json. */
  feed: string;
  /** Deadline for all network work of this sync, in ms (default 60 s). Applying is not included. */
  timeoutMs?: number;
  maxPayloadBytes?: number;
  onProgress?: (progress: SyncProgress) => void;
}

type SyncStatus = 'updated' | 'up-to-date' | 'rejected' | 'failed';

export interface SyncOutcome {
  status: SyncStatus;
  /** The database's feed version before the sync (0: bundled or imported catalogue). */
  from_version: number;
  /** The version the database holds after the sync. */
  version: number;
  changes: { added: number; changed: number; removed: number };
  error?: { code: FeedErrorCode; message: string };
  /**
   * Why this attempt could not be recorded in the sync log (a full disk, say). The outcome
   * above stands: an update that was applied stays applied.
   */
  logError?: string;
  /** A failure because the feed could not be reached at all (the status says "offline"). */
  unreachable?: boolean;
}

export async function syncFeed(options: SyncOptions): Promise<SyncOutcome> {
  const ownDb = typeof options.db === 'string';
  const db = typeof options.db === 'string' ? openDatabase(options.db) : options.db;
  try {
    if (db.memory || db.name === '') {
      throw new Error(
        'Syncing needs a database file (the update is applied on a second connection).',
      );
    }
    if (db.readonly) throw cannotWrite(db.name);
    return await syncOpen(db, options);
  } finally {
    if (ownDb) db.close();
  }
}

async function syncOpen(db: Db, options: SyncOptions): Promise<SyncOutcome> {
  const fromVersion = localFeedVersion(db);
  const report = options.onProgress ?? (() => undefined);
  let outcome: SyncOutcome;
  let feedName = options.feed;
  try {
    if (options.trust.length === 0) {
      throw new FeedError(
        'NO_TRUSTED_KEY',
        'This app trusts no signing key, so no update can be accepted and nothing was fetched.',
      );
    }
    const location = resolveFeed(options.feed);
    feedName = describeLocation(location);
    outcome = await run(db, location, fromVersion, options, report);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    outcome = {
      status: isRejection(error.code) ? 'rejected' : 'failed',
      from_version: fromVersion,
      version: localFeedVersion(db),
      changes: { added: 0, changed: 0, removed: 0 },
      error: { code: error.code, message: error.message },
      ...(error.facts.unreachable === true ? { unreachable: true } : {}),
    };
  }
  try {
    logSync(db, {
      feed: feedName,
      status: outcome.status,
      fromVersion: outcome.from_version,
      version: outcome.version,
      errorCode: outcome.error?.code ?? null,
      errorMessage: outcome.error?.message ?? null,
      unreachable: outcome.unreachable === true,
    });
  } catch (error) {
    // The log records what happened; failing to write it must not hide or change what did.
    outcome = { ...outcome, logError: (error as Error).message };
  }
  report({ phase: 'done' });
  return outcome;
}

async function run(
  db: Db,
  location: FeedLocation,
  fromVersion: number,
  options: SyncOptions,
  report: (p: SyncProgress) => void,
): Promise<SyncOutcome> {
  const signal = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const cacheKey = describeLocation(location);

  // 1. The index, conditionally when we hold validators for it (TOO_LARGE past 64 KiB).
  report({ phase: 'fetch-index' });
  const cached = location.kind === 'http' ? readCachedIndex(db, cacheKey) : undefined;
  const index: FetchResult = await fetchFile(location, {
    cap: MAX_INDEX_BYTES,
    what: 'feed.json',
    signal,
    ...(cached?.etag === undefined ? {} : { etag: cached.etag }),
    ...(cached?.lastModified === undefined ? {} : { lastModified: cached.lastModified }),
  });
  let indexBytes: Buffer;
  if (index.status === 'ok') indexBytes = index.bytes;
  else if (cached) indexBytes = cached.bytes;
  else
    throw new FeedError(
      'NETWORK',
      `${cacheKey}: the server answered 304 to an unconditional request.`,
    );

  // 2-5. Signature, channel, version, expiry — on the stored index too after a 304.
  report({ phase: 'verify' });
  const metadata = checkIndex(indexBytes, fromVersion, options);
  const remember = () => {
    if (location.kind === 'http' && index.status === 'ok') {
      writeCachedIndex(db, cacheKey, {
        bytes: indexBytes,
        ...(index.etag === undefined ? {} : { etag: index.etag }),
        ...(index.lastModified === undefined ? {} : { lastModified: index.lastModified }),
      });
    }
  };
  if (metadata.version === fromVersion) {
    remember();
    // A version applied before the app kept signed indexes gets this one, which names the same
    // snapshot (a publisher never signs one version twice with other files), so it can be shared.
    keepSignedIndex(db, fromVersion, indexBytes);
    return {
      status: 'up-to-date',
      from_version: fromVersion,
      version: fromVersion,
      changes: { added: 0, changed: 0, removed: 0 },
    };
  }

  // 6. The payload: a delta from exactly our version, else the snapshot.
  const local = readMeta(db);
  let delta =
    fromVersion > 0 && local?.channel === metadata.channel
      ? metadata.deltas.find((d) => d.base_version === fromVersion)
      : undefined;
  const download = (ref: FileRef) =>
    downloadPayload(location, index.url, ref, {
      signal,
      cap: options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES,
      onBytes: (bytes) => {
        report({ phase: 'download', bytes, totalBytes: ref.length });
      },
    });
  let payload: Buffer;
  try {
    payload = await download(delta ?? metadata.snapshot);
  } catch (error) {
    // A folder shared by a colleague carries the snapshot only (feed/share.ts), and a host may
    // have lost a delta: the snapshot the same index signs does the same job.
    if (!(delta && error instanceof FeedError && error.facts.missing === true)) throw error;
    delta = undefined;
    payload = await download(metadata.snapshot);
  }

  // 7. Parse, validate and apply in one transaction on the worker (INVALID_FEED on bad data).
  report({ phase: 'apply', records: 0 });
  let summary;
  try {
    summary = await applyInWorker(
      {
        dbPath: db.name,
        kind: delta ? 'delta' : 'snapshot',
        payload,
        meta: {
          version: metadata.version,
          source: 'feed',
          channel: metadata.channel,
          issued: metadata.issued,
          expires: metadata.expires,
          // The version's identity, whichever payload brought it: the signed snapshot's hash,
          // so every app holding this version shows the same one (`catalogue info`).
          sha256: metadata.snapshot.sha256,
          signedIndex: indexBytes,
        },
        ...(delta ? { baseVersion: delta.base_version } : {}),
      },
      (done, total) => {
        report({ phase: 'apply', records: done, totalRecords: total });
      },
    );
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError(
      'APPLY_FAILED',
      `Applying version ${metadata.version} failed: ${(error as Error).message}`,
    );
  }
  remember();
  return {
    status: 'updated',
    from_version: fromVersion,
    version: metadata.version,
    changes: { added: summary.added, changed: summary.changed, removed: summary.removed },
  };
}
