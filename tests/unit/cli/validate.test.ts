import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/main';
import { VALID_JSON, at, validRaw } from '../../fixtures/sources/catalogues';

const dir = mkdtempSync(join(tmpdir(), 'cli-validate-'));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, out, err };
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** `validate --json` on a bad source: it exits 1 and reports `report`, marked not valid. */
async function expectInvalidReport(path: string, report: Record<string, unknown>): Promise<void> {
  const { code, out } = await run('validate', path, '--json');
  expect(code).toBe(1);
  expect(JSON.parse(out)).toEqual({ valid: false, ...report });
}

describe('catalogue validate', () => {
  it('says a valid source is valid, with its counts, and exits 0', async () => {
    expect(await run('validate', VALID_JSON)).toEqual({
      code: 0,
      out: '✔ 3 organisations, 1 event: valid\n',
      err: '',
    });
  });

  it('lists every problem on its own line, then the count, and exits 1', async () => {
    const raw = validRaw();
    at(raw.organisations, 1).contacts = [{ name: 'A' }, { name: 'B', email: 'b@' }];
    at(raw.organisations, 2).member_of = ['nowhere'];
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify(raw));
    const { code, out } = await run('validate', path);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      'row 2 (id pl-zaklad-lodz), contacts[1].email: "b@" is not an e-mail address',
      'row 3 (id de-mueller), member_of[0]: "nowhere" is not the id of an organisation in this catalogue',
      '✖ 2 problems',
      '',
    ]);
  });

  it('prints { valid, organisations, events, problems, error } with --json', async () => {
    const path = join(dir, 'bad.csv');
    writeFileSync(
      path,
      'id;kind;name;country;contact_2_email\npl-arleg;agency;ARLEG;PL;arleg.pl\n',
    );
    await expectInvalidReport(path, {
      organisations: 1,
      events: 0,
      problems: [
        {
          row: 2,
          id: 'pl-arleg',
          field: 'contact_2_email',
          message: '"arleg.pl" is not an e-mail address',
        },
      ],
      error: {
        code: 'INVALID_CATALOGUE',
        message: `${path} has 1 problem: nothing to publish or import until it is fixed.`,
      },
    });
  });

  it('reports a file it cannot read as a problem, and exits 1', async () => {
    const { code, out } = await run('validate', join(dir, 'missing.xlsx'));
    expect(code).toBe(1);
    expect(out).toBe(`${join(dir, 'missing.xlsx')}: no such file\n✖ 1 problem\n`);
  });

  it('quotes the offending value, escaped, in every problem', async () => {
    const raw = validRaw();
    at(raw.organisations, 2).website = 'javascript:alert(1)';
    at(raw.organisations, 2).city = 'München\u001b[2J';
    const path = join(dir, 'values.json');
    writeFileSync(path, JSON.stringify(raw));
    const { code, out } = await run('validate', path);
    expect(code).toBe(1);
    expect(out).toBe(
      [
        'row 3 (id de-mueller), city: "München\\u001b[2J" contains the control character U+001B: remove it',
        'row 3 (id de-mueller), website: "javascript:alert(1)" must be an https:// or http:// address',
        '✖ 2 problems',
        '',
      ].join('\n'),
    );
  });

  it('refuses a source over the size cap without reading it, and says how to raise the cap', async () => {
    const path = join(dir, 'big.csv');
    writeFileSync(path, '');
    truncateSync(path, 3 * 1024 * 1024);
    vi.stubEnv('CATALOGUE_MAX_SOURCE_MIB', '2');
    try {
      await expectInvalidReport(path, {
        organisations: 0,
        events: 0,
        problems: [
          {
            message: `${path}: the file is 3 MiB; a catalogue source may be at most 2 MiB (a bigger catalogue: set CATALOGUE_MAX_SOURCE_MIB, see docs/catalogue-format.md)`,
          },
        ],
        error: expect.objectContaining({ code: 'INVALID_CATALOGUE' }) as unknown,
      });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('never prints a control character of a file name raw, in validate or import', async () => {
    const path = join(dir, 'clear\u001b[2J.json');
    const shown = path.replace('\u001b', '\\u001b');
    expect(await run('validate', path)).toEqual({
      code: 1,
      out: `${shown}: no such file\n✖ 1 problem\n`,
      err: '',
    });
    const imported = await run('import', path, '--db', join(dir, 'unused.sqlite'));
    expect(imported.code).toBe(1);
    expect(imported.err).toBe(
      `${shown}: no such file\ncatalogue: ${shown} has 1 problem; nothing was imported.\n`,
    );
  });
});
