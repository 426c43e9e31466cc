import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../catalogue-format/read-source';
import { loadTaxonomy } from '../../../db/taxonomy';

const dir = mkdtempSync(join(tmpdir(), 'generate-cli-'));

function generate(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'build/generate.ts', ...args], {
    encoding: 'utf8',
  });
}

describe('npm run generate', () => {
  it('writes a workbook that reads back as a valid catalogue, events included', async () => {
    const out = join(dir, 'small.xlsx');
    const run = generate('--orgs', '60', '--seed', '5', '--format', 'xlsx', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${out}: 60 organisations, 1 events \\(`));
    const result = await readSource(out, loadTaxonomy());
    expect(result.ok && result.catalogue.organisations).toHaveLength(60);
    expect(result.ok && result.catalogue.events).toHaveLength(1);
  });

  it('refuses bad options in one line, with exit status 2', () => {
    const run = generate('--orgs', 'many');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('generate: --orgs must be a whole number ≥ 0, not "many"\n');
  });
});
