/**
 * Web mode, assembled: the app database, the search engine, the handler table and the HTTP
 * transport. `catalogue serve`, `npm start`'s fallback and the end-to-end tests start it here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openAppDatabase, defaultDatabasePath } from '../db/app-database';
import { createSearchEngine } from '../db/search/engine';
import { loadTaxonomy } from '../db/taxonomy';
import type { FeedConfig } from './context';
import { createDownloadStore } from './downloads';
import { createEventHub, type EventHub } from './event-hub';
import { createDispatcher, createHandlerTable } from './handlers';
import { startWebServer, type WebServer } from './http';

export const APP_NAME = 'Meta-Cluster Catalogue';

/** The built renderer, produced by `vite build` (H6b's renderer/vite config). */
export function rendererDistPath(): string {
  return fileURLToPath(new URL('../renderer/dist/', import.meta.url));
}

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export interface WebModeOptions {
  dbPath?: string;
  host?: string;
  port?: number;
  staticDir?: string;
  requireToken?: boolean;
  feed?: FeedConfig;
  today?: () => string;
}

export interface WebMode extends WebServer {
  dbPath: string;
  /** The app's event hub (tests and the host may push or watch events). */
  events: EventHub;
}

export async function startWebMode(options: WebModeOptions = {}): Promise<WebMode> {
  const dbPath = options.dbPath ?? defaultDatabasePath();
  const db = openAppDatabase(dbPath);
  try {
    const taxonomy = loadTaxonomy();
    const events = createEventHub();
    const downloads = createDownloadStore();
    const table = createHandlerTable({
      db,
      dbPath,
      engine: createSearchEngine(db, taxonomy),
      taxonomy,
      events,
      exportTarget: downloads.exportTarget,
      mode: 'web',
      appName: APP_NAME,
      appVersion: packageVersion(),
      ...(options.feed ? { feed: options.feed } : {}),
      ...(options.today ? { today: options.today } : {}),
    });
    const web = await startWebServer({
      dispatch: createDispatcher(table),
      events,
      downloads,
      staticDir: options.staticDir ?? rendererDistPath(),
      ...(options.host !== undefined ? { host: options.host } : {}),
      ...(options.port !== undefined ? { port: options.port } : {}),
      ...(options.requireToken !== undefined ? { requireToken: options.requireToken } : {}),
    });
    return {
      ...web,
      dbPath,
      events,
      close: async () => {
        await web.close();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
