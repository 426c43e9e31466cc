/**
 * `--json` means JSON, also on failure: a script that asked for JSON gets exactly one JSON
 * object on standard output, `{ "error": { "code", "message" } }`, and a non-zero exit, whatever
 * went wrong — a usage mistake commander finds, a value the command refuses, or a failure of
 * the database or the feed. Without `--json` nothing goes to standard output.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceCatalogue } from '../../../db/catalogue-store';
import { openDatabase } from '../../../db/connection';
import { CATALOGUE_SCHEMA } from '../../../catalogue-format/schema';
import { org, sampleCatalogue } from '../db/catalogue-store.fixture';
import { runCli } from './run-cli';
import { quote } from '../../../catalogue-format/show-value';

let dir: string;
let db: string;
let tooNew: string;
let badSource: string;
let keys: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mcc-json-errors-'));
  db = join(dir, 'user.sqlite');
  const handle = openDatabase(db);
  replaceCatalogue(handle, sampleCatalogue(), { version: 0, source: 'import' });
  handle.close();
  tooNew = join(dir, 'too-new.sqlite');
  openDatabase(tooNew).close();
  const raw = new Database(tooNew);
  raw.pragma('user_version = 999');
  raw.close();
  badSource = join(dir, 'bad.json');
  writeFileSync(
    badSource,
    JSON.stringify({
      schema: CATALOGUE_SCHEMA,
      organisations: [org('x', { sectors: ['no-such-sector'] })],
      events: [],
    }),
  );
  keys = join(dir, 'keys');
  expect((await runCli(['keygen', '--out', keys])).code).toBe(0);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The one JSON value standard output holds (JSON.parse refuses anything more or less). */
function onlyJson(out: string): { error?: { code?: unknown; message?: unknown } } {
  return JSON.parse(out) as { error?: { code?: unknown; message?: unknown } };
}

describe('every command with --json prints one error object when it fails', () => {
  const missing = () => join(dir, 'missing.pem');
  const cases: [string, () => string[], string][] = [
    ['a 2,000-character query', () => ['search', 'a'.repeat(2000), '--db', db], 'INVALID_ARGUMENT'],
    [
      'a --limit that is no number',
      () => ['search', 'x', '--limit', 'ten', '--db', db],
      'INVALID_ARGUMENT',
    ],
    ['an unknown option', () => ['search', 'x', '--bogus', '--db', db], 'USAGE'],
    ['an unknown command', () => ['serach', 'x'], 'USAGE'],
    ['a missing argument', () => ['show', '--db', db], 'USAGE'],
    ['an unknown organisation', () => ['show', 'nope', '--db', db], 'NOT_FOUND'],
    ['a note on an unknown organisation', () => ['note', 'ghost', 'hi', '--db', db], 'NOT_FOUND'],
    ['a database from a newer app', () => ['info', '--db', tooNew], 'DB_TOO_NEW'],
    ['an invalid source to import', () => ['import', badSource, '--db', db], 'INVALID_CATALOGUE'],
    [
      'an unknown export format',
      () => ['export', '--format', 'nope', '--out', join(dir, 'x.csv'), '--db', db],
      'INVALID_ARGUMENT',
    ],
    ['keys that exist already', () => ['keygen', '--out', keys], 'INVALID_ARGUMENT'],
    [
      'a signing key that does not exist',
      () => ['publish', '--source', badSource, '--key', missing(), '--out', join(dir, 'feed')],
      'INVALID_ARGUMENT',
    ],
    [
      'an expiry that is no duration',
      () => [
        'publish',
        ...['--source', badSource, '--key', join(keys, 'private.pem'), '--out', join(dir, 'feed')],
        ...['--expires-in', '1 fortnight'],
      ],
      'INVALID_ARGUMENT',
    ],
    [
      'a trusted key that cannot be read',
      () => ['sync', '--feed', dir, '--trust', missing(), '--db', db],
      'INVALID_ARGUMENT',
    ],
    [
      'a --timeout that is no number',
      () => ['sync', '--timeout', 'soon', '--db', db],
      'INVALID_ARGUMENT',
    ],
    ['a port out of range', () => ['serve', '--port', '70000', '--db', db], 'INVALID_ARGUMENT'],
  ];

  it.each(cases)('%s', async (_what, argv, code) => {
    const result = await runCli([...argv(), '--json']);
    expect(result.code).not.toBe(0);
    const printed = onlyJson(result.out);
    expect(printed.error?.code).toBe(code);
    expect(printed.error?.message).toEqual(expect.stringMatching(/\w{3}/));
  });

  it.each(cases)('%s, without --json, prints nothing on standard output', async (_what, argv) => {
    const result = await runCli(argv());
    expect(result.code).not.toBe(0);
    expect(result.out).toBe('');
    expect(result.err).not.toBe('');
  });

  it('sends the error object to standard error when the export itself takes standard output', async () => {
    const result = await runCli(['export', '--format', 'nope', '--out', '-', '--db', db, '--json']);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain('"code": "INVALID_ARGUMENT"');
  });

  it('quotes any refused query as typed, escaped and cut, in one JSON object', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 501, maxLength: 3000, unit: 'binary' }),
        async (text) => {
          const result = await runCli(['search', text, '--db', db, '--json']);
          expect(result.code).toBe(2);
          const printed = onlyJson(result.out);
          expect(printed.error?.code).toBe('INVALID_ARGUMENT');
          expect(printed.error?.message).toContain(quote(text));
          // No raw control character reaches a terminal through the text line either.
          expect(result.err.replace(/\n/g, '')).not.toMatch(/\p{Cc}/u);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('quotes any refused --limit as typed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary' }).filter((s) => !/^\s*\d+\s*$/.test(s)),
        async (value) => {
          const result = await runCli(['search', 'x', `--limit=${value}`, '--db', db, '--json']);
          expect(result.code).toBe(2);
          expect(onlyJson(result.out).error).toEqual({
            code: 'INVALID_ARGUMENT',
            message: `--limit must be a whole number, not ${quote(value)}.`,
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('takes a --json after -- as search text, not as the option', async () => {
    const result = await runCli(['search', '--db', db, '--', '--json']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/No organisations match "--json"/);
  });
});
