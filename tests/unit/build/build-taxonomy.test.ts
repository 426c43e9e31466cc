import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCountries,
  buildNace,
  buildRegions,
  checkSectors,
  readCsv,
} from '../../../build/build-taxonomy';
import { sharedDataFile } from '../../support/shared-data';
import { useTempDir } from '../../support/temp-dir';

const dir = useTempDir('mcc-build-taxonomy-');

function csv(name: string, text: string): string {
  const path = join(dir(), name);
  writeFileSync(path, text);
  return path;
}

const NUTS_HEADER =
  'code,level,parent_code,country_code,name,name_latin,code_2021,extra_regio,classification,sort_order\n';

describe('build-taxonomy', () => {
  it('turns Eurostat rows into regions with ISO countries and marked Extra-Regio codes', () => {
    const path = csv(
      'nuts.csv',
      NUTS_HEADER +
        'EL3,1,EL,EL,Αττική,Attiki,EL3,0,NUTS,3\n' +
        'EL,0,,EL,Ελλάδα,Elláda,EL,0,NUTS,1\n' +
        'ELZ,1,EL,EL,Extra-Regio NUTS 1,Extra-Regio NUTS 1,ELZ,1,NUTS,9\n',
    );
    const regions = buildRegions(readCsv(path, ['code']), path);
    expect(regions.map((r) => r.code)).toEqual(['EL', 'EL3', 'ELZ']);
    expect(regions[0]).toEqual({
      code: 'EL',
      level: 0,
      parentCode: null,
      country: 'GR',
      name: 'Ελλάδα',
      nameLatin: 'Elláda',
    });
    expect(regions[1]?.parentCode).toBe('EL');
    expect(regions[2]?.extraRegio).toBe(true);
  });

  it('refuses a region listed before its parent, naming it', () => {
    const path = csv(
      'nuts.csv',
      NUTS_HEADER + 'AT31,2,AT3,AT,Oberösterreich,Oberösterreich,,0,NUTS,1\n',
    );
    expect(() => buildRegions(readCsv(path, ['code']), path)).toThrow(
      /AT31 comes before its parent/,
    );
  });

  it('reads quoted fields with newlines and keeps titles on one line', () => {
    const path = csv(
      'nace.csv',
      'code,level,parent_code,section,description\nA,1,,A,"Agriculture,\nforestry and fishing"\n01,2,A,A,Crop production\n',
    );
    expect(buildNace(readCsv(path, ['code', 'level', 'description']), path)).toEqual([
      { code: 'A', level: 1, title: 'Agriculture, forestry and fishing' },
      { code: '01', level: 2, title: 'Crop production' },
    ]);
  });

  it('sorts countries by ISO code and keeps their names in every language given', () => {
    const path = csv(
      'iso.csv',
      'alpha2,alpha3,numeric,eurostat_code,eu_member,eurostat_regions,name_en,name_de,name_it,name_cs,name_sk,name_hu,name_pl,name_fr,name_sl,name_hr\n' +
        'SK,SVK,703,SK,1,NUTS,Slovakia,Slowakei,Slovacchia,Slovensko,Slovensko,Szlovákia,Słowacja,Slovaquie,Slovaška,Slovačka\n' +
        'GR,GRC,300,EL,1,NUTS,Greece,Griechenland,Grecia,Řecko,Grécko,Görögország,Grecja,Grèce,Grčija,\n',
    );
    const countries = buildCountries(readCsv(path, ['alpha2']));
    expect(countries.map((c) => [c.code, c.nutsCode])).toEqual([
      ['GR', 'EL'],
      ['SK', 'SK'],
    ]);
    expect(countries[1]?.labels).toMatchObject({ pl: 'Słowacja', hu: 'Szlovákia', sl: 'Slovaška' });
    expect(countries[0]?.labels).not.toHaveProperty('hr');
  });

  it('names a missing file or column and an unknown NACE code in a sector', () => {
    expect(() => readCsv(join(dir(), 'none.csv'), [])).toThrow(/none\.csv not found: pass --data/);
    const path = csv('x.csv', 'code\nA\n');
    expect(() => readCsv(path, ['code', 'level'])).toThrow(/column "level" is missing/);
    const sectors = join(dir(), 'sectors.json');
    writeFileSync(sectors, JSON.stringify([{ id: 'wood', nace: ['16', '99.99'] }]));
    expect(() => {
      checkSectors(sectors, [{ code: '16', level: 2, title: 'Wood' }]);
    }).toThrow(/sector wood lists unknown NACE 99\.99/);
  });

  // The committed JSON must be what the script makes of the shared reference data.
  it('matches the committed regions and countries', () => {
    const committed = (file: string): unknown =>
      JSON.parse(
        readFileSync(new URL(`../../../catalogue/taxonomy/${file}`, import.meta.url), 'utf8'),
      );
    const nuts = sharedDataFile('nuts_2024.csv');
    expect(buildRegions(readCsv(nuts, ['code']), nuts)).toEqual(committed('regions.json'));
    const iso = sharedDataFile('iso3166_countries.csv');
    expect(buildCountries(readCsv(iso, ['alpha2']))).toEqual(committed('countries.json'));
    const nace = sharedDataFile('nace_rev2_1.csv');
    expect(buildNace(readCsv(nace, ['code']), nace)).toEqual(committed('nace-2.1.json'));
  });
});
