/**
 * The one handler table: each contract method wired to the feature module that answers it.
 * Every transport reaches it through the dispatcher (dispatch.ts), never directly.
 *
 * Each call carries its `Caller` (decided by the transport: the desktop app, the command line
 * and web mode on loopback are local, web mode on the network is not); the few handlers that
 * care take it as their second argument.
 */
import type { ApiMethod, ApiParsedArgs, ApiResult } from '../contract/methods';
import type { Caller, HandlerContext } from './context';
import { catalogueHandlers } from './handlers/catalogue';
import { databaseInfoHandlers } from './handlers/database-info';
import { exportHandlers } from './handlers/export';
import { feedConfigSource } from './feed-config';
import { settingsHandlers } from './handlers/settings';
import { syncHandlers } from './handlers/sync';
import { changesHandlers } from './handlers/changes';
import { createAppUpdates, type AppUpdates, type UpdatesOverride } from './updates';
import { userHandlers } from './handlers/user';

/** Handlers take validated arguments and the caller; they may answer synchronously. */
export type HandlerTable = {
  [M in ApiMethod]: (
    args: ApiParsedArgs<M>,
    caller: Caller,
  ) => ApiResult<M> | Promise<ApiResult<M>>;
};

/**
 * The handlers, and the app's update engine they share: the host (the app core) starts its
 * automatic checks or not, and stops them.
 */
export function createHandlerTable(
  ctx: HandlerContext,
  updatesOverride?: UpdatesOverride,
): { handlers: HandlerTable; updates: AppUpdates } {
  const feed = feedConfigSource(ctx);
  const updates = createAppUpdates(ctx, feed, updatesOverride);
  return {
    handlers: {
      ...catalogueHandlers(ctx),
      ...databaseInfoHandlers(ctx, updates),
      ...userHandlers(ctx),
      ...settingsHandlers(ctx, feed, updates),
      ...syncHandlers(updates, feed),
      ...changesHandlers(ctx),
      ...exportHandlers(ctx),
    },
    updates,
  };
}
