/**
 * The desktop shell's security decisions, in one place (Electron's security checklist):
 * a sandboxed, context-isolated renderer without Node; no navigation away from the app, no new
 * windows, no webview, every permission denied, no request to any remote origin; the strict CSP
 * on every response; and the ONE function that hands a link to the operating system, allowing
 * only https:, mailto: and tel:.
 */
import {
  shell,
  type BrowserWindowConstructorOptions,
  type Session,
  type WebContents,
  type WebPreferences,
} from 'electron';
import { CONTENT_SECURITY_POLICY } from '../api/csp';

/** The renderer is served from app://catalogue/ (see protocol.ts), never from a remote origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'catalogue';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
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

export const SECURE_WEB_PREFERENCES = {
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

/** The main window's options: remembered size, secure preferences, the preload script. */
export function windowOptions(
  preloadPath: string,
  bounds: WindowBounds = DEFAULT_BOUNDS,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Meta-Cluster Catalogue',
    backgroundColor: '#1f2430',
    autoHideMenuBar: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  };
}

/** Schemes the operating system may open for the user: the web (TLS only), mail and phone. */
export const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'mailto:', 'tel:']);

export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
    // An https: link must name a host; user:password@ prefixes only ever serve to deceive.
    if (parsed.protocol === 'https:') return parsed.hostname !== '' && parsed.username === '';
    return parsed.pathname !== '';
  } catch {
    return false;
  }
}

/**
 * Opens `url` with the operating system if (and only if) its scheme is https:, mailto: or tel:.
 * The only place in the app that calls shell.openExternal. Returns whether it was opened.
 */
export async function openExternalSafely(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}

/**
 * No navigation away from the app and no new windows: a link to an allowed external scheme is
 * handed to the operating system instead; everything else is dropped. No webviews.
 */
export function hardenWebContents(contents: WebContents): void {
  const keepInApp = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    void openExternalSafely(url);
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url);
    return { action: 'deny' };
  });
}

/** Schemes the renderer may load anything from: its own files and inline data (QR codes). */
const LOADABLE_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'devtools:', 'blob:']);

/**
 * Every permission (camera, notifications, geolocation, ...) denied; nothing fetched from the
 * network by the renderer (it has no reason to: the catalogue comes over IPC); the CSP on
 * every response.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(details.url)?.[0].toLowerCase() ?? '';
    callback({ cancel: !LOADABLE_SCHEMES.has(scheme) });
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
