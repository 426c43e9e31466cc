/**
 * The user's settings, stored in the database's `setting` table under stable keys. The window
 * size the desktop shell remembers is stored there too, but is not part of the API.
 */
import { LOCALES, THEMES, type Locale, type Theme } from '../../contract/lists';
import type { ApiParsedArgs, ApiResult } from '../../contract/methods';
import { getSetting, setSetting } from '../../db/user-data/settings';
import type { Caller, HandlerContext } from '../context';
import { checkFeedAddressAllowed, checkFeedFolderExists } from '../feed-access';
import { FEED_URL_SETTING, storedFeedUrl, type FeedConfigSource } from '../feed-config';
import {
  checkEveryMs,
  checkEveryText,
  effectiveSettings,
  UPDATE_SETTING_KEYS,
  type AppUpdates,
} from '../updates';

const SETTING_KEYS = { feedUrl: FEED_URL_SETTING, language: 'language', theme: 'theme' } as const;

export function settingsHandlers(ctx: HandlerContext, feed: FeedConfigSource, updates: AppUpdates) {
  const { db } = ctx;
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
      ...updateSettings(),
    };
  }

  /** The automatic-update settings in force: the server's (`--check-every`) or the user's. */
  function updateSettings() {
    const { autoUpdate, checkEveryMs: ms } = effectiveSettings(ctx, updates.override);
    return {
      autoUpdate,
      checkEvery: checkEveryText(ms),
      updatesFixed: updates.override !== undefined,
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
      if (patch.feedUrl !== undefined) {
        checkFeedAddressAllowed(patch.feedUrl, caller, defaultUrl);
        checkFeedFolderExists(patch.feedUrl);
      }
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
        if (patch.autoUpdate !== undefined) {
          setSetting(db, UPDATE_SETTING_KEYS.autoUpdate, patch.autoUpdate);
        }
        if (patch.checkEvery !== undefined) {
          // Stored in its largest whole unit ("360m" → "6h"), as it will be shown.
          setSetting(
            db,
            UPDATE_SETTING_KEYS.checkEvery,
            checkEveryText(checkEveryMs(patch.checkEvery)),
          );
        }
      })();
      // Stored even while the server fixes them; they apply when it does not.
      if (updates.override === undefined && (patch.autoUpdate ?? patch.checkEvery) !== undefined) {
        updates.updater.configure(effectiveSettings(ctx, undefined));
      }
      return read();
    },
  };
}
