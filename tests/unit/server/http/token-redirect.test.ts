/**
 * Opening the address `catalogue serve` printed (`…/?token=…`) trades the token for a cookie
 * and redirects to the same page without it. That redirect must stay on this server whatever
 * the path: "/x/..//evil.example/" once became `Location: //evil.example/`, which a browser
 * follows to another host (an open redirect carrying the user's trust in the address).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, startHarness, type Harness } from './fixture';

let net: Harness;
let token: string;
let origin: string;

beforeAll(async () => {
  // Bound to every interface (so a token is required), reached on 127.0.0.1 only.
  net = await startHarness({ host: '0.0.0.0' });
  token = net.web.token ?? '';
  origin = `http://127.0.0.1:${String(net.web.port)}`;
});
afterAll(async () => {
  await net.close();
});

async function redirectFor(path: string): Promise<string> {
  const res = await request(net.web.port, { path: `${path}?token=${token}` });
  expect(res.status, path).toBe(303);
  return res.headers.location ?? '';
}

/** A Location a browser resolves against this server only: a path, never `//host` or a scheme. */
function expectSameServer(location: string, path: string): void {
  expect(location, path).toMatch(/^\/(?![/\\])/);
  expect(location, path).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
  expect(new URL(location, origin).origin, path).toBe(origin);
}

describe('the token redirect', () => {
  it.each([
    ['/x/..//evil.example/', '/evil.example/'],
    ['/%2e%2e//evil.example', '/evil.example'],
    ['/x/..\\/evil.example', '/evil.example'],
    ['//evil.example/', '/evil.example/'],
    ['/\\evil.example/', '/evil.example/'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/profile/at-auto', '/profile/at-auto'],
  ])('%s → Location %s on this server', async (path, location) => {
    const got = await redirectFor(path);
    expect(got).toBe(location);
    expectSameServer(got, path);
  });

  it('keeps the rest of the query and drops only the token', async () => {
    const res = await request(net.web.port, { path: `/x?lang=de&token=${token}` });
    expect(res.headers.location).toBe('/x?lang=de');
  });

  it('never leaves this server, for any path made of slashes, dots and look-alikes', async () => {
    const piece = fc.constantFrom(
      ...['', '.', '..', 'x', 'evil.example', 'evil.example:80', '@evil.example', 'https:'],
      ...['%2e', '%2E%2e', '%2F', '%2f%2f', '%5C', '%5c%5c', '\\', '\\\\', '%09', '%00'],
    );
    const separator = fc.constantFrom('/', '//', '\\', '/\\', '\\/');
    const path = fc
      .array(fc.tuple(separator, piece), { minLength: 1, maxLength: 6 })
      .map((parts) => `/${parts.map(([sep, p]) => `${sep}${p}`).join('')}`);
    await fc.assert(
      fc.asyncProperty(path, async (p) => {
        expectSameServer(await redirectFor(p), p);
      }),
      { numRuns: 300 },
    );
  });
});
