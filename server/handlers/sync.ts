/**
 * Sync status and "Sync now". One sync at a time per app: a second request while one runs
 * joins it instead of starting another. Progress and the outcome go out as events, so the UI
 * shows a sync however it was started (button, menu, another window, the command line).
 *
 * The sync engine (feed/sync.ts) is loaded on first use: it is not needed to show the
 * catalogue, and keeping it out of start-up keeps the first search fast.
 */
import type { ApiResult } from '../../contract/methods';
import { syncStatus } from '../../feed/status';
import type { Caller, HandlerContext } from '../context';
import { unavailable } from '../error-data';
import { checkFeedAddressAllowed } from '../feed-access';
import { storedFeedUrl, type FeedConfigSource } from '../feed-config';

export function syncHandlers(ctx: HandlerContext, feed: FeedConfigSource) {
  let running: Promise<ApiResult<'syncNow'>> | undefined;

  /** This run's address (`catalogue sync --feed`), else the settings', else the built-in one. */
  async function feedUrl(): Promise<string> {
    const config = await feed();
    return config.runUrl ?? storedFeedUrl(ctx.db) ?? config.defaultUrl;
  }

  async function runSync(): Promise<ApiResult<'syncNow'>> {
    const config = await feed();
    const url = await feedUrl();
    const { syncFeed } = await import('../../feed/sync').catch((error: unknown) => {
      throw unavailable('Sync', error);
    });
    const outcome = await syncFeed({
      db: ctx.dbPath ?? ctx.db,
      feed: url,
      trust: [...config.trust],
      ...(config.channel !== undefined ? { channel: config.channel } : {}),
      ...(config.timeoutMs !== undefined ? { timeoutMs: config.timeoutMs } : {}),
      onProgress: (p) => {
        ctx.events.emit('sync-progress', p);
      },
    });
    if (outcome.status === 'updated') ctx.engine.refresh();
    const result: ApiResult<'syncNow'> = {
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
    ctx.events.emit('sync-finished', result);
    return result;
  }

  return {
    async syncNow(_args: unknown, caller: Caller): Promise<ApiResult<'syncNow'>> {
      // A feed on this computer's disk, stored from this computer (the desktop app shares the
      // database), is not read for a caller on the network: the outcome would describe the disk.
      checkFeedAddressAllowed(await feedUrl(), caller, (await feed()).defaultUrl);
      running ??= runSync().finally(() => {
        running = undefined;
      });
      return running;
    },

    async syncStatus(): Promise<ApiResult<'syncStatus'>> {
      return { ...syncStatus(ctx.db), feedUrl: await feedUrl(), syncing: running !== undefined };
    },
  };
}
