/**
 * The desktop shell's security decisions, in one place (Electron's security checklist):
 * a sandboxed, context-isolated renderer without Node; no navigation away from the app, no new
 * windows, no webview, every permission denied, no request to any remote origin; the strict CSP
 * on every response; DevTools only in a development run that asks for them; and the ONE
 * function that hands a link to the operating system (the rules: external-links.ts), called
 * only for a link the user clicked (link-clicks.ts).
 */
import {
  shell,
  type BrowserWindowConstructorOptions,
  type Session,
  type WebContents,
  type WebPreferences,
} from 'electron';
import { APP_NAME } from '../contract/app';
import { CONTENT_SECURITY_POLICY } from '../core/shell';
import { isSafeExternalUrl } from './external-links';

/** The renderer is served from app://catalogue/ (see protocol.ts), never from a remote origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'catalogue';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export { CONTENT_SECURITY_POLICY };

/** True for a URL of the app's own origin (app://catalogue/...). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

const SECURE_WEB_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
} as const satisfies WebPreferences;

export interface WindowBounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820 };

/**
 * Whether DevTools may open: only in a development run (not packaged) started with
 * METACLUSTER_DEVTOOLS=1. A packaged app never has them, whatever its environment: DevTools run
 * any code with the page's rights (the whole catalogue API), and "paste this into the console"
 * is a known way to talk a user into doing just that.
 */
export function devToolsAllowed(isPackaged: boolean, env: NodeJS.ProcessEnv): boolean {
  return !isPackaged && env.METACLUSTER_DEVTOOLS === '1';
}

/** The main window's options: remembered size, secure preferences, the preload script. */
export function windowOptions(
  preloadPath: string,
  bounds: WindowBounds = DEFAULT_BOUNDS,
  devTools = false,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: APP_NAME,
    backgroundColor: '#1f2430',
    autoHideMenuBar: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, devTools, preload: preloadPath },
  };
}

/**
 * Opens `url` with the operating system if (and only if) `isSafeExternalUrl` allows it. The
 * only place in the app that calls shell.openExternal, reached only from a user's click (the
 * preload's OPEN_LINK_CHANNEL, see link-clicks.ts). Returns whether it was opened.
 */
export async function openExternalSafely(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}

/**
 * No navigation away from the app, no new windows, no webviews. Nothing here opens anything:
 * a navigation or window.open may come from a script without any action of the user, so an
 * outside link opens only through the user's click (link-clicks.ts), never from these events.
 */
export function hardenWebContents(contents: WebContents): void {
  const keepInApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Schemes the renderer may load anything from: its own files and inline data (QR codes). */
const LOADABLE_SCHEMES: ReadonlySet<string> = new Set([`${APP_SCHEME}:`, 'data:', 'blob:']);
/** DevTools' own pages, loadable only when DevTools are allowed (devToolsAllowed). */
const DEVTOOLS_SCHEME = 'devtools:';

/**
 * Every permission (camera, notifications, geolocation, ...) denied; nothing fetched from the
 * network by the renderer (it has no reason to: the catalogue comes over IPC); the CSP on
 * every response.
 */
export function hardenSession(session: Session, devTools = false): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(details.url)?.[0].toLowerCase() ?? '';
    const loadable = LOADABLE_SCHEMES.has(scheme) || (devTools && scheme === DEVTOOLS_SCHEME);
    callback({ cancel: !loadable });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}
