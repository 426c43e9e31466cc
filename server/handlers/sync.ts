/**
 * Sync status, "Sync now" and a sync from a folder, through the app's one update engine
 * (server/updates.ts): never two syncs at once — Sync now joins a running check, a folder sync
 * waits for it. Progress, the outcome and the status go out as events, so the UI shows a sync
 * however it was started (automatically, the button, the menu, another window, the command
 * line). The sync engine itself is loaded on first use.
 */
import type { ApiParsedArgs, ApiResult } from '../../contract/methods';
import type { Caller } from '../context';
import { checkFeedAddressAllowed } from '../feed-access';
import type { FeedConfigSource } from '../feed-config';
import { syncOutcomeResult, type AppUpdates } from '../updates';

export function syncHandlers(updates: AppUpdates, feed: FeedConfigSource) {
  return {
    async syncNow(_args: unknown, caller: Caller): Promise<ApiResult<'syncNow'>> {
      // A feed on this computer's disk, stored from this computer (the desktop app shares the
      // database), is not read for a caller on the network: the outcome would describe the disk.
      checkFeedAddressAllowed(await updates.feedUrl(), caller, (await feed()).defaultUrl);
      return syncOutcomeResult(await updates.updater.syncNow());
    },

    async syncFromFolder(
      { folder }: ApiParsedArgs<'syncFromFolder'>,
      caller: Caller,
    ): Promise<ApiResult<'syncFromFolder'>> {
      checkFeedAddressAllowed(folder, caller, (await feed()).defaultUrl);
      return syncOutcomeResult(await updates.updater.syncFrom(folder));
    },

    networkOnline(): ApiResult<'networkOnline'> {
      const before = updates.updater.status().syncing;
      updates.updater.online();
      return { checking: !before && updates.updater.status().syncing };
    },

    syncStatus: (): Promise<ApiResult<'syncStatus'>> => updates.status(),
  };
}
