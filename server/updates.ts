/**
 * The app's update engine (feed/updater.ts) wired to this host: the feed address and keys of
 * the app's configuration and settings, the settings `autoUpdate` and `checkEvery` (or the
 * server's own, `catalogue serve --check-every`), and the pushed events — progress, every
 * finished sync (automatic or not) and every change of the status. The search engine reloads
 * after an update. One per app core; only the core of the desktop app and of web mode starts
 * its automatic checks.
 */
import { DURATION_UNITS_MS } from '../contract/lists';
import type { ApiResult } from '../contract/methods';
import { parseDuration } from '../feed/duration';
import type { SyncOutcome } from '../feed/sync';
import { createUpdater, type AppUpdateStatus, type Updater } from '../feed/updater';
import { DEFAULT_CHECK_EVERY_MS, type SchedulerSettings } from '../feed/scheduler';
import { getSetting } from '../db/user-data/settings';
import { syncStatus } from '../feed/status';
import type { HandlerContext } from './context';
import type { FeedConfigSource } from './feed-config';
import { storedFeedUrl } from './feed-config';

export const UPDATE_SETTING_KEYS = { autoUpdate: 'autoUpdate', checkEvery: 'checkEvery' } as const;

/** "6h" → ms; NaN for what is not a duration (a stored value from elsewhere). */
export function checkEveryMs(text: string): number {
  try {
    return parseDuration(text);
  } catch {
    return Number.NaN;
  }
}

/** ms → the largest whole unit: 21600000 → "6h". */
export function checkEveryText(ms: number): string {
  for (const unit of ['w', 'd', 'h', 'm'] as const) {
    const size = DURATION_UNITS_MS[unit];
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${Math.round(ms / DURATION_UNITS_MS.s)}s`;
}

/** The stored settings, with their defaults (on, every 6 h). */
function storedUpdateSettings(ctx: Pick<HandlerContext, 'db'>): SchedulerSettings {
  const auto = getSetting(ctx.db, UPDATE_SETTING_KEYS.autoUpdate);
  const every = getSetting(ctx.db, UPDATE_SETTING_KEYS.checkEvery);
  const ms = typeof every === 'string' ? checkEveryMs(every) : Number.NaN;
  return {
    autoUpdate: typeof auto === 'boolean' ? auto : true,
    checkEveryMs: Number.isFinite(ms) && ms >= 60_000 ? ms : DEFAULT_CHECK_EVERY_MS,
  };
}

/** The server's own setting (`--check-every`): off, or an interval; undefined: the user's. */
export type UpdatesOverride = { checkEveryMs: number } | 'off' | undefined;

export function effectiveSettings(
  ctx: Pick<HandlerContext, 'db'>,
  override: UpdatesOverride,
): SchedulerSettings {
  if (override === 'off') return { ...storedUpdateSettings(ctx), autoUpdate: false };
  if (override !== undefined) return { autoUpdate: true, checkEveryMs: override.checkEveryMs };
  return storedUpdateSettings(ctx);
}

export function syncOutcomeResult(outcome: SyncOutcome): ApiResult<'syncNow'> {
  return {
    status: outcome.status,
    fromVersion: outcome.from_version,
    version: outcome.version,
    changes: {
      added: outcome.changes.added,
      changed: outcome.changes.changed,
      removed: outcome.changes.removed,
    },
    ...(outcome.error
      ? { error: { code: outcome.error.code, message: outcome.error.message } }
      : {}),
    ...(outcome.logError !== undefined ? { logError: outcome.logError } : {}),
  };
}

export interface AppUpdates {
  updater: Updater;
  /** This run's address (`catalogue sync --feed`), else the settings', else the built-in one. */
  feedUrl(): Promise<string>;
  /** The status as the contract has it. */
  status(): Promise<ApiResult<'syncStatus'>>;
  override: UpdatesOverride;
}

export function createAppUpdates(
  ctx: HandlerContext,
  feed: FeedConfigSource,
  override: UpdatesOverride,
): AppUpdates {
  async function feedUrl(): Promise<string> {
    const config = await feed();
    return config.runUrl ?? storedFeedUrl(ctx.db) ?? config.defaultUrl;
  }
  function contractStatus(s: AppUpdateStatus, url: string): ApiResult<'syncStatus'> {
    return {
      ...syncStatus(ctx.db),
      feedUrl: url,
      syncing: s.syncing,
      state: s.state,
      outOfDateSince: s.outOfDateSince,
      nextCheck: s.nextCheck,
      autoUpdate: s.autoUpdate,
      checkEvery: checkEveryText(s.checkEveryMs),
    };
  }
  const updater = createUpdater({
    db: ctx.db,
    ...(ctx.dbPath === undefined ? {} : { syncDb: ctx.dbPath }),
    source: async () => {
      const config = await feed();
      return {
        feed: await feedUrl(),
        trust: [...config.trust],
        ...(config.channel !== undefined ? { channel: config.channel } : {}),
        ...(config.timeoutMs !== undefined ? { timeoutMs: config.timeoutMs } : {}),
      };
    },
    settings: effectiveSettings(ctx, override),
    onProgress: (p) => {
      ctx.events.emit('sync-progress', p);
    },
    onFinished: ({ outcome, automatic }) => {
      if (outcome.status === 'updated') ctx.engine.refresh();
      ctx.events.emit('sync-finished', { ...syncOutcomeResult(outcome), automatic });
    },
    onStatusChange: () => {
      // Pushed to whoever listens; a closed database (shutting down) has nothing to report.
      if (!ctx.db.open) return;
      void feedUrl().then((url) => {
        if (ctx.db.open) ctx.events.emit('update-status', contractStatus(updater.status(), url));
      });
    },
  });
  return {
    updater,
    feedUrl,
    status: async () => contractStatus(updater.status(), await feedUrl()),
    override,
  };
}
