/**
 * The desktop shell's main process: app lifecycle, one window, the menu. Deliberately thin:
 * everything it serves comes from the same handler table as web mode (api/handlers.ts), and
 * every security decision lives in security.ts, ipc.ts and protocol.ts, where it is tested.
 *
 * Runs bundled by electron/build.ts (out/electron/main.js beside preload.cjs), started as
 * `electron .` by bin/start.js.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { createDispatcher, createHandlerTable, type Dispatch } from '../api/handlers';
import { LOCAL_CALLER } from '../api/context';
import { createEventHub } from '../api/event-hub';
import { readMeta } from '../db/catalogue-store';
import type { Db } from '../db/sqlite';
import { defaultDatabasePath, openAppDatabase } from '../db/app-database';
import { createSearchEngine } from '../db/search/engine';
import { loadTaxonomy } from '../db/taxonomy';
import { forwardEvents, registerApi, registerLinkOpener } from './ipc';
import { menuTemplate } from './menu';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { saveDialogExportTarget } from './save-export';
import {
  APP_ENTRY_URL,
  devToolsAllowed,
  hardenSession,
  hardenWebContents,
  windowOptions,
} from './security';
import { loadWindowState, saveWindowState } from './window-state';

const APP_NAME = 'Meta-Cluster Catalogue';
// The app folder (or the packaged asar): `electron .` in the repository, with package.json's
// "main" pointing at the bundle electron/build.ts writes.
const rendererRoot = join(app.getAppPath(), 'renderer', 'dist');
const preloadPath = join(app.getAppPath(), 'out', 'electron', 'preload.cjs');
const devTools = devToolsAllowed(app.isPackaged, process.env);

function createWindow(db: Db): BrowserWindow {
  const state = loadWindowState(db);
  const window = new BrowserWindow(windowOptions(preloadPath, state, devTools));
  if (state.maximized === true) window.maximize();
  window.once('ready-to-show', () => {
    window.show();
  });
  window.on('close', () => {
    saveWindowState(db, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

async function showAbout(db: Db, window: BrowserWindow | undefined): Promise<void> {
  const meta = readMeta(db);
  const catalogue =
    meta === undefined
      ? 'no catalogue'
      : meta.source === 'feed'
        ? `catalogue version ${meta.version}${meta.issued ? ` of ${meta.issued.slice(0, 10)}` : ''}`
        : `${meta.source} catalogue of ${meta.appliedAt.slice(0, 10)}`;
  const options = {
    type: 'info' as const,
    title: `About ${APP_NAME}`,
    message: APP_NAME,
    detail: `Version ${app.getVersion()}\n${catalogue[0]?.toUpperCase() ?? ''}${catalogue.slice(1)}\nElectron ${process.versions.electron}`,
  };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}

function start(): void {
  let window: BrowserWindow | undefined;
  let db: Db | undefined;

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
  });

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.on('window-all-closed', () => {
    app.quit();
  });

  app.on('will-quit', () => {
    db?.close();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, devTools);
    serveAppProtocol(rendererRoot);

    const dbPath = defaultDatabasePath();
    try {
      // Packaged, the catalogue ships beside the asar (extraResources): SQLite cannot open a
      // file inside the archive. From a checkout, the defaults find dist/ and catalogue/.
      db = openAppDatabase(
        dbPath,
        app.isPackaged ? { database: join(process.resourcesPath, 'catalogue.sqlite') } : {},
      );
    } catch (error) {
      dialog.showErrorBox(APP_NAME, error instanceof Error ? error.message : String(error));
      app.quit();
      return;
    }
    const openDb = db;
    const taxonomy = loadTaxonomy();
    const events = createEventHub();
    const dispatch: Dispatch = createDispatcher(
      createHandlerTable({
        db: openDb,
        dbPath,
        engine: createSearchEngine(openDb, taxonomy),
        taxonomy,
        events,
        exportTarget: saveDialogExportTarget(() => window),
        mode: 'desktop',
        appName: APP_NAME,
        appVersion: app.getVersion(),
      }),
    );
    registerApi(dispatch);
    registerLinkOpener();
    forwardEvents(events, () => window?.webContents);

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          {
            exportContacts: () => {
              events.emit('menu-command', { command: 'export' });
            },
            // The outcome reaches the window as sync-progress / sync-finished events.
            syncNow: () => void dispatch('syncNow', {}, LOCAL_CALLER),
            about: () => void showAbout(openDb, window),
          },
          process.platform === 'darwin',
        ),
      ),
    );

    window = createWindow(openDb);
    window.on('closed', () => {
      window = undefined;
    });
  });
}

registerAppScheme();
if (app.requestSingleInstanceLock()) start();
else app.quit();
