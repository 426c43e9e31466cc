/**
 * Web mode's defences, over real HTTP: bad arguments change nothing, other sites cannot drive
 * it, a network-bound server wants its token, and static files never leave the built folder.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../server/csp';
import { call, request, useHarness } from './fixture';

const harness = useHarness();
const port = () => harness().web.port;

/** POSTs `body` exactly as given, with no Origin header. */
const post = (path: string, contentType: string, body: string) =>
  request(port(), { method: 'POST', path, headers: { 'content-type': contentType }, body });

const errorCode = (body: unknown) => (body as { error?: { code?: string } }).error?.code;

describe('arguments are validated before anything runs', () => {
  it.each([
    ['missing', 'profile', {}],
    ['extra', 'getNote', { id: 'at-auto', admin: true }],
    ['wrongly typed', 'search', { text: 42 }],
    ['out of range', 'search', { limit: 100000 }],
    [
      'unknown enum value',
      'exportContacts',
      { format: 'pdf', scope: { kind: 'ids', ids: ['at-auto'] } },
    ],
    ['not an object', 'listShortlists', [1, 2]],
  ])('%s arguments → 400 INVALID_ARGUMENT', async (_what, method, args) => {
    const res = await call(port(), method, args);
    expect(res.status).toBe(400);
    expect(errorCode(res.json())).toBe('INVALID_ARGUMENT');
  });

  it('a refused change leaves the data as it was', async () => {
    await call(port(), 'createShortlist', { name: 'Keep' });
    const bad = await call(port(), 'addToShortlist', { name: 'Keep', ids: ['sk-spa'], extra: 1 });
    expect(errorCode(bad.json())).toBe('INVALID_ARGUMENT');
    const partlyUnknown = await call(port(), 'addToShortlist', {
      name: 'Keep',
      ids: ['sk-spa', 'nobody'],
    });
    expect(errorCode(partlyUnknown.json())).toBe('NOT_FOUND');
    const badNote = await call(port(), 'setNote', { id: 'sk-spa', text: 'x'.repeat(10_001) });
    expect(errorCode(badNote.json())).toBe('INVALID_ARGUMENT');
    const items = await call(port(), 'shortlistItems', { name: 'Keep' });
    expect(items.json()).toMatchObject({ ok: true, value: { items: [] } });
    expect((await call(port(), 'getNote', { id: 'sk-spa' })).json()).toMatchObject({
      value: { text: '' },
    });
  });

  it('unknown method → 404, bad JSON → 400, GET on a method → 405, non-JSON body → 400', async () => {
    const unknown = await call(port(), 'dropDatabase', {});
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown.json())).toBe('NOT_FOUND');
    const proto = await call(port(), '__proto__', {});
    expect(proto.status).toBe(404);
    const json = await post('/api/search', 'application/json', '{"text":');
    expect(json.status).toBe(400);
    expect(errorCode(json.json())).toBe('INVALID_ARGUMENT');
    expect((await request(port(), { path: '/api/search' })).status).toBe(405);
    const form = await post('/api/createShortlist', 'application/x-www-form-urlencoded', 'name=x');
    expect(form.status).toBe(400);
  });

  it('a body over the size cap → 413', async () => {
    const res = await post(
      '/api/search',
      'application/json',
      JSON.stringify({ text: 'x'.repeat(9 * 1024 * 1024) }),
    ).catch(() => ({ status: 413 }));
    expect(res.status).toBe(413);
  });
});

describe('no other web page can drive it', () => {
  it('a foreign Origin → 403 FORBIDDEN, and nothing changes', async () => {
    const res = await call(
      port(),
      'createShortlist',
      { name: 'Evil' },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect(errorCode(res.json())).toBe('FORBIDDEN');
    const lists = (await call(port(), 'listShortlists', {})).json() as {
      value: { shortlists: { name: string }[] };
    };
    expect(lists.value.shortlists.map((s) => s.name)).not.toContain('Evil');
  });

  it('a cross-site fetch (Sec-Fetch-Site) → 403', async () => {
    const res = await call(
      port(),
      'appInfo',
      {},
      { 'sec-fetch-site': 'cross-site', origin: `http://127.0.0.1:${port()}` },
    );
    expect(res.status).toBe(403);
  });

  it('a foreign Host (DNS rebinding) → 403, for the API and for pages', async () => {
    const api = await call(
      port(),
      'appInfo',
      {},
      { host: `evil.example:${port()}`, origin: `http://evil.example:${port()}` },
    );
    expect(api.status).toBe(403);
    const page = await request(port(), { path: '/', headers: { host: 'evil.example' } });
    expect(page.status).toBe(403);
    const rebound = await request(port(), {
      path: '/',
      headers: { host: `evil.example:${port()}` },
    });
    expect(rebound.status).toBe(403);
  });

  it('a page of another local server is refused by its Origin', async () => {
    const res = await call(port(), 'appInfo', {}, { origin: 'http://127.0.0.1:8080' });
    expect(res.status).toBe(403);
  });

  it('its own names are accepted: 127.0.0.1 and localhost', async () => {
    expect(
      (await request(port(), { path: '/', headers: { host: `localhost:${port()}` } })).status,
    ).toBe(200);
    expect((await call(port(), 'appInfo', {})).status).toBe(200);
  });
});

describe('the built renderer', () => {
  it('is served with its MIME type, nosniff and the strict CSP', async () => {
    const page = await request(port(), { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await request(port(), { path: '/assets/app-1234.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toContain('immutable');
  });

  it('client-side routes get the page; missing assets 404; nothing outside the folder', async () => {
    expect((await request(port(), { path: '/profile/at-auto' })).body).toContain(
      '<title>Catalogue',
    );
    expect((await request(port(), { path: '/assets/missing.js' })).status).toBe(404);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await request(port(), { path });
      expect(res.body).not.toContain('do not serve');
      // As the desktop's app:// answers it (one rule for both): not found, not the app's page.
      expect(res.status).toBe(404);
    }
  });
});

describe('bound to every interface, it wants the access token', () => {
  const network = useHarness({ host: '0.0.0.0' });

  it('prints an address with a random token', () => {
    expect(network().web.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(network().web.url).toContain(`?token=${network().web.token ?? ''}`);
  });

  it('refuses requests without the token, accepts the header, trades ?token= for a cookie', async () => {
    const p = network().web.port;
    const token = network().web.token ?? '';
    expect((await call(p, 'appInfo', {})).status).toBe(403);
    expect((await call(p, 'appInfo', {}, { 'x-catalogue-token': 'wrong' })).status).toBe(403);
    expect((await request(p, { path: '/' })).status).toBe(403);
    expect((await call(p, 'appInfo', {}, { 'x-catalogue-token': token })).status).toBe(200);

    const first = await request(p, { path: `/?token=${token}` });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = first.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const jar = cookie.split(';')[0] ?? '';
    expect((await request(p, { path: '/', headers: { cookie: jar } })).status).toBe(200);
    expect((await call(p, 'appInfo', {}, { cookie: jar })).status).toBe(200);
    // Any name may lead to a network-bound server; the token is what protects it.
    expect(
      (
        await call(
          p,
          'appInfo',
          {},
          { cookie: jar, host: `192.0.2.7:${p}`, origin: `http://192.0.2.7:${p}` },
        )
      ).status,
    ).toBe(200);
  });
});
