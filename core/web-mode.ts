/**
 * Web mode, assembled: the app core and the HTTP transport. `catalogue serve`, `npm start`'s
 * fallback and the end-to-end tests start it here.
 */
import { createDownloadStore } from '../server/http/downloads';
import { startWebServer, type WebServer } from '../server/http/web-server';
import { openAppCore, type AppCore, type EventHub, type FeedConfig } from './app-core';
import { rendererDistPath } from './app-paths';

export { isLoopback } from '../server/http/access';

export interface WebModeOptions {
  dbPath?: string;
  host?: string;
  port?: number;
  staticDir?: string;
  requireToken?: boolean;
  feed?: FeedConfig;
  today?: () => string;
  /**
   * Automatic feed checks (default on, at the user's interval); an interval in ms or 'off'
   * sets them for this server (`catalogue serve --check-every`).
   */
  automaticUpdates?: boolean;
  checkEvery?: number | 'off';
}

export interface WebMode extends WebServer {
  dbPath: string;
  /** The app's event hub (tests and the host may push or watch events). */
  events: EventHub;
}

export async function startWebMode(options: WebModeOptions = {}): Promise<WebMode> {
  const downloads = createDownloadStore();
  let core: AppCore | undefined;
  try {
    core = openAppCore({
      mode: 'web',
      exportTarget: downloads.exportTarget,
      ...(options.dbPath !== undefined ? { dbPath: options.dbPath } : {}),
      ...(options.feed ? { feed: options.feed } : {}),
      ...(options.today ? { today: options.today } : {}),
      automaticUpdates: options.automaticUpdates ?? true,
      ...(options.checkEvery === undefined ? {} : { checkEvery: options.checkEvery }),
    });
    const web = await startWebServer({
      dispatch: core.dispatch,
      events: core.events,
      downloads,
      staticDir: options.staticDir ?? rendererDistPath(),
      ...(options.host !== undefined ? { host: options.host } : {}),
      ...(options.port !== undefined ? { port: options.port } : {}),
      ...(options.requireToken !== undefined ? { requireToken: options.requireToken } : {}),
    });
    const opened = core;
    return {
      ...web,
      dbPath: core.dbPath,
      events: core.events,
      // The server first (it ends the event streams and deletes the downloads), then the core.
      close: async () => {
        await web.close();
        await opened.closeWhenIdle();
      },
    };
  } catch (error) {
    downloads.dispose();
    core?.close();
    throw error;
  }
}
