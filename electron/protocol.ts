/**
 * The app:// protocol: the renderer's files (renderer/dist) served from the app's own origin
 * `app://catalogue`, never from the network or a bare file:// URL (which would share an origin
 * with every other local file). Which file a path names, and its MIME type, are decided by the
 * same rules web mode serves with (server/static-files.ts); the strict CSP on each.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { findStaticFile, staticFilePath } from '../core/shell';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/** Must run before the app is ready: app:// behaves as a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** The path of an app:// URL, or undefined when it names another scheme or host. */
function appPath(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  return parsed.pathname;
}

/**
 * The file an app:// URL names inside `root`, or undefined when it names anything else
 * (another host, a path escaping the folder). A path without an extension is a client-side
 * route: the app's page.
 */
export function resolveAppFile(root: string, url: string): string | undefined {
  const path = appPath(url);
  return path === undefined ? undefined : staticFilePath(root, path);
}

export function serveAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = appPath(request.url);
    const file = path === undefined ? undefined : findStaticFile(root, path);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file.path), {
        headers: {
          'Content-Type': file.contentType,
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
