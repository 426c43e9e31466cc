/**
 * Which feed the app follows: the host's configuration (the context's, or the one the app was
 * built with, config/feed.json) and the address the user stored in the settings.
 */
import { getSetting } from '../db/user-data/settings';
import type { Db } from '../db/sqlite';
import type { FeedConfig, HandlerContext } from './context';
import { unavailable } from './error-data';

export type FeedConfigSource = () => Promise<FeedConfig>;

/** The feed configuration: the context's override, or the one the app was built with. */
export function feedConfigSource(ctx: HandlerContext): FeedConfigSource {
  let cached: Promise<FeedConfig> | undefined;
  return () => {
    if (ctx.feed) return Promise.resolve(ctx.feed);
    cached ??= import('../feed/app-config').then(
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

/** The settings' key of the feed address; the built-in address is never stored. */
export const FEED_URL_SETTING = 'feedUrl';

/** The feed address the user chose, or undefined for the built-in one. */
export function storedFeedUrl(db: Db): string | undefined {
  const stored = getSetting(db, FEED_URL_SETTING);
  return typeof stored === 'string' && stored !== '' ? stored : undefined;
}
