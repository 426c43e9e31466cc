import { describe, expect, it } from 'vitest';
import type { FacetValue } from '../../../../db/search/types';
import { searchFixture } from './engine-fixture';

const service = (type: string) => ({ id: `s-${type}`, title: 'Service', type, sectors: [] });

const { engine } = searchFixture([
  // Slovakia: SK021 Trnavský kraj and SK022 Trenčiansky kraj are both in SK02.
  {
    id: 'sk1',
    name: 'Cluster One',
    country: 'SK',
    region: 'SK021',
    sectors: ['ict'],
    kind: 'cluster',
    services: [service('cooperation')],
  },
  {
    id: 'sk2',
    name: 'Cluster Two',
    country: 'SK',
    region: 'SK022',
    sectors: ['health'],
    kind: 'cluster',
  },
  {
    id: 'sk3',
    name: 'Supplier Three',
    country: 'SK',
    region: 'SK02',
    sectors: ['ict', 'health'],
  },
  {
    id: 'at1',
    name: 'Cluster Four',
    country: 'AT',
    region: 'AT312',
    sectors: ['ict'],
    kind: 'cluster',
    services: [service('cooperation'), service('marketing-pr')],
  },
  { id: 'at2', name: 'Supplier Five', country: 'AT', sectors: ['wood'] },
]);

const counts = (values: FacetValue[]) => Object.fromEntries(values.map((v) => [v.id, v.count]));

describe('disjunctive facets', () => {
  it('counts every value over all matches when nothing is selected', () => {
    const { total, facets } = engine().search({});
    expect(total).toBe(5);
    expect(counts(facets.sector)).toEqual({ ict: 3, health: 2, wood: 1 });
    expect(counts(facets.kind)).toEqual({ cluster: 3, supplier: 2 });
    expect(counts(facets.country)).toEqual({ SK: 3, AT: 2 });
    expect(counts(facets.service_type)).toEqual({ cooperation: 2, 'marketing-pr': 1 });
    expect(facets.sector.map((v) => v.id)).toEqual(['ict', 'health', 'wood']); // count, then label
  });

  it('keeps the counts of the other values of a facet when one is selected', () => {
    const result = engine().search({ sectors: ['wood'] });
    expect(result.total).toBe(1);
    expect(counts(result.facets.sector)).toEqual({ ict: 3, health: 2, wood: 1 });
    // The other facets count only what passes the sector filter.
    expect(counts(result.facets.country)).toEqual({ AT: 1 });
  });

  it('ORs values within a facet and ANDs across facets', () => {
    expect(engine().search({ sectors: ['wood', 'health'] }).total).toBe(3);
    expect(engine().search({ sectors: ['ict'], kinds: ['cluster'] }).total).toBe(2);
    const both = engine().search({ sectors: ['ict'], countries: ['AT'] });
    expect(both.results.map((h) => h.id)).toEqual(['at1']);
    expect(counts(both.facets.sector)).toEqual({ ict: 1, wood: 1 });
    expect(counts(both.facets.country)).toEqual({ SK: 2, AT: 1 });
  });

  it('counts regions at every level and lets a parent region include its children', () => {
    const all = engine().search({});
    expect(counts(all.facets.region)).toMatchObject({
      SK: 3,
      SK0: 3,
      SK02: 3,
      SK021: 1,
      SK022: 1,
      AT: 1,
      AT3: 1,
      AT31: 1,
      AT312: 1,
    });
    const trnava = all.facets.region.find((v) => v.id === 'SK021');
    expect(trnava).toMatchObject({ label: 'Trnavský kraj', parent: 'SK02', level: 3 });
    expect(engine().search({ regions: ['SK02'] }).total).toBe(3);
    expect(engine().search({ regions: ['SK021'] }).total).toBe(1);
    expect(engine().search({ regions: ['SK'] }).total).toBe(3);
  });

  it('lists a selected value even when nothing matches it', () => {
    const { facets } = engine().search({ text: 'supplier', sectors: ['tourism'] });
    expect(facets.sector.find((v) => v.id === 'tourism')).toMatchObject({ count: 0 });
  });

  it('combines text and filters', () => {
    const result = engine().search({ text: 'cluster', countries: ['SK'] });
    expect(result.results.map((h) => h.id).sort()).toEqual(['sk1', 'sk2']);
    expect(counts(result.facets.country)).toEqual({ SK: 2, AT: 1 });
  });

  it('labels facet values in the requested language', () => {
    const de = engine().search({ locale: 'de' }).facets;
    expect(de.sector.find((v) => v.id === 'health')?.label).toBe('Gesundheit');
    expect(de.country.find((v) => v.id === 'AT')?.label).toBe('Österreich');
  });
});
