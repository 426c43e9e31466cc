import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../catalogue-format/read-source';
import { sizeCap } from '../../../catalogue-format/source-file';
import { formatProblem } from '../../../catalogue-format/validate';
import { VALID_JSON } from '../../fixtures/sources/catalogues';
import { testTaxonomy } from '../../fixtures/taxonomy';

const dir = mkdtempSync(join(tmpdir(), 'read-source-'));

async function problemsOf(path: string, maxBytes?: number): Promise<string[]> {
  const result = await readSource(path, testTaxonomy, maxBytes === undefined ? {} : { maxBytes });
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('readSource', () => {
  it('reads a valid JSON catalogue', async () => {
    const result = await readSource(VALID_JSON, testTaxonomy);
    expect(result.ok && result.catalogue.organisations).toHaveLength(3);
    expect(result.ok && result.catalogue.events).toHaveLength(1);
  });

  it('locates malformed JSON by line and column', async () => {
    const path = join(dir, 'broken.json');
    writeFileSync(
      path,
      '{\n  "schema": "metacluster-catalogue/1",\n  "organisations": [\n    { "id": "a" "kind": "cluster" }\n  ]\n}\n',
    );
    const [line, ...more] = await problemsOf(path);
    expect(more).toEqual([]);
    // The reason's wording is V8's and changes between Node versions; the place does not.
    expect(line).toMatch(/^malformed JSON at line 4, column 17: \S/);
    writeFileSync(path, '{ "schema": "metacluster-catalogue/1", "organisations": [');
    expect(await problemsOf(path)).toEqual([
      'malformed JSON: the file ends too early (a bracket or quote is not closed)',
    ]);
  });

  it('accepts JSON with a byte order mark', async () => {
    const path = join(dir, 'bom.json');
    writeFileSync(path, `\uFEFF{"schema":"metacluster-catalogue/1","organisations":[]}`);
    expect(await problemsOf(path)).toEqual([]);
  });

  it('names an unknown extension and a missing file clearly', async () => {
    const odt = join(dir, 'catalogue.ods');
    writeFileSync(odt, 'x');
    expect(await problemsOf(odt)).toEqual([
      `${odt}: unknown file type ".ods"; a catalogue source is a .json, .csv or .xlsx file`,
    ]);
    const missing = join(dir, 'missing.csv');
    expect(await problemsOf(missing)).toEqual([`${missing}: no such file`]);
  });

  it('refuses JSON that is not UTF-8, naming the line and byte offset, instead of importing U+FFFD', async () => {
    const path = join(dir, 'latin1.json');
    // The file as an editor set to Latin-1 saves it: the ü of München is the single byte 0xFC.
    const text = readFileSync(VALID_JSON, 'utf8');
    const cut = text.indexOf('München') + 1;
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(text.slice(0, cut)),
        Buffer.from([0xfc]),
        Buffer.from(text.slice(cut + 1)),
      ]),
    );
    const at = Buffer.byteLength(text.slice(0, cut));
    const line = text.slice(0, cut).split('\n').length;
    expect(await problemsOf(path)).toEqual([
      `the file is not UTF-8 text: line ${line}, byte offset ${at}: byte 0xFC after "      \\"city\\": \\"M" is not UTF-8; save it as UTF-8`,
    ]);
  });

  it('returns the sha256 of the very bytes it validated', async () => {
    const result = await readSource(VALID_JSON, testTaxonomy);
    expect(result.ok && result.sha256).toBe(
      createHash('sha256').update(readFileSync(VALID_JSON)).digest('hex'),
    );
  });
});

describe('the size cap', () => {
  it('refuses a file over the cap from its size, before reading it', async () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, 200 * 1024 * 1024); // sparse: 200 MiB that take no disk space
    expect(await problemsOf(path)).toEqual([
      `${path}: the file is 200 MiB; a catalogue source may be at most 128 MiB (a bigger catalogue: set CATALOGUE_MAX_SOURCE_MIB, see docs/catalogue-format.md)`,
    ]);
    const xlsx = join(dir, 'huge.xlsx');
    writeFileSync(xlsx, '');
    truncateSync(xlsx, 33 * 1024 * 1024);
    expect(await problemsOf(xlsx)).toEqual([
      `${xlsx}: the file is 33 MiB; a catalogue source may be at most 32 MiB (a bigger catalogue: set CATALOGUE_MAX_SOURCE_MIB, see docs/catalogue-format.md)`,
    ]);
  });

  it('accepts a file of exactly the cap', async () => {
    const size = readFileSync(VALID_JSON).length;
    const result = await readSource(VALID_JSON, testTaxonomy, { maxBytes: size });
    expect(result.ok).toBe(true);
    expect(await problemsOf(VALID_JSON, size - 1)).toEqual([
      `${VALID_JSON}: the file is ${(size / 1024).toFixed(1)} KiB; a catalogue source may be at most ${((size - 1) / 1024).toFixed(1)} KiB (a bigger catalogue: set CATALOGUE_MAX_SOURCE_MIB, see docs/catalogue-format.md)`,
    ]);
  });

  it.skipIf(!existsSync('/dev/zero'))(
    'stops reading a file that has no size (a device, a pipe) at the cap',
    async () => {
      const path = join(dir, 'zero.json');
      symlinkSync('/dev/zero', path);
      expect(await problemsOf(path, 1024 * 1024)).toEqual([
        `${path}: more than 1 MiB were read, reading stopped; a catalogue source may be at most 1 MiB (a bigger catalogue: set CATALOGUE_MAX_SOURCE_MIB, see docs/catalogue-format.md)`,
      ]);
    },
  );

  it('is raised for every format by CATALOGUE_MAX_SOURCE_MIB, and a bad value is named', () => {
    expect(sizeCap('.json', {})).toEqual({ ok: true, value: 128 * 1024 * 1024 });
    expect(sizeCap('.csv', {})).toEqual({ ok: true, value: 128 * 1024 * 1024 });
    expect(sizeCap('.xlsx', {})).toEqual({ ok: true, value: 32 * 1024 * 1024 });
    expect(sizeCap('.xlsx', { CATALOGUE_MAX_SOURCE_MIB: '512' })).toEqual({
      ok: true,
      value: 512 * 1024 * 1024,
    });
    for (const bad of ['0', '1.5', '2GB', '-1', 'lots\u001b[2J']) {
      expect(sizeCap('.json', { CATALOGUE_MAX_SOURCE_MIB: bad })).toEqual({
        ok: false,
        problem: `CATALOGUE_MAX_SOURCE_MIB is "${bad.replace('\u001b', '\\u001b')}": set it to a whole number of MiB, such as 512`,
      });
    }
  });
});
