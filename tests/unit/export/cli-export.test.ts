import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setNote } from '../../../db/user-data/notes';
import { addToShortlist, createShortlist } from '../../../db/user-data/shortlists';
import { openAtomicFile } from '../../../export/atomic-file';
import { runCli, type CliRun } from './cli-run';
import { tempDb, TRICKY_ROWS, type TempDb } from './fixture';

let t: TempDb;
let dbPath: string;
beforeAll(() => {
  t = tempDb();
  dbPath = join(t.dir, 'catalogue.sqlite');
  createShortlist(t.db, 'Fair 2026');
  addToShortlist(t.db, 'Fair 2026', ['hu-gyor']);
  // An organisation a later catalogue removed: the shortlist keeps it, the export skips it.
  t.db
    .prepare(
      `INSERT INTO shortlist_item (shortlist_id, organisation_id, added_at)
       SELECT id, 'gone-org', '2026-01-01T00:00:00Z' FROM shortlist`,
    )
    .run();
  addToShortlist(t.db, 'Fair 2026', ['at-linz']);
  setNote(t.db, 'at-linz', 'Ask about the 2027 fair');
  t.db.pragma('wal_checkpoint(TRUNCATE)');
});
afterAll(() => {
  t.close();
});

function run(...args: string[]): Promise<CliRun> {
  return runCli(['export', '--db', dbPath, ...args]);
}

function folder(name: string): string {
  const dir = join(t.dir, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('catalogue export', () => {
  it('writes a search result to a file and says how much it wrote', async () => {
    const dir = folder('ok');
    const file = join(dir, 'contacts.csv');
    const r = await run('--format', 'csv', '--out', file, '--country', 'PL,HU');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(`Wrote 3 contacts of 2 organisations to ${file} (csv).\n`);
    expect(readFileSync(file, 'utf8')).toContain('Łódzki Klaster');
    expect(readdirSync(dir)).toEqual(['contacts.csv']);
  });

  it('exports everything when nothing is selected, with --json counts', async () => {
    const file = join(folder('all'), 'all.vcf');
    const r = await run('--format', 'vcard4', '--out', file, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ contacts: TRICKY_ROWS, organisations: 8 });
  });

  it('writes to standard output with --out - and reports on standard error', async () => {
    const r = await run('--format', 'vcard', '--out', '-', '--ids', 'at-linz');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^BEGIN:VCARD\r\n[\s\S]*END:VCARD\r\n$/);
    expect(r.stderr).toBe('Wrote 1 contact of 1 organisation to standard output (vcard).\n');
  });

  it('exports a shortlist, skipping organisations the catalogue no longer holds', async () => {
    const file = join(folder('list'), 'list.csv');
    const r = await run('--format', 'csv', '--out', file, '--shortlist', 'fair 2026');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 contacts of 2 organisations');
    expect(r.stdout).toContain('1 shortlisted organisation no longer in the catalogue skipped');
  });

  it('writes only the chosen columns', async () => {
    const file = join(folder('cols'), 'c.csv');
    await run(
      '--format',
      'csv-semicolon',
      '--out',
      file,
      '--ids',
      'at-linz',
      '--columns',
      'phone,city',
    );
    expect(readFileSync(file, 'utf8')).toBe("\uFEFFPhone;City\r\n'+43 732 7800;Linz\r\n");
  });

  it('keeps English column names whatever --locale, and adds notes only with --notes', async () => {
    const file = join(folder('notes'), 'n.csv');
    const args = ['--format', 'csv', '--out', file, '--ids', 'at-linz', '--columns', 'city'];
    await run(...args, '--locale', 'de');
    expect(readFileSync(file, 'utf8')).toBe('\uFEFFCity\r\nLinz\r\n');
    await run(...args, '--locale', 'de', '--notes');
    expect(readFileSync(file, 'utf8')).toBe('\uFEFFCity,Notes\r\nLinz,Ask about the 2027 fair\r\n');
  });

  it.each([
    [['--format', 'pdf'], /Unknown export format "pdf": choose from csv, csv-semicolon/],
    [['--format', 'csv', '--columns', 'email,fax'], /Unknown column "fax"/],
    [['--format', 'vcard', '--columns', 'email'], /--columns applies to csv, csv-semicolon, xlsx/],
    [['--format', 'csv', '--shortlist', 'nope'], /no shortlist called "nope"/],
    [['--format', 'csv', '--ids', 'pl-lodz,nope'], /No organisation has the id "nope"/],
    [['--format', 'csv', '--sector', 'rockets'], /Unknown sector "rockets"/],
    [['--format', 'csv', '--ids', 'pl-lodz', 'Łódź'], /Choose one selection/],
    [['--format', 'csv', '--locale', 'x!'], /Unknown locale/],
  ])('%j: one clear line, non-zero exit, no file', async (args, message) => {
    const dir = folder(`bad-${String(Math.random()).slice(2)}`);
    const r = await run(...args, '--out', join(dir, 'out.csv'));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an unwritable path and leaves an existing file untouched', async () => {
    const missing = await run('--format', 'csv', '--out', join(t.dir, 'no-such-folder', 'x.csv'));
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/Cannot write .*x\.csv: the folder does not exist/);
    const dir = folder('keep');
    const isFolder = await run('--format', 'csv', '--out', dir);
    expect(isFolder.stderr).toMatch(/it is a folder/);
    const file = join(dir, 'old.csv');
    writeFileSync(file, 'old');
    const bad = await run('--format', 'csv', '--out', file, '--ids', 'nope');
    expect(bad.code).not.toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['old.csv']);
  });
});

describe('openAtomicFile', () => {
  it('removes the partial file when writing fails half-way', async () => {
    const dir = folder('atomic');
    const file = join(dir, 'x.csv');
    const atomic = await openAtomicFile(file);
    atomic.stream.write('half a file');
    await new Promise((resolve) => setImmediate(resolve));
    const failure = new Error('disk on fire');
    expect(atomic.abort(failure)).toBe(failure);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(file)).toBe(false);
  });

  it('puts the file in place only when committed', async () => {
    const dir = folder('atomic-commit');
    const file = join(dir, 'x.csv');
    writeFileSync(file, 'old');
    const atomic = await openAtomicFile(file);
    atomic.stream.write('new');
    expect(readFileSync(file, 'utf8')).toBe('old');
    await atomic.commit();
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['x.csv']);
  });
});
