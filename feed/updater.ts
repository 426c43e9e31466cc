/**
 * The app's update engine (#13), one per open app (desktop or web mode; the command line never
 * starts one): automatic checks by the scheduler, "Sync now" joining a running check, a sync
 * from a folder (a colleague's USB stick) with every check of a normal sync, and the status
 * that says how things are. Syncs never overlap: a folder sync waits for a running check and
 * the next check waits for it.
 */
import type { Db } from '../db/sqlite';
import {
  createUpdateScheduler,
  systemClock,
  type SchedulerClock,
  type SchedulerSettings,
} from './scheduler';
import type { IndexCheckOptions } from './check-index';
import type { SyncOutcome, SyncProgress } from './sync';
import { updateStatus, type UpdateStatus } from './update-state';

interface UpdateSource extends Pick<IndexCheckOptions, 'trust' | 'channel'> {
  /** The feed address the app follows. */
  feed: string;
  timeoutMs?: number;
}

export interface FinishedSync {
  outcome: SyncOutcome;
  /** Started by the scheduler rather than by the user. */
  automatic: boolean;
  /** Where it synced from: the app's feed, or a folder the user chose. */
  feed: string;
}

export interface UpdaterOptions {
  /** The app's connection to a database file: the status is read from it. */
  db: Db;
  /** What the sync opens (default `db`); the sync applies on a worker's own connection. */
  syncDb?: string | Db;
  /** The feed and keys, read at every check (settings may change the address). */
  source: () => Promise<UpdateSource>;
  settings: SchedulerSettings;
  clock?: SchedulerClock;
  random?: () => number;
  onProgress?: (progress: SyncProgress) => void;
  onFinished?: (finished: FinishedSync) => void;
  /** The status may have changed: a sync started or ended, or the settings changed. */
  onStatusChange?: () => void;
}

export interface AppUpdateStatus extends UpdateStatus {
  syncing: boolean;
  autoUpdate: boolean;
  checkEveryMs: number;
}

export interface Updater {
  start(): void;
  stop(): void;
  /** The system reports the network is back. */
  online(): void;
  /** A sync of the app's feed now; joins an automatic check that is running. */
  syncNow(): Promise<SyncOutcome>;
  /** A sync from a folder (or any feed address) now, after any sync that is running. */
  syncFrom(feed: string): Promise<SyncOutcome>;
  configure(settings: SchedulerSettings): void;
  status(): AppUpdateStatus;
  /** Resolves once no sync is running (for shutting down). */
  idle(): Promise<void>;
}

const succeeded = (o: SyncOutcome) => o.status === 'updated' || o.status === 'up-to-date';

export function createUpdater(options: UpdaterOptions): Updater {
  const clock = options.clock ?? systemClock;
  let queue: Promise<unknown> = Promise.resolve();
  let syncing = 0;

  /** Runs `fn` after every sync queued before it, and counts it as syncing meanwhile. */
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    syncing++;
    const run = queue.then(fn, fn).finally(() => {
      syncing--;
      options.onStatusChange?.();
    });
    queue = run.catch(() => undefined);
    options.onStatusChange?.();
    return run;
  }

  async function sync(feed: string | undefined, automatic: boolean): Promise<SyncOutcome> {
    const source = await options.source();
    const address = feed ?? source.feed;
    // Loaded on first use: the sync engine is not needed to show the catalogue.
    const { syncFeed } = await import('./sync');
    const outcome = await syncFeed({
      db: options.syncDb ?? options.db,
      feed: address,
      trust: source.trust,
      ...(source.channel === undefined ? {} : { channel: source.channel }),
      ...(source.timeoutMs === undefined ? {} : { timeoutMs: source.timeoutMs }),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    options.onFinished?.({ outcome, automatic, feed: address });
    return outcome;
  }

  let automatic = true;
  const scheduler = createUpdateScheduler<SyncOutcome>({
    check: () => exclusive(() => sync(undefined, automatic)),
    isSuccess: succeeded,
    settings: options.settings,
    clock,
    ...(options.random ? { random: options.random } : {}),
    onStart: (manual) => {
      automatic = !manual;
    },
  });

  return {
    start: () => {
      scheduler.start();
      options.onStatusChange?.();
    },
    stop: () => {
      scheduler.stop();
    },
    online: () => {
      scheduler.online();
    },
    syncNow: () => scheduler.syncNow(),
    syncFrom: (feed) => exclusive(() => sync(feed, false)),
    configure: (settings) => {
      scheduler.configure(settings);
      options.onStatusChange?.();
    },
    status: () => {
      const settings = scheduler.settings();
      return {
        ...updateStatus(options.db, {
          now: new Date(clock.now()),
          nextCheckAt: scheduler.nextCheckAt(),
        }),
        syncing: syncing > 0,
        autoUpdate: settings.autoUpdate,
        checkEveryMs: settings.checkEveryMs,
      };
    },
    idle: async () => {
      await scheduler.idle();
      await queue;
    },
  };
}
