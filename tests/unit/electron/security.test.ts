/** The shell's security decisions, checked against a fake `electron` (see fake-electron.ts). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSession, fakeWebContents, openExternalSpy } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const security = await import('../../../electron/security');

beforeEach(() => {
  openExternalSpy.mockClear();
});

describe('the window', () => {
  it('is sandboxed, context-isolated, without Node or webviews, with the preload', () => {
    const options = security.windowOptions('/app/out/preload.cjs', { width: 1000, height: 700 });
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: '/app/out/preload.cjs',
    });
    expect(options).toMatchObject({ width: 1000, height: 700 });
  });

  it('loads the app from its own app:// origin', () => {
    expect(security.APP_ENTRY_URL).toBe('app://catalogue/index.html');
    expect(security.isAppUrl('app://catalogue/assets/x.js')).toBe(true);
    expect(security.isAppUrl('app://evil/index.html')).toBe(false);
    expect(security.isAppUrl('https://catalogue/index.html')).toBe(false);
    expect(security.isAppUrl('file:///index.html')).toBe(false);
  });
});

describe('openExternalSafely', () => {
  it.each([
    'https://www.automobil-cluster.at/',
    // Plain-http websites open too (5 of the 19 bundled organisations have one).
    'http://www.example.org/cluster',
    'mailto:jana@example.org',
    'mailto:jana@example.org,peter@example.org',
    'mailto:jana@example.org?subject=Fair%202026&body=Dear%20Jana%2C%0D%0A',
    'mailto:jana@example.org?Subject=Hello',
    'tel:+437327981',
    'tel:+43-732-7981',
  ])('opens %s', async (url) => {
    expect(await security.openExternalSafely(url)).toBe(true);
    expect(openExternalSpy).toHaveBeenCalledWith(url);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'data:text/html,<script>1</script>',
    'custom-app://open',
    'https://user:pass@example.org/',
    'http://user@example.org/',
    // mailto: with anything but a subject and a body (attachments, hidden copies, recipients)
    'mailto:jana@example.org?attach=/etc/passwd',
    'mailto:jana@example.org?subject=Hi&attachment=C:%5Cboot.ini',
    'mailto:jana@example.org?%61ttach=/etc/passwd',
    'mailto:jana@example.org?bcc=evil@example.net',
    'mailto:jana@example.org?cc=evil@example.net',
    'mailto:?to=jana@example.org',
    'mailto:?subject=no-recipient',
    'mailto:jana@example.org?subject=x;attach=/etc/passwd',
    'mailto:jana@example.org%0D%0ABcc:evil@example.net',
    'tel:+43;phone-context=evil',
    'tel:+43?x=1',
    'not a url',
    '',
  ])('refuses %s', async (url) => {
    expect(await security.openExternalSafely(url)).toBe(false);
    expect(openExternalSpy).not.toHaveBeenCalled();
  });
});

describe('navigation, new windows and webviews', () => {
  it('never navigates away, and never opens what a navigation asks for', () => {
    const contents = fakeWebContents();
    security.hardenWebContents(contents as never);
    expect(contents.fire('will-navigate', 'app://catalogue/index.html')).toBe(false);
    // A script can navigate without any action of the user: nothing reaches the OS this way.
    for (const url of ['https://evil.example/', 'mailto:a@example.org', 'file:///etc/passwd']) {
      expect(contents.fire('will-navigate', url), url).toBe(true);
      expect(contents.fire('will-redirect', url), url).toBe(true);
    }
    expect(openExternalSpy).not.toHaveBeenCalled();
  });

  it('denies every new window, and opens nothing for it', () => {
    const contents = fakeWebContents();
    security.hardenWebContents(contents as never);
    expect(contents.openWindow('https://example.org/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('app://catalogue/index.html')).toEqual({ action: 'deny' });
    expect(contents.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternalSpy).not.toHaveBeenCalled();
  });

  it('refuses to attach a webview', () => {
    const contents = fakeWebContents();
    security.hardenWebContents(contents as never);
    expect(contents.fire('will-attach-webview', '')).toBe(true);
  });
});

describe('DevTools', () => {
  it('are off in the window unless asked for', () => {
    expect(security.windowOptions('/p.cjs').webPreferences?.devTools).toBe(false);
    expect(security.windowOptions('/p.cjs', undefined, true).webPreferences?.devTools).toBe(true);
  });

  it('are allowed only in a development run started with METACLUSTER_DEVTOOLS=1', () => {
    expect(security.devToolsAllowed(false, { METACLUSTER_DEVTOOLS: '1' })).toBe(true);
    expect(security.devToolsAllowed(false, {})).toBe(false);
    expect(security.devToolsAllowed(false, { METACLUSTER_DEVTOOLS: 'true' })).toBe(false);
    // A packaged app never, whatever its environment says.
    expect(security.devToolsAllowed(true, { METACLUSTER_DEVTOOLS: '1' })).toBe(false);
  });
});

/** Whether `session` lets the renderer load `url` (false: the request is cancelled). */
function loads(session: ReturnType<typeof fakeSession>, url: string): boolean {
  let cancel: boolean | undefined;
  session.handlers.beforeRequest?.({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
  return cancel === false;
}

describe('the session', () => {
  const session = fakeSession();
  security.hardenSession(session as never);

  it('denies every permission request and check', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      session.handlers.permissionRequest?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(session.handlers.permissionCheck?.({}, 'media')).toBe(false);
  });

  it('lets the renderer load only its own files and data: images', () => {
    expect(loads(session, 'app://catalogue/assets/index.js')).toBe(true);
    expect(loads(session, 'data:image/png;base64,AAAA')).toBe(true);
    expect(loads(session, 'https://tracker.example/pixel.gif')).toBe(false);
    expect(loads(session, 'http://127.0.0.1:8080/api')).toBe(false);
    expect(loads(session, 'ws://127.0.0.1:1234')).toBe(false);
    expect(loads(session, 'file:///etc/passwd')).toBe(false);
  });

  it("loads DevTools' own pages only when DevTools are allowed", () => {
    const devtoolsPage = 'devtools://devtools/bundled/devtools_app.html';
    expect(loads(session, devtoolsPage)).toBe(false);
    const development = fakeSession();
    security.hardenSession(development as never, true);
    expect(loads(development, devtoolsPage)).toBe(true);
    expect(loads(development, 'https://tracker.example/pixel.gif')).toBe(false);
  });

  it('puts the strict CSP on every response', () => {
    let headers: Record<string, string[]> = {};
    session.handlers.headersReceived?.(
      { responseHeaders: { 'Content-Type': ['text/html'] } },
      (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders),
    );
    expect(headers['Content-Security-Policy']).toEqual([
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ]);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });
});
