import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli';
import { readCatalogue, replaceCatalogue } from '../../../db/catalogue-store';
import { openDatabase } from '../../../db/connection';
import { CATALOGUE_SCHEMA } from '../../../catalogue-format/schema';
import { org, sampleCatalogue } from '../db/catalogue-store.fixture';
import { SUMMARIES } from '../../../cli/summaries';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcc-cli-'));
  db = join(dir, 'user.sqlite');
  // An imported catalogue: opening it as the app database keeps it as it is.
  const handle = openDatabase(db);
  replaceCatalogue(handle, sampleCatalogue(), { version: 0, source: 'import' });
  handle.close();
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the command line in this process on the test database, capturing what it prints. */
const run = (...argv: string[]) => runCli([...argv, '--db', db]);

const json = (s: string): unknown => JSON.parse(s);

describe('catalogue search', () => {
  it('prints exactly the documented JSON: total, results, five facets, what became of the words', async () => {
    const { code, out } = await run('search', 'piestany', '--json');
    expect(code).toBe(0);
    const result = json(out) as {
      total: number;
      results: Record<string, unknown>[];
      facets: Record<string, { id: string; label: string; count: number }[]>;
    };
    expect(Object.keys(result)).toEqual([
      'total',
      'results',
      'facets',
      'matched',
      'dropped',
      'corrections',
    ]);
    expect(result).toMatchObject({ matched: ['piestany'], dropped: [], corrections: [] });
    expect(result.total).toBe(1);
    expect(Object.keys(result.results[0] ?? {})).toEqual([
      'id',
      'name',
      'kind',
      'city',
      'country',
      'region',
      'sectors',
      'snippet',
      'highlights',
    ]);
    expect(result.results[0]).toMatchObject({ id: 'sk-piestany-spa', country: 'SK' });
    expect(Object.keys(result.facets)).toEqual([
      'sector',
      'region',
      'service_type',
      'kind',
      'country',
    ]);
    expect(result.facets.country?.[0]).toEqual({ id: 'SK', label: 'Slovakia', count: 1 });
  });

  it('says which words it left out and which it replaced, as JSON and as text', async () => {
    const left = await run('search', 'piestany xyzzyq', '--json');
    expect(json(left.out)).toMatchObject({
      total: 1,
      matched: ['piestany'],
      dropped: ['xyzzyq'],
      corrections: [],
    });
    const text = await run('search', 'piestany xyzzyq');
    expect(text.out).toContain(
      '(no organisation matches all the words: showing those that match "piestany", without "xyzzyq")',
    );
    const corrected = await run('search', 'piestanx', '--json');
    expect(json(corrected.out)).toMatchObject({
      total: 1,
      matched: ['piestanx'],
      dropped: [],
      corrections: [{ from: 'piestanx', to: 'piestany' }],
    });
    expect((await run('search', 'piestanx')).out).toContain(
      '(searched for piestany instead of piestanx)',
    );
  });

  it('filters, pages and prints a readable list with the total and facets', async () => {
    const filtered = json((await run('search', '--country', 'pl', '--json')).out) as {
      total: number;
    };
    expect(filtered.total).toBe(1);
    const { code, out } = await run(
      'search',
      '--kind',
      'cluster',
      '--kind',
      'partner',
      '--limit',
      '1',
    );
    expect(code).toBe(0);
    expect(out).toMatch(/2 organisations match; showing 1–1\./);
    expect(out).toMatch(/^Kinds: .*\(1\)/m);
  });

  it('checks the query with the API’s own rule: the UI’s bounds, known kinds and languages', async () => {
    // One schema for the app and the command line: a region subtree of hundreds of codes is
    // fine (the command line used to stop at 50), a kind or language the app does not have is
    // refused naming the option as typed.
    const regions = Array.from({ length: 300 }, (_, i) => `AT${i}`);
    const many = await run('search', '--region', regions.join(','), '--json');
    expect(many.code).toBe(0);
    // AT3 (Western Austria) among them holds Linz (AT312).
    expect(json(many.out)).toMatchObject({ total: 1, results: [{ id: 'at-automotive-cluster' }] });
    const kind = await run('search', '--kind', 'bogus');
    expect(kind.code).toBe(2);
    expect(kind.err.split('\n')[0]).toBe(
      'catalogue search: --kind "bogus": must be one of cluster, partner, supplier, research, agency, other',
    );
    const locale = await run('search', 'x', '--locale', 'fr');
    expect(locale.code).toBe(2);
    expect(locale.err).toMatch(/--locale "fr": must be one of en, de, it, sk, cs, hu, pl, sl/);
  });

  it('takes list options repeated or separated with commas, as `export` does', async () => {
    const repeated = await run('search', '--kind', 'cluster', '--kind', 'partner', '--json');
    const commas = await run('search', '--kind', 'cluster, partner', '--json');
    expect(json(commas.out)).toEqual(json(repeated.out));
    expect(json(commas.out)).toMatchObject({ total: 2 });
  });

  it('refuses a bad option with one line and exit status 2', async () => {
    const bad = await run('search', 'x', '--limit', 'ten');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--limit must be a whole number/);
    const tooMany = await run('search', 'x', '--limit', '501');
    expect(tooMany.code).toBe(2);
    expect(tooMany.err.split('\n')[0]).toMatch(/--limit/);
  });
});

describe('catalogue show', () => {
  it('prints the whole profile, as text or JSON, and fails clearly for an unknown id', async () => {
    const text = await run('show', 'at-automotive-cluster');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Automobil-Cluster Oberösterreich (AC)');
    expect(text.out).toContain('Kúpele Piešťany');
    expect(text.out).toContain('Exchange Forum Linz');
    const profile = json((await run('show', 'sk-piestany-spa', '--json')).out);
    expect(profile).toMatchObject({
      id: 'sk-piestany-spa',
      memberOf: [{ id: 'at-automotive-cluster' }],
      note: null,
    });
    // The profile as the app gets it (docs/api.md): every contact field present, null when empty.
    const cluster = json((await run('show', 'at-automotive-cluster', '--json')).out) as {
      contacts: Record<string, unknown>[];
    };
    expect(cluster.contacts[1]).toEqual({
      name: null,
      role: 'Office',
      email: null,
      phone: '+43 732 1',
      languages: [],
    });
    const missing = await run('show', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(
      'catalogue: No organisation with id "nope". Try `catalogue search`. [NOT_FOUND]\n',
    );
  });
});

describe('catalogue import', () => {
  it('refuses an invalid source listing every problem, changing nothing', async () => {
    const source = join(dir, 'bad.json');
    const bad = sampleCatalogue();
    bad.organisations.push(org('x', { sectors: ['no-such-sector'], member_of: ['ghost'] }));
    writeFileSync(source, JSON.stringify({ schema: CATALOGUE_SCHEMA, ...bad }));
    const { code, err } = await run('import', source);
    expect(code).toBe(1);
    expect(err).toMatch(/no-such-sector/);
    expect(err).toMatch(/ghost/);
    expect(err).toMatch(/nothing was imported/);
    const handle = openDatabase(db);
    expect(readCatalogue(handle)).toStrictEqual(sampleCatalogue());
    handle.close();
  });

  it('replaces the catalogue with a valid source, reports the changes and keeps user data', async () => {
    await run('shortlist', 'create', 'Fair');
    await run('shortlist', 'add', 'Fair', 'pl-lodz-supplier');
    const next = sampleCatalogue();
    next.organisations.pop();
    next.organisations.push(org('cz-brno', { name: 'Brněnská strojírna', country: 'CZ' }));
    next.organisations = next.organisations.map((o) => ({
      ...o,
      member_of: o.member_of.filter((m) => m !== 'pl-lodz-supplier'),
    }));
    const source = join(dir, 'next.json');
    writeFileSync(source, JSON.stringify({ schema: CATALOGUE_SCHEMA, ...next }));
    const { code, out } = await run('import', source, '--json');
    expect(code).toBe(0);
    expect(json(out)).toMatchObject({
      imported: true,
      organisations: 3,
      changes: { byKind: { organisations: { added: 1, changed: 0, removed: 1 } } },
    });
    const list = json((await run('shortlist', 'list', 'fair', '--json')).out);
    expect(list).toMatchObject([{ id: 'pl-lodz-supplier', removed: true }]);
    const info = json((await run('info', '--json')).out);
    expect(info).toMatchObject({ catalogue: { source: 'import', version: 0 } });
  });
});

describe('catalogue info, shortlist and note', () => {
  it('reports the catalogue, counts and database path', async () => {
    const { code, out } = await run('info', '--json');
    expect(code).toBe(0);
    expect(json(out)).toMatchObject({
      database: db,
      catalogue: { version: 0, source: 'import' },
      counts: { organisations: 3, contacts: 2, services: 2, events: 1, shortlists: 0, notes: 0 },
      lastSync: null,
    });
    expect((await run('info')).out).toMatch(/^Contents +3 organisations, 2 contacts/m);
  });

  it('manages shortlists and notes, with clear errors', async () => {
    expect((await run('shortlist', 'create', 'Linz fair')).code).toBe(0);
    const dup = await run('shortlist', 'create', 'LINZ FAIR');
    expect(dup.code).toBe(1);
    expect(dup.err).toMatch(/already exists/);
    const unknownId = await run('shortlist', 'add', 'Linz fair', 'sk-piestany-spa', 'ghost');
    expect(unknownId.code).toBe(1);
    expect(unknownId.err).toMatch(/No organisation with id ghost/);
    expect((await run('shortlist', 'add', 'linz fair', 'sk-piestany-spa')).code).toBe(0);
    expect(json((await run('shortlist', 'list', '--json')).out)).toMatchObject([
      { name: 'Linz fair', count: 1, removed: 0 },
    ]);
    expect((await run('shortlist', 'list', 'Linz fair')).out).toContain('Kúpele Piešťany');
    expect((await run('shortlist', 'remove', 'Linz fair', 'sk-piestany-spa')).code).toBe(0);
    expect((await run('shortlist', 'delete', 'Linz fair')).code).toBe(0);
    expect((await run('shortlist', 'list', 'Linz fair')).code).toBe(1);

    expect((await run('note', 'sk-piestany-spa', 'Ask about group rates')).code).toBe(0);
    expect((await run('note', 'sk-piestany-spa')).out).toBe('Ask about group rates\n');
    expect(json((await run('note', 'sk-piestany-spa', '--json')).out)).toMatchObject({
      text: 'Ask about group rates',
    });
    expect((await run('note', 'sk-piestany-spa', 'x', '--clear')).code).toBe(2);
    expect((await run('note', 'sk-piestany-spa', '--clear')).code).toBe(0);
    expect((await run('note', 'sk-piestany-spa')).out).toMatch(/No note/);
    expect((await run('note', 'ghost', 'hello')).code).toBe(1);
  });

  it('refuses a database from a newer app version with one line', async () => {
    const raw = new Database(db);
    raw.pragma('user_version = 999');
    raw.close();
    const { code, err } = await run('info');
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/newer version of Meta-Cluster Catalogue.*\[DB_TOO_NEW\]/);
  });
});

describe('the catalogue binary', () => {
  it('creates a missing database from the bundled catalogue and answers --json', () => {
    const fresh = join(dir, 'fresh', 'catalogue.sqlite');
    const result = spawnSync(
      process.execPath,
      ['bin/catalogue.js', 'info', '--json', '--db', fresh],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const info = JSON.parse(result.stdout) as {
      catalogue: { source: string };
      counts: { organisations: number };
    };
    expect(info.catalogue.source).toBe('bundled');
    expect(info.counts.organisations).toBeGreaterThan(0);
    const help = spawnSync(process.execPath, ['bin/catalogue.js', 'search', '--help'], {
      encoding: 'utf8',
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--service-type <id>');
  });

  it('lists every command with its summary, and helps with one by name', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['bin/catalogue.js', ...args], { encoding: 'utf8' });
    const overall = run('--help');
    expect(overall.status).toBe(0);
    for (const [name, summary] of Object.entries(SUMMARIES)) {
      expect(overall.stdout).toMatch(new RegExp(`^  ${name} +${summary.slice(0, 20)}`, 'm'));
    }
    expect(run('help', 'export').stdout).toContain('--format <format>');
    const typo = run('serach');
    expect(typo.status).not.toBe(0);
    expect(typo.stderr).toContain('Did you mean search?');
  });
});
