import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decodeXlsxEscapes,
  type EcheRow,
  type NumberedRow,
} from '../../../../build/eche/read-rows';
import { echeId, echeSource, loadEcheSource, type EcheImport } from '../../../../build/eche/source';
import { readSource } from '../../../../catalogue-format/read-source';
import { formatProblem, validateCatalogue } from '../../../../catalogue-format/validate';
import { loadTaxonomy } from '../../../../db/taxonomy';

const taxonomy = loadTaxonomy();

function row(values: Partial<EcheRow>, line = 2): NumberedRow {
  return {
    row: line,
    values: {
      erasmus_code: 'A  WIEN01',
      oid: 'E10208854',
      legal_name: 'UNIVERSITAT WIEN',
      street: '',
      postcode: '',
      city: '',
      country_code: 'AT',
      website: '',
      ...values,
    },
  };
}

describe('ECHE rows as catalogue organisations', () => {
  it('takes the id from the Erasmus code, else from the OID', () => {
    expect(echeId('A  WIEN01', 'E10208854')).toBe('eche-a-wien01');
    expect(echeId('F  PARIS 063', '#N/A')).toBe('eche-f-paris-063');
    expect(echeId('IRLDUBLIN01', '')).toBe('eche-irldublin01');
    expect(echeId('', 'E10054064')).toBe('eche-oid-e10054064');
    expect(echeId('', '#N/A')).toBe('');
  });

  it('refuses a row without an Erasmus code or an OID, naming its row', () => {
    expect(() => echeSource([row({ erasmus_code: ' ', oid: '#N/A' }, 7)], taxonomy)).toThrow(
      'ECHE row 7 has neither an Erasmus code nor an OID, so it cannot get a stable id.',
    );
  });

  it('maps the columns, leaving empty ones out', () => {
    const { source, notes } = echeSource(
      [
        row({
          street: ' UNIVERSITATSRING  1 ',
          postcode: '1010',
          city: 'WIEN',
          website: 'www.univie.ac.at',
        }),
        row({
          erasmus_code: 'G  ATHINE01',
          legal_name: '  ETHNIKO KAI  KAPODISTRIAKO PANEPISTIMIO ATHINON ',
          country_code: 'EL',
          website: 'info@uoa.gr',
        }),
      ],
      taxonomy,
    );
    expect(source.organisations).toEqual([
      {
        id: 'eche-a-wien01',
        kind: 'research',
        name: 'UNIVERSITAT WIEN',
        country: 'AT',
        region: 'AT130',
        city: 'WIEN',
        address: 'UNIVERSITATSRING 1',
        postcode: '1010',
        website: 'http://www.univie.ac.at',
      },
      {
        id: 'eche-g-athine01',
        kind: 'research',
        name: 'ETHNIKO KAI KAPODISTRIAKO PANEPISTIMIO ATHINON',
        country: 'GR',
      },
    ]);
    expect(notes).toEqual([
      {
        row: 2,
        id: 'eche-g-athine01',
        field: 'website',
        value: 'info@uoa.gr',
        reason: 'is an e-mail address, not a website',
      },
    ]);
  });

  it('keeps a street on several lines, decoding the xlsx escape of a carriage return', () => {
    const street = decodeXlsxEscapes(
      'RRUGA E KAVAJES, PRANE 21 DHJETORIT_x000D_\n(Sheshi Ataturk)',
    );
    expect(street).toBe('RRUGA E KAVAJES, PRANE 21 DHJETORIT\r\n(Sheshi Ataturk)');
    const { source } = echeSource([row({ street })], taxonomy);
    expect(source.organisations[0]?.address).toBe(
      'RRUGA E KAVAJES, PRANE 21 DHJETORIT\n(Sheshi Ataturk)',
    );
  });
});

// The real list: CI has ../shared/data beside the repository. Without it these tests fail
// with loadEcheSource's sentence saying where the file was looked for; they never skip.
describe('the whole ECHE list', () => {
  let imported: EcheImport | undefined;
  beforeAll(() => {
    imported = loadEcheSource(taxonomy);
  });
  const list = (): EcheImport => {
    if (imported === undefined) throw new Error('the ECHE list was not loaded');
    return imported;
  };

  it('is a valid catalogue of 5,912 organisations with unique ids', () => {
    const { source } = list();
    const result = validateCatalogue(source, taxonomy);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    expect(source.organisations).toHaveLength(5912);
    expect(new Set(source.organisations.map((o) => o.id)).size).toBe(5912);
  });

  it('holds the institutions as the list writes them', () => {
    const { source } = list();
    const byId = new Map(source.organisations.map((o) => [o.id, o]));
    expect(byId.get('eche-hu-budapes08')).toEqual({
      id: 'eche-hu-budapes08',
      kind: 'research',
      name: 'SEMMELWEIS EGYETEM',
      country: 'HU',
      region: 'HU110',
      city: 'BUDAPEST',
      address: 'ULLOI UTCA 26',
      postcode: '1085',
      website: 'http://semmelweis.hu',
    });
    // The Lycée Galilée in Vienne (Isère) must not be put in the département of Vienne.
    expect(byId.get('eche-f-grenobl60')).toMatchObject({ city: 'Vienne', country: 'FR' });
    expect(byId.get('eche-f-grenobl60')?.region).toBeUndefined();
    expect(byId.get('eche-f-paris-063')).toMatchObject({
      city: 'PARIS CEDEX 05',
      region: 'FR101',
    });
    expect(source.organisations.filter((o) => o.country === 'GR')).toHaveLength(32);
    expect(source.organisations.some((o) => o.country === 'EL')).toBe(false);
  });

  it('reports each website value it leaves out', () => {
    const { source, notes } = list();
    expect(notes.length).toBeGreaterThan(0);
    expect(notes).toContainEqual({
      row: expect.any(Number) as number,
      id: 'eche-f-nantes92',
      field: 'website',
      value: '20004497200087',
      reason: 'is not a web address',
    });
    const withWebsite = source.organisations.filter((o) => o.website !== undefined).length;
    // Every row either has a website, was reported, or had an empty cell (218 in the list).
    expect(withWebsite + notes.length + 218).toBe(5912);
  });
});

describe('npm run build:eche', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eche-source-'));
  const build = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'build/eche-source.ts', ...args], {
      encoding: 'utf8',
    });

  it('writes a source that the catalogue reader accepts', async () => {
    const out = join(dir, 'eche.json');
    const run = build('--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^${out}: 5,912 organisations, [\\d,]+ with a region, [\\d,]+ with a website; `),
    );
    const result = await readSource(out, taxonomy);
    expect(result.ok && result.catalogue.organisations).toHaveLength(5912);
  });

  it('says where it looked when the list is missing, and writes nothing', () => {
    const run = build('--data', join(dir, 'nowhere'), '--out', join(dir, 'never.json'));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `build:eche: The ECHE directory (eche_higher_education_institutions.csv) is not in ${join(dir, 'nowhere')}: ` +
        'it comes with the shared reference data beside the repository (../shared/data); ' +
        'pass --data DIR (or set METACLUSTER_SHARED_DATA) to the folder that holds it.\n',
    );
  });

  it('refuses an unknown option with exit status 2', () => {
    const run = build('--bogus');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^build:eche: Unknown option '--bogus'/);
  });
});
