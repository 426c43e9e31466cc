/**
 * `databaseInfo`: the database as the computer holding it sees it (`catalogue info`). Web mode
 * reachable from the network never answers it: it names the server's own paths.
 */
import { ApiError } from '../../contract/errors';
import type { ApiResult } from '../../contract/methods';
import { readMeta } from '../../db/catalogue-store';
import { databaseCounts } from '../../db/counts';
import { lastSuccessfulSync, lastSync } from '../../db/user-data/sync-log';
import type { Caller, HandlerContext } from '../context';
import type { AppUpdates } from '../updates';

export function databaseInfoHandlers(ctx: HandlerContext, updates: AppUpdates) {
  return {
    async databaseInfo(_args: unknown, caller: Caller): Promise<ApiResult<'databaseInfo'>> {
      if (!caller.local) {
        throw new ApiError(
          'FORBIDDEN',
          'Where the database is and what its log says are shown only on the computer running the catalogue.',
        );
      }
      const { db } = ctx;
      return {
        database: ctx.dbPath ?? db.name,
        readOnly: db.readonly,
        schemaVersion: db.pragma('user_version', { simple: true }) as number,
        catalogue: readMeta(db) ?? null,
        counts: databaseCounts(db),
        lastSync: lastSync(db) ?? null,
        lastSuccessfulSync: lastSuccessfulSync(db) ?? null,
        updates: await updates.status(),
      };
    },
  };
}
