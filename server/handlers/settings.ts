/**
 * The user's settings, stored in the database's `setting` table under stable keys. The window
 * size the desktop shell remembers is stored there too, but is not part of the API.
 */
import { LOCALES, THEMES, type Locale, type Theme } from '../../contract/lists';
import type { ApiParsedArgs, ApiResult } from '../../contract/methods';
import { getSetting, setSetting } from '../../db/user-data/settings';
import type { Caller, HandlerContext } from '../context';
import { checkFeedAddressAllowed } from '../feed-access';
import { FEED_URL_SETTING, storedFeedUrl, type FeedConfigSource } from '../feed-config';

const SETTING_KEYS = { feedUrl: FEED_URL_SETTING, language: 'language', theme: 'theme' } as const;

export function settingsHandlers({ db }: HandlerContext, feed: FeedConfigSource) {
  async function read(): Promise<ApiResult<'getSettings'>> {
    const { defaultUrl } = await feed();
    const language = getSetting(db, SETTING_KEYS.language);
    const theme = getSetting(db, SETTING_KEYS.theme);
    return {
      feedUrl: storedFeedUrl(db) ?? defaultUrl,
      defaultFeedUrl: defaultUrl,
      // A stored value this version does not know (written by a newer one) falls back.
      language: (LOCALES as readonly unknown[]).includes(language)
        ? (language as Locale)
        : 'system',
      theme: (THEMES as readonly unknown[]).includes(theme) ? (theme as Theme) : 'system',
    };
  }

  return {
    getSettings: read,

    async setSettings(
      patch: ApiParsedArgs<'setSettings'>,
      caller: Caller,
    ): Promise<ApiResult<'setSettings'>> {
      const { defaultUrl } = await feed();
      // Before anything is stored: a refused patch changes nothing, not even its language.
      if (patch.feedUrl !== undefined) checkFeedAddressAllowed(patch.feedUrl, caller, defaultUrl);
      db.transaction(() => {
        if (patch.feedUrl !== undefined) {
          // The built-in address is not stored, so a later app version's default applies.
          setSetting(
            db,
            SETTING_KEYS.feedUrl,
            patch.feedUrl === defaultUrl ? undefined : patch.feedUrl,
          );
        }
        if (patch.language !== undefined) setSetting(db, SETTING_KEYS.language, patch.language);
        if (patch.theme !== undefined) setSetting(db, SETTING_KEYS.theme, patch.theme);
      })();
      return read();
    },
  };
}
