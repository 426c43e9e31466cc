import { mkdtempSync, writeFileSync } from 'node:fs';
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

  it('prints { valid, organisations, events, problems } with --json', async () => {
    const path = join(dir, 'bad.csv');
    writeFileSync(
      path,
      'id;kind;name;country;contact_2_email\npl-arleg;agency;ARLEG;PL;arleg.pl\n',
    );
    const { code, out } = await run('validate', path, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({
      valid: false,
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
    });
  });

  it('reports a file it cannot read as a problem, and exits 1', async () => {
    const { code, out } = await run('validate', join(dir, 'missing.xlsx'));
    expect(code).toBe(1);
    expect(out).toBe(`${join(dir, 'missing.xlsx')}: no such file\n✖ 1 problem\n`);
  });
});
