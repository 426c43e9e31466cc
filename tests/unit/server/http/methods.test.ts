/**
 * Every CatalogueApi method over real HTTP against a real database: what the UI gets back,
 * and that the contract's own schemas accept it.
 */
import { describe, expect, it } from 'vitest';
import {
  API_METHODS,
  type ApiMethod,
  type ApiResponse,
  type ApiResult,
} from '../../../../contract';
import { call, useHarness } from './fixture';

const harness = useHarness();
const port = () => harness().web.port;

async function ok<M extends ApiMethod>(method: M, args: unknown): Promise<ApiResult<M>> {
  const res = await call(port(), method, args);
  const body = res.json() as ApiResponse<unknown>;
  if (!body.ok) throw new Error(`${method} failed: ${body.error.code} ${body.error.message}`);
  expect(res.status).toBe(200);
  return API_METHODS[method].result.parse(body.value) as ApiResult<M>;
}

describe('catalogue methods', () => {
  it('search finds an organisation typed without diacritics and returns facets', async () => {
    const result = (await ok('search', { text: 'piestany' })) as {
      total: number;
      results: { id: string }[];
      facets: { country: { id: string; count: number }[] };
    };
    expect(result.results.map((r) => r.id)).toEqual(['sk-spa']);
    expect(result.facets.country.find((c) => c.id === 'SK')?.count).toBe(1);
  });

  it('profile shows contacts, memberships and members; an unknown id is NOT_FOUND', async () => {
    const cluster = (await ok('profile', { id: 'at-auto', locale: 'de' })) as {
      members: { id: string }[];
      contacts: { email: string | null }[];
      region: { code: string; ancestors: { code: string }[] };
    };
    expect(cluster.members.map((m) => m.id).sort()).toEqual(['pl-lodz', 'sk-spa']);
    expect(cluster.contacts[0]?.email).toBe('jana@example.org');
    expect(cluster.region.ancestors.map((a) => a.code)).toEqual(['AT', 'AT3', 'AT31']);
    const missing = await call(port(), 'profile', { id: 'nobody' });
    expect(missing.status).toBe(404);
    expect(missing.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('taxonomy gives localised sectors and the whole region tree', async () => {
    const t = (await ok('taxonomy', { locale: 'de' })) as {
      sectors: { id: string; label: string }[];
      regions: { code: string; parent: string | null }[];
    };
    expect(t.sectors.length).toBeGreaterThan(5);
    expect(t.regions.find((r) => r.code === 'SK021')?.parent).toBe('SK02');
  });

  it('events split into upcoming and past, with organiser names (null when unknown)', async () => {
    const e = (await ok('events', {})) as {
      today: string;
      upcoming: { id: string }[];
      past: { id: string; organisers: { id: string; name: string | null }[] }[];
    };
    expect(e.today).toBe('2026-05-01');
    expect(e.upcoming.map((x) => x.id)).toEqual(['tour-next']);
    expect(e.past[0]?.organisers).toEqual([
      { id: 'at-auto', name: 'Automobil-Cluster Oberösterreich' },
      { id: 'gone-org', name: null },
    ]);
    const window = (await ok('events', { from: '2026-02-11', to: '2026-03-01' })) as {
      past: { id: string }[];
      upcoming: unknown[];
    };
    expect(window.past.map((x) => x.id)).toEqual(['forum-past']);
    expect(window.upcoming).toEqual([]);
    const health = (await ok('events', { sector: 'health' })) as {
      past: unknown[];
      upcoming: unknown[];
    };
    expect(health.past).toEqual([]);
    expect(health.upcoming).toHaveLength(1);
    // Country and words filter too; sectors and countries come with their counts, in German.
    const found = (await ok('events', { text: 'piestany', country: 'SK', locale: 'de' })) as {
      upcoming: { id: string; dateNote: string | null }[];
      sectors: { id: string; count: number }[];
      countries: { id: string; label: string; count: number }[];
    };
    expect(found.upcoming.map((x) => [x.id, x.dateNote])).toEqual([['tour-next', null]]);
    expect(found.sectors.map((x) => [x.id, x.count])).toEqual([['health', 1]]);
    expect(found.countries).toEqual([{ id: 'SK', label: 'Slowakei', count: 1 }]);
  });

  it('appInfo reports the catalogue and the app', async () => {
    const info = await ok('appInfo', {});
    expect(info).toMatchObject({
      organisations: 3,
      events: 2,
      mode: 'web',
      catalogueSource: 'import',
    });
  });
});

describe('databaseInfo', () => {
  it('tells this computer where the database is and what it holds', async () => {
    expect(await ok('databaseInfo', {})).toMatchObject({
      database: harness().dbPath,
      readOnly: false,
      catalogue: { version: 0, source: 'import' },
      counts: { organisations: 3, events: 2, shortlists: 0, notes: 0 },
      lastSync: null,
    });
  });
});

describe('user data methods', () => {
  it('shortlists: create, add, list items, remove, delete', async () => {
    expect(await ok('createShortlist', { name: 'Fair Linz' })).toMatchObject({
      name: 'Fair Linz',
      count: 0,
    });
    const dup = await call(port(), 'createShortlist', { name: 'fair linz' });
    expect(dup.status).toBe(409);
    expect(
      await ok('addToShortlist', { name: 'Fair Linz', ids: ['sk-spa', 'pl-lodz'] }),
    ).toMatchObject({
      changed: 2,
      count: 2,
    });
    expect(await ok('listShortlists', {})).toMatchObject({
      shortlists: [{ name: 'Fair Linz', count: 2 }],
    });
    const items = (await ok('shortlistItems', { name: 'Fair Linz' })) as {
      items: { id: string }[];
    };
    expect(items.items.map((i) => i.id)).toEqual(['sk-spa', 'pl-lodz']);
    expect(await ok('removeFromShortlist', { name: 'Fair Linz', ids: ['sk-spa'] })).toMatchObject({
      changed: 1,
      count: 1,
    });
    expect(await ok('renameShortlist', { name: 'fair linz', newName: ' Linz 2026 ' })).toEqual({
      name: 'Fair Linz',
      renamedTo: 'Linz 2026',
    });
    expect(await ok('deleteShortlist', { name: 'Linz 2026' })).toEqual({
      name: 'Linz 2026',
      deleted: true,
    });
    expect(await ok('listShortlists', {})).toEqual({ shortlists: [] });
  });

  it('notes: empty by default, set, read back, cleared by empty text', async () => {
    expect(await ok('getNote', { id: 'pl-lodz' })).toEqual({
      id: 'pl-lodz',
      text: '',
      updatedAt: null,
    });
    const saved = (await ok('setNote', { id: 'pl-lodz', text: 'Met at the fair — call back' })) as {
      updatedAt: string | null;
    };
    expect(saved.updatedAt).not.toBeNull();
    expect(await ok('getNote', { id: 'pl-lodz' })).toMatchObject({
      text: 'Met at the fair — call back',
    });
    expect(await ok('setNote', { id: 'pl-lodz', text: '' })).toMatchObject({
      text: '',
      updatedAt: null,
    });
  });

  it('settings: defaults, partial update, the built-in feed address is not stored', async () => {
    expect(await ok('getSettings', {})).toEqual({
      feedUrl: 'http://127.0.0.1:9/feed.json',
      defaultFeedUrl: 'http://127.0.0.1:9/feed.json',
      language: 'system',
      theme: 'system',
      autoUpdate: true,
      checkEvery: '6h',
      updatesFixed: false,
    });
    // Automatic updates: switched off, every 90 minutes (shown in its largest whole unit).
    expect(await ok('setSettings', { autoUpdate: false, checkEvery: '90m' })).toMatchObject({
      autoUpdate: false,
      checkEvery: '90m',
    });
    expect(await ok('setSettings', { autoUpdate: true, checkEvery: '120m' })).toMatchObject({
      autoUpdate: true,
      checkEvery: '2h',
    });
    expect((await ok('syncStatus', {})).checkEvery).toBe('2h');
    for (const checkEvery of ['30s', '0m', 'often', '6 hours']) {
      const refused = await call(port(), 'setSettings', { checkEvery });
      expect(refused.json(), checkEvery).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      });
    }
    expect(await ok('setSettings', { theme: 'dark', language: 'it' })).toMatchObject({
      theme: 'dark',
      language: 'it',
    });
    expect(
      await ok('setSettings', { feedUrl: 'https://feed.example.org/feed.json' }),
    ).toMatchObject({
      feedUrl: 'https://feed.example.org/feed.json',
      theme: 'dark',
    });
    const bad = await call(port(), 'setSettings', { feedUrl: 'http://evil.example/feed.json' });
    expect(bad.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await ok('getSettings', {})).toMatchObject({
      feedUrl: 'https://feed.example.org/feed.json',
    });
  });

  it('emailAddresses: unique addresses (ignoring case) in scope order', async () => {
    const result = await ok('emailAddresses', {
      scope: { kind: 'ids', ids: ['at-auto', 'sk-spa', 'pl-lodz'] },
    });
    expect(result).toEqual({
      addresses: ['jana@example.org', 'info@automobil-cluster.example', 'parts@lodz.example'],
      organisations: 3,
    });
    const byQuery = await ok('emailAddresses', {
      scope: { kind: 'query', query: { text: 'lodz' } },
    });
    expect(byQuery).toEqual({ addresses: ['parts@lodz.example'], organisations: 1 });
  });

  it('refuses a filter value the taxonomy does not know, instead of covering nothing', async () => {
    // The scope is resolved by the same code for the app and `catalogue export`, which always
    // refused an unknown filter: an export of nothing would look like a success.
    for (const query of [{ sectors: ['rockets'] }, { countries: ['XX'] }, { regions: ['AT999'] }]) {
      const res = await call(port(), 'emailAddresses', { scope: { kind: 'query', query } });
      expect(res.status).toBe(400);
      expect(res.json()).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^Unknown /) as string },
      });
    }
  });

  it('contactCoverage: how many in scope have an e-mail or a phone, before anything is done', async () => {
    // at-auto: its own and a contact's e-mail; sk-spa: a contact's e-mail (the same address as
    // at-auto's contact, ignoring case); pl-lodz: its own e-mail. None has a phone.
    expect(
      await ok('contactCoverage', {
        scope: { kind: 'ids', ids: ['at-auto', 'sk-spa', 'pl-lodz'] },
      }),
    ).toEqual({ organisations: 3, withEmail: 3, withPhone: 0, reachable: 3, addresses: 3 });
    expect(
      await ok('contactCoverage', { scope: { kind: 'query', query: { text: 'lodz' } } }),
    ).toEqual({ organisations: 1, withEmail: 1, withPhone: 0, reachable: 1, addresses: 1 });
  });
});
