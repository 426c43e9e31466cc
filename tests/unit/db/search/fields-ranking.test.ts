import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../../db/search/engine';
import type { SearchEngine } from '../../../../db/search/types';
import { loadTaxonomy } from '../../../../db/taxonomy';
import { createFixture, type Fixture } from './fixture';

let fixture: Fixture;
let engine: SearchEngine;

const LONG_DESCRIPTION =
  'Founded by regional companies, the association connects manufacturers, universities and public bodies across the border region. Its members share laboratories for composite materials testing and organise joint trade missions.';

beforeAll(() => {
  fixture = createFixture([
    {
      id: 'described',
      name: 'Regional Association North',
      description: 'We work closely with every Mechatronics cluster in the region.',
    },
    { id: 'named', name: 'Mechatronics Cluster Linz', city: 'Linz', region: 'AT312' },
    {
      id: 'services',
      name: 'Alpha GmbH',
      services: [
        {
          id: 's1',
          title: 'Thermal imaging for buildings',
          type: 'research-testing',
          sectors: [],
        },
      ],
    },
    {
      id: 'people',
      name: 'Beta s.r.o.',
      contacts: [{ name: 'Jana Nováková', role: 'Innovation Manager', languages: [] }],
    },
    { id: 'city', name: 'Gamma Kft.', city: 'Győr', country: 'HU' },
    { id: 'event', name: 'Delta Sp. z o.o.', country: 'PL' },
    { id: 'long', name: 'Epsilon Association', description: LONG_DESCRIPTION },
  ]);
  fixture.add({ id: 'organiser', name: 'Zeta Agency' }, ['Wood Exchange Forum Villach']);
  engine = createSearchEngine(fixture.db, loadTaxonomy());
});
afterAll(() => {
  fixture.close();
});

const ids = (text: string) => engine.search({ text }).results.map((h) => h.id);

describe('what is searchable', () => {
  it('finds services by title and by service type label in any language', () => {
    expect(ids('thermal imaging')).toEqual(['services']);
    expect(ids('Forschung')).toEqual(['services']); // German label of research-testing
  });

  it('finds contacts by name and role', () => {
    expect(ids('novakova')).toEqual(['people']);
    expect(ids('innovation manager')).toEqual(['people']);
  });

  it('finds cities and the names of the region and its parents', () => {
    expect(ids('gyor')).toEqual(['city']);
    expect(ids('Oberösterreich')).toEqual(['named']); // AT31, the parent of AT312
    expect(ids('Österreich')).toContain('named'); // the country's name
    expect(ids('Austria')).toContain('named'); // ... in any language
    expect(ids('linz oberöst')).toEqual(['named']); // a region name as it is being typed
  });

  it('finds organisations by the events they organise', () => {
    expect(ids('exchange forum villach')).toEqual(['organiser']);
  });
});

describe('ranking and snippets', () => {
  it('ranks a name match above a description match', () => {
    expect(ids('mechatronics')).toEqual(['named', 'described']);
    const second = engine.search({ text: 'mechatronics', limit: 1, offset: 1 });
    expect(second.results.map((h) => h.id)).toEqual(['described']);
    expect(engine.matchingIds({ text: 'mechatronics' })).toEqual(['named', 'described']);
  });

  it('matches a single first letter against names only', () => {
    expect(ids('m')).toEqual(['named']);
    expect(ids('mechatronics l')).toEqual(['named']);
  });

  it('shows the name as snippet when the name matches, with the word highlighted', () => {
    const hit = engine.search({ text: 'mechatron' }).results[0];
    expect(hit?.snippet).toBe('Mechatronics Cluster Linz');
    expect(hit?.highlights).toEqual([[0, 12]]);
  });

  it('shows a window of the matching text otherwise, highlights pointing at the words', () => {
    const hit = engine.search({ text: 'composite' }).results[0];
    const snippet = hit?.snippet ?? '';
    expect(snippet.length).toBeLessThanOrEqual(125);
    expect(snippet.startsWith('…')).toBe(true);
    const [start, end] = hit?.highlights[0] ?? [0, 0];
    expect(snippet.slice(start, end)).toBe('composite');
  });

  it('highlights matches in services and contacts', () => {
    const service = engine.search({ text: 'imaging' }).results[0];
    expect(service?.snippet).toBe('Thermal imaging for buildings');
    const person = engine.search({ text: 'Novakova' }).results[0];
    const [s, e] = person?.highlights[0] ?? [0, 0];
    expect(person?.snippet.slice(s, e)).toBe('Nováková');
  });

  it('returns each hit with its listing fields', () => {
    const hit = engine.search({ text: 'mechatronics cluster linz' }).results[0];
    expect(hit).toMatchObject({
      id: 'named',
      name: 'Mechatronics Cluster Linz',
      kind: 'supplier',
      city: 'Linz',
      country: 'AT',
      region: 'AT312',
      sectors: [],
    });
  });
});
