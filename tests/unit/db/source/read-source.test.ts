import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../../db/source/read-source';
import { formatProblem } from '../../../../db/source/validate';
import { VALID_JSON } from '../../../fixtures/sources/catalogues';
import { testTaxonomy } from '../../../fixtures/taxonomy';

const dir = mkdtempSync(join(tmpdir(), 'read-source-'));

async function problemsOf(path: string): Promise<string[]> {
  const result = await readSource(path, testTaxonomy);
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
});
