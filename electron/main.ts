/**
 * The desktop shell's main process: app lifecycle, one window, the menu. Deliberately thin:
 * everything it serves comes from the same app core as web mode and the command line
 * (core/app-core.ts), and every security decision lives in security.ts, ipc.ts and
 * protocol.ts, where it is tested.
 *
 * Runs bundled by electron/build.ts (out/electron/main.js beside preload.cjs), started as
 * `electron .` by bin/start.js.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { APP_NAME } from '../contract/app';
import { openAppCore, type AppCore } from '../core/app-core';
import { packagedBundle } from '../core/app-paths';
import { registerFolderDialog } from './folder-dialog';
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

// The app folder (or the packaged asar): `electron .` in the repository, with package.json's
// "main" pointing at the bundle electron/build.ts writes.
const rendererRoot = join(app.getAppPath(), 'renderer', 'dist');
const preloadPath = join(app.getAppPath(), 'out', 'electron', 'preload.cjs');
const devTools = devToolsAllowed(app.isPackaged, process.env);

function createWindow(core: AppCore): BrowserWindow {
  const state = loadWindowState(core);
  const window = new BrowserWindow(windowOptions(preloadPath, state, devTools));
  if (state.maximized === true) window.maximize();
  window.once('ready-to-show', () => {
    window.show();
  });
  window.on('close', () => {
    saveWindowState(core, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

async function showAbout(core: AppCore, window: BrowserWindow | undefined): Promise<void> {
  const status = await core.call('syncStatus');
  const catalogue =
    status.source === null
      ? 'no catalogue'
      : status.source === 'feed'
        ? `catalogue version ${status.version}${status.issued ? ` of ${status.issued.slice(0, 10)}` : ''}`
        : `${status.source} catalogue of ${status.appliedAt?.slice(0, 10) ?? '?'}`;
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
  let core: AppCore | undefined;

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
    core?.close();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, devTools);
    serveAppProtocol(rendererRoot);

    try {
      core = openAppCore({
        mode: 'desktop',
        appVersion: app.getVersion(),
        exportTarget: saveDialogExportTarget(() => window),
        // The desktop app keeps its catalogue current by itself (docs/feed.md).
        automaticUpdates: true,
        // Packaged, the catalogue ships beside the asar (extraResources): SQLite cannot open a
        // file inside the archive. From a checkout, the defaults find dist/ and catalogue/.
        ...(app.isPackaged ? { bundle: packagedBundle(process.resourcesPath) } : {}),
      });
    } catch (error) {
      dialog.showErrorBox(APP_NAME, error instanceof Error ? error.message : String(error));
      app.quit();
      return;
    }
    const opened = core;
    registerApi(opened.dispatch);
    registerLinkOpener();
    registerFolderDialog(() => window);
    forwardEvents(opened.events, () => window?.webContents);

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          {
            exportContacts: () => {
              opened.events.emit('menu-command', { command: 'export' });
            },
            // The outcome reaches the window as sync-progress / sync-finished events.
            syncNow: () => void opened.call('syncNow').catch(() => undefined),
            about: () => void showAbout(opened, window),
          },
          process.platform === 'darwin',
        ),
      ),
    );

    window = createWindow(opened);
    window.on('closed', () => {
      window = undefined;
    });
  });
}

registerAppScheme();
if (app.requestSingleInstanceLock()) start();
else app.quit();
