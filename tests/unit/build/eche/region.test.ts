import { describe, expect, it } from 'vitest';
import { cityKey, regionFinder } from '../../../../build/eche/region';
import { loadTaxonomy } from '../../../../db/taxonomy';

const findRegion = regionFinder(loadTaxonomy());

describe('a NUTS region for an ECHE city, only where it is certain', () => {
  it.each([
    // The city is a region of its own, in any spelling the list uses.
    ['AT', 'WIEN', 'AT130'],
    ['AT', 'Wien', 'AT130'],
    ['HU', 'BUDAPEST', 'HU110'],
    ['AT', 'SALZBURG', 'AT32'],
    ['AT', 'GRAZ', 'AT221'],
    ['IT', 'MILANO', 'ITC4C'],
    ['IT', "L'AQUILA", 'ITF11'],
    ['IT', 'L AQUILA', 'ITF11'],
    ['ES', 'ALACANT', 'ES521'],
    ['ES', 'Valencia', 'ES523'],
    // A name that marks a city: "Miasto", "Kreisfreie Stadt", "Stadtkreis", "Grad", "Hlavní město".
    ['PL', 'KRAKOW', 'PL213'],
    ['PL', 'Łódź', 'PL711'],
    ['DE', 'KARLSRUHE', 'DE122'],
    ['DE', 'MUENCHEN', 'DE212'],
    ['DE', 'München', 'DE212'],
    ['DE', 'KOELN', 'DEA23'],
    ['HR', 'ZAGREB', 'HR050'],
    ['CZ', 'PRAHA', 'CZ010'],
    // A district number, CEDEX or a province in parentheses after the town.
    ['CZ', 'Praha 19 - Kbely', 'CZ010'],
    ['CZ', 'Praha 9 Vysočany', 'CZ010'],
    ['FR', 'PARIS CEDEX 05', 'FR101'],
    ['IE', 'DUBLIN  4', 'IE061'],
    ['IT', 'ROMA (RM)', 'ITI43'],
    // The city wins over the district around it that bears the same name.
    ['DE', 'LEIPZIG', 'DED51'],
    ['BG', 'SOFIA', 'BG411'],
    ['DE', 'KASSEL', 'DE731'],
    // Greece is GR in the catalogue, EL in Eurostat's codes.
    ['GR', 'THESSALONIKI', 'EL522'],
  ])('%s %j is in %s', (country, city, region) => {
    expect(findRegion(country, city)).toBe(region);
  });

  it.each([
    // The town of Vienne (Isère, 38200) is not in the département of Vienne (FRI34).
    ['FR', 'Vienne'],
    // Mayenne is in Mayenne, but French départements are not named after towns: no rule for it.
    ['FR', 'Mayenne'],
    ['FR', 'FRANCE'],
    // Exonyms are not NUTS names.
    ['AT', 'VIENNA'],
    ['CZ', 'Prague'],
    // Frankfurt am Main or Frankfurt (Oder): "FRANKFURT" alone does not say.
    ['DE', 'FRANKFURT'],
    // Linz lies in "Linz-Wels", which is not its name.
    ['AT', 'LINZ'],
    ['SK', 'BRATISLAVA'],
    // A region of another country is never taken.
    ['CZ', 'WIEN'],
    ['AT', ''],
  ])('%s %j gets no region', (country, city) => {
    expect(findRegion(country, city)).toBeUndefined();
  });

  it.each([
    ['  Praha 19 - Kbely ', 'praha'],
    ['PARIS CEDEX 16', 'paris'],
    ['L’Aquila', 'l aquila'],
    ['Rīga', 'riga'],
    ['VALLADOLID (Castilla y León)', 'valladolid'],
  ])(
    'compares towns whatever their case, accents, punctuation and suffix: %j is %j',
    (town, key) => {
      expect(cityKey(town)).toBe(key);
    },
  );
});
