/**
 * A database in a folder that cannot be written (a write-protected stick, a shared read-only
 * folder): every command that only reads works, leaving nothing behind in the folder; every
 * command that would write refuses with READ_ONLY naming the database, and changes nothing; a
 * sync says so in its documented JSON instead of failing at its log.
 *
 * The folder is made read-only with chmod. Root may write anyway, so the app treats a file or
 * folder that nobody has permission to write as read-only for root too: these tests mean the
 * same as root (as CI runs them) and as a user. The last one runs the command line as a user
 * without the permission (`nobody` when the tests run as root), where SQLite itself refuses.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceCatalogue } from '../../../db/catalogue-store';
import { openDatabase } from '../../../db/connection';
import { MIGRATIONS } from '../../../db/migrations/index';
import { setNote } from '../../../db/user-data/notes';
import { addToShortlist, createShortlist } from '../../../db/user-data/shortlists';
import { VALID_JSON } from '../../fixtures/sources/catalogues';
import { sampleCatalogue } from '../db/catalogue-store.fixture';
import { runCli } from './run-cli';

let root: string;
let folder: string;
let db: string;

/** An app database holding the sample catalogue, a shortlist and a note, closed cleanly. */
function createDatabase(path: string): void {
  const handle = openDatabase(path);
  replaceCatalogue(handle, sampleCatalogue(), { version: 0, source: 'import' });
  createShortlist(handle, 'Fair');
  addToShortlist(handle, 'Fair', ['sk-piestany-spa']);
  setNote(handle, 'sk-piestany-spa', 'Ask about group rates');
  handle.close();
}

function makeReadOnly(): void {
  chmodSync(db, 0o444);
  chmodSync(folder, 0o555);
}

const fingerprint = () => createHash('sha256').update(readFileSync(db)).digest('hex');
const run = (...argv: string[]) => runCli([...argv, '--db', db]);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mcc-read-only-'));
  folder = join(root, 'stick');
  mkdirSync(folder);
  db = join(folder, 'catalogue.sqlite');
  createDatabase(db);
  makeReadOnly();
});
afterEach(() => {
  chmodSync(folder, 0o755);
  rmSync(root, { recursive: true, force: true });
});

describe('a database in a read-only folder', () => {
  it('answers every command that only reads, and leaves nothing behind in the folder', async () => {
    const info = await run('info', '--json');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.out)).toMatchObject({
      database: db,
      readOnly: true,
      counts: { organisations: sampleCatalogue().organisations.length, shortlists: 1, notes: 1 },
    });
    const search = await run('search', 'piestany', '--json');
    expect(search.code).toBe(0);
    expect(JSON.parse(search.out)).toMatchObject({ results: [{ id: 'sk-piestany-spa' }] });
    expect((await run('show', 'sk-piestany-spa')).out).toContain('Ask about group rates');
    expect((await run('shortlist', 'list', 'Fair')).out).toMatch(/sk-piestany-spa/);
    expect((await run('note', 'sk-piestany-spa')).out).toBe('Ask about group rates\n');
    const exported = await run('export', '--format', 'csv', '--shortlist', 'Fair', '--out', '-');
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/Piešťany/);
    expect(readdirSync(folder)).toEqual(['catalogue.sqlite']);
  });

  it('refuses every command that would write with READ_ONLY naming the database, changing nothing', async () => {
    const before = fingerprint();
    const writes = [
      ['shortlist', 'create', 'Other'],
      ['shortlist', 'add', 'Fair', 'at-automotive-cluster'],
      ['shortlist', 'delete', 'Fair'],
      ['note', 'sk-piestany-spa', 'New text'],
      ['note', 'sk-piestany-spa', '--clear'],
      ['import', VALID_JSON],
    ];
    for (const argv of writes) {
      const result = await run(...argv, '--json');
      expect(result.code, argv.join(' ')).toBe(1);
      const { error } = JSON.parse(result.out) as { error: { code: string; message: string } };
      expect(error.code, argv.join(' ')).toBe('READ_ONLY');
      expect(error.message).toContain(db);
      expect(error.message).toMatch(/copy the database to a writable folder/);
    }
    const text = await run('shortlist', 'create', 'Other');
    expect(text.err).toMatch(/^catalogue: The database at .* cannot be written .*\[READ_ONLY\]\n$/);
    expect(fingerprint()).toBe(before);
    expect(readdirSync(folder)).toEqual(['catalogue.sqlite']);
  });

  it('syncs nothing and says so in the documented JSON, without trying the feed', async () => {
    // A feed that does not exist: had the sync started, it would report NETWORK.
    const feed = join(root, 'no-such-feed');
    const result = await run('sync', '--feed', feed, '--json');
    expect(result.code).toBe(1);
    const outcome = JSON.parse(result.out) as Record<string, unknown>;
    expect(Object.keys(outcome)).toEqual(['status', 'from_version', 'version', 'changes', 'error']);
    expect(outcome).toMatchObject({
      status: 'failed',
      from_version: 0,
      version: 0,
      changes: { added: 0, changed: 0, removed: 0 },
      error: { code: 'READ_ONLY', message: expect.stringContaining(db) as string },
    });
    const text = await run('sync', '--feed', feed);
    expect(text.out).toMatch(
      /^Failed \[READ_ONLY\]: The database at .* The catalogue stays at version 0\.\n$/,
    );
    expect(readdirSync(folder)).toEqual(['catalogue.sqlite']);
  });

  it('says clearly that a database of an older schema needs writing before it can be read', async () => {
    chmodSync(folder, 0o755);
    rmSync(db);
    openDatabase(db, { migrations: MIGRATIONS.slice(0, 2) }).close();
    makeReadOnly();
    const result = await run('info', '--json');
    expect(result.code).toBe(1);
    const { error } = JSON.parse(result.out) as { error: { code: string; message: string } };
    expect(error.code).toBe('READ_ONLY');
    expect(error.message).toContain(db);
    expect(error.message).toMatch(/has schema 2 and must be upgraded to schema \d+/);
  });

  it('cannot create a database there, and says so', async () => {
    const missing = join(folder, 'other.sqlite');
    const result = await runCli(['info', '--json', '--db', missing]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toMatchObject({
      error: {
        code: 'READ_ONLY',
        message: expect.stringMatching(/no database at .*other\.sqlite/) as string,
      },
    });
    expect(existsSync(missing)).toBe(false);
  });
});

/** How to run a command as a user without write permission, or why it cannot be done here. */
function unprivileged(): { command: string; args: string[] } | { skip: string } {
  if (process.getuid?.() !== 0) return { command: process.execPath, args: [] };
  if (!existsSync('/usr/sbin/runuser')) {
    return { skip: 'running as root without runuser: no unprivileged user to run the command as' };
  }
  const runner = { command: '/usr/sbin/runuser', args: ['-u', 'nobody', '--', process.execPath] };
  // A checkout under a private folder (/root/...) is out of nobody's reach.
  const probe = spawnSync(runner.command, [...runner.args, 'bin/catalogue.js', '--help']);
  if (probe.status !== 0) return { skip: 'the user nobody cannot read this checkout' };
  return runner;
}

const how = unprivileged();

describe('as a user without write permission', () => {
  it.skipIf('skip' in how)(
    `reads the catalogue where SQLite itself cannot write${'skip' in how ? ` (skipped: ${how.skip})` : ''}`,
    () => {
      chmodSync(root, 0o755); // mkdtemp's folder is private to its owner
      if ('skip' in how) return;
      const cli = (...argv: string[]) =>
        spawnSync(how.command, [...how.args, 'bin/catalogue.js', ...argv, '--db', db], {
          encoding: 'utf8',
        });
      const info = cli('info', '--json');
      expect(info.stderr).toBe('');
      expect(info.status).toBe(0);
      expect(JSON.parse(info.stdout)).toMatchObject({ counts: { shortlists: 1, notes: 1 } });
      const search = cli('search', 'piestany');
      expect(search.status).toBe(0);
      expect(search.stdout).toMatch(/Kúpele Piešťany/);
      const write = cli('note', 'sk-piestany-spa', 'x', '--json');
      expect(write.status).toBe(1);
      expect(JSON.parse(write.stdout)).toMatchObject({ error: { code: 'READ_ONLY' } });
      expect(readdirSync(folder)).toEqual(['catalogue.sqlite']);
    },
  );
});
