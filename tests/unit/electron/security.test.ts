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
  it.each(['https://www.automobil-cluster.at/', 'mailto:jana@example.org', 'tel:+437327981'])(
    'opens %s',
    async (url) => {
      expect(await security.openExternalSafely(url)).toBe(true);
      expect(openExternalSpy).toHaveBeenCalledWith(url);
    },
  );

  it.each([
    'http://example.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'data:text/html,<script>1</script>',
    'custom-app://open',
    'https://user:pass@example.org/',
    'not a url',
    '',
  ])('refuses %s', async (url) => {
    expect(await security.openExternalSafely(url)).toBe(false);
    expect(openExternalSpy).not.toHaveBeenCalled();
  });
});

describe('navigation, new windows and webviews', () => {
  it('never navigates away: external links go to the OS only when allowed', () => {
    const contents = fakeWebContents();
    security.hardenWebContents(contents as never);
    expect(contents.fire('will-navigate', 'app://catalogue/index.html')).toBe(false);
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(openExternalSpy).toHaveBeenCalledWith('https://evil.example/');
    openExternalSpy.mockClear();
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-redirect', 'http://evil.example/')).toBe(true);
    expect(openExternalSpy).not.toHaveBeenCalled();
  });

  it('denies every new window', () => {
    const contents = fakeWebContents();
    security.hardenWebContents(contents as never);
    expect(contents.openWindow('https://example.org/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('app://catalogue/index.html')).toEqual({ action: 'deny' });
    expect(contents.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternalSpy).toHaveBeenCalledTimes(1);
  });

  it('refuses to attach a webview', () => {
    const contents = fakeWebContents();
    security.hardenWebContents(contents as never);
    expect(contents.fire('will-attach-webview', '')).toBe(true);
  });
});

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
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      session.handlers.beforeRequest?.({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('app://catalogue/assets/index.js')).toBe(false);
    expect(verdict('data:image/png;base64,AAAA')).toBe(false);
    expect(verdict('https://tracker.example/pixel.gif')).toBe(true);
    expect(verdict('http://127.0.0.1:8080/api')).toBe(true);
    expect(verdict('ws://127.0.0.1:1234')).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
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
