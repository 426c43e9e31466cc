/**
 * Sync status and "Sync now". One sync at a time per app: a second request while one runs
 * joins it instead of starting another. Progress and the outcome go out as events, so the UI
 * shows a sync however it was started (button, menu, another window).
 *
 * feed/ is loaded on first use: it is not needed to show the catalogue, and keeping it out of
 * start-up keeps the first search fast.
 */
import { readMeta } from '../../db/catalogue-store';
import { getSetting } from '../../db/user-data/settings';
import { lastSuccessfulSync, lastSync } from '../../db/user-data/sync-log';
import { ApiError, type ApiResult } from '../contract';
import type { Caller, FeedConfig, HandlerContext } from '../context';
import { checkFeedAddressAllowed } from '../feed-access';

export type FeedConfigSource = () => Promise<FeedConfig>;

/** The feed configuration: the context's override, or the one the app was built with. */
export function feedConfigSource(ctx: HandlerContext): FeedConfigSource {
  let cached: Promise<FeedConfig> | undefined;
  return () => {
    if (ctx.feed) return Promise.resolve(ctx.feed);
    cached ??= import('../../feed/app-config').then(
      (m) => {
        const config = m.loadFeedConfig();
        return { defaultUrl: config.url, trust: config.keys, channel: config.channel };
      },
      (error: unknown) => {
        cached = undefined;
        throw unavailable('The feed module', error);
      },
    );
    return cached;
  };
}

function unavailable(what: string, error: unknown): ApiError {
  return new ApiError(
    'UNAVAILABLE',
    `${what} is not available in this build: ${error instanceof Error ? error.message : String(error)}`,
  );
}

export function syncHandlers(ctx: HandlerContext, feed: FeedConfigSource) {
  let running: Promise<ApiResult<'syncNow'>> | undefined;

  async function feedUrl(): Promise<string> {
    const stored = getSetting(ctx.db, 'feedUrl');
    return typeof stored === 'string' && stored !== '' ? stored : (await feed()).defaultUrl;
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
      const url = await feedUrl();
      const meta = readMeta(ctx.db);
      const last = lastSync(ctx.db);
      const failed = last && (last.status === 'failed' || last.status === 'rejected');
      return {
        version: meta?.version ?? 0,
        source: meta?.source ?? null,
        issued: meta?.issued ?? null,
        expires: meta?.expires ?? null,
        lastCheck: last?.at ?? null,
        lastSuccess: lastSuccessfulSync(ctx.db)?.at ?? null,
        lastError: failed
          ? { code: last.errorCode ?? 'NETWORK', message: last.errorMessage ?? '' }
          : null,
        feedUrl: url,
        syncing: running !== undefined,
      };
    },
  };
}
