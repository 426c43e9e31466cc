/**
 * The composition root: `openAppCore` opens everything the contract needs — the user's
 * database (created from the bundled catalogue on first use), the taxonomy, the search engine,
 * the event hub, the handler table and its dispatcher — and closes it again. The Electron main
 * process, web mode and every command-line command with an API operation start here, so they
 * answer the same calls the same way.
 */
import { APP_NAME } from '../contract/app';
import { ApiError, unwrap } from '../contract/errors';
import type { AppMode } from '../contract/lists';
import type { ApiArgs, ApiMethod, ApiResult } from '../contract/methods';
import { openAppDatabase, type BundleLocation } from '../db/app-database';
import type { Db } from '../db/sqlite';
import { createSearchEngine } from '../db/search/engine';
import type { SearchEngine } from '../db/search/types';
import { loadTaxonomy } from '../db/taxonomy';
import { getSetting, setSetting } from '../db/user-data/settings';
import { LOCAL_CALLER, type ExportTarget, type FeedConfig } from '../server/context';
import { createDispatcher, type Dispatch } from '../server/dispatch';
import { createEventHub, type EventHub } from '../server/event-hub';
import { createHandlerTable } from '../server/handler-table';
import { defaultDatabasePath, packageVersion } from './app-paths';

export { LOCAL_CALLER, type ExportTarget, type FeedConfig };
export type { Dispatch, EventHub };

export interface AppCoreOptions {
  /** Which transport serves the core (appInfo reports it). */
  mode: AppMode;
  /** The database file (default: the user's, core/app-paths.ts). */
  dbPath?: string;
  /**
   * 'write' (default) refuses a database that cannot be written (READ_ONLY, naming it);
   * 'read' opens it read-only instead, for commands that only read (a write-protected stick).
   */
  access?: 'read' | 'write';
  /** Where the bundled catalogue is (a packaged app ships it beside its archive). */
  bundle?: BundleLocation;
  /** Default: package.json's version. */
  appVersion?: string;
  /** Where exports go; without one, exporting answers UNAVAILABLE. */
  exportTarget?: ExportTarget;
  /** Overrides the built-in feed configuration (`--feed`, `--trust`, tests). */
  feed?: FeedConfig;
  /** Today's date as YYYY-MM-DD (tests pin it). */
  today?: () => string;
  /**
   * Start the automatic feed checks (docs/feed.md, "Automatic updates"): the desktop app and
   * web mode do, the command line never does.
   */
  automaticUpdates?: boolean;
  /**
   * The host's own setting instead of the user's (`catalogue serve --check-every`): an interval
   * in ms, or 'off'.
   */
  checkEvery?: number | 'off';
}

export interface AppCore {
  dbPath: string;
  /** The database could not be written, so it was opened read-only (access 'read'). */
  readOnly: boolean;
  events: EventHub;
  /** What every transport calls: untrusted arguments in, the `{ ok, … }` envelope out. */
  dispatch: Dispatch;
  /** One method in process, as this computer's own user: its value, or an ApiError thrown. */
  call<M extends ApiMethod>(method: M, args?: ApiArgs<M>): Promise<ApiResult<M>>;
  /** A value the host keeps in the settings outside the API (the desktop window's size). */
  hostSetting(key: string): unknown;
  setHostSetting(key: string, value: unknown): void;
  /** Stops the automatic checks and closes the database (a sync still running fails its log). */
  close(): void;
  /** Stops the automatic checks, waits for a sync that is running, then closes. */
  closeWhenIdle(): Promise<void>;
}

const NO_EXPORTS: ExportTarget = {
  open: () =>
    Promise.reject(
      new ApiError('UNAVAILABLE', `Exporting is not set up in this ${APP_NAME} host.`),
    ),
};

/**
 * The engine builds its in-memory data on first use anyway; creating it on first use too keeps
 * commands that never search (a note, a shortlist) from paying for its set-up.
 */
function lazyEngine(create: () => SearchEngine): SearchEngine {
  let engine: SearchEngine | undefined;
  const get = () => (engine ??= create());
  return {
    search: (query) => get().search(query),
    matchingIds: (query) => get().matchingIds(query),
    refresh: () => engine?.refresh(),
  };
}

export function openAppCore(options: AppCoreOptions): AppCore {
  const dbPath = options.dbPath ?? defaultDatabasePath();
  const db: Db = openAppDatabase(dbPath, options.bundle ?? {}, {
    readOnlyIfUnwritable: options.access === 'read',
  });
  try {
    const taxonomy = loadTaxonomy();
    const events = createEventHub();
    const { handlers, updates } = createHandlerTable(
      {
        db,
        dbPath,
        engine: lazyEngine(() => createSearchEngine(db, taxonomy)),
        taxonomy,
        events,
        exportTarget: options.exportTarget ?? NO_EXPORTS,
        mode: options.mode,
        appName: APP_NAME,
        appVersion: options.appVersion ?? packageVersion(),
        ...(options.feed ? { feed: options.feed } : {}),
        ...(options.today ? { today: options.today } : {}),
      },
      options.checkEvery === undefined
        ? undefined
        : options.checkEvery === 'off'
          ? 'off'
          : { checkEveryMs: options.checkEvery },
    );
    const dispatch = createDispatcher(handlers);
    if (options.automaticUpdates === true) updates.updater.start();
    async function call<M extends ApiMethod>(method: M, args?: ApiArgs<M>): Promise<ApiResult<M>> {
      return unwrap(await dispatch(method, args ?? {}, LOCAL_CALLER)) as ApiResult<M>;
    }
    return {
      dbPath,
      readOnly: db.readonly,
      events,
      dispatch,
      call,
      hostSetting: (key) => getSetting(db, key),
      setHostSetting: (key, value) => {
        setSetting(db, key, value);
      },
      close: () => {
        updates.updater.stop();
        db.close();
      },
      closeWhenIdle: async () => {
        updates.updater.stop();
        await updates.updater.idle();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
