import { describe, expect, it } from 'vitest';
import { createFuzzyFilter } from '../../../renderer/src/features/facets/fuzzy-filter';
import { buildRegionTree, regionPath } from '../../../renderer/src/features/facets/region-tree';
import {
  EMPTY_FILTERS,
  hasFilters,
  toQuery,
  toggleFilter,
} from '../../../renderer/src/features/search/search-state';

const regions = [
  { id: 'SK', label: 'Slovensko', count: 3, parent: null, level: 0 },
  { id: 'SK0', label: 'Slovensko', count: 3, parent: 'SK', level: 1 },
  { id: 'SK02', label: 'Západné Slovensko', count: 3, parent: 'SK0', level: 2 },
  { id: 'SK021', label: 'Trnavský kraj', count: 3, parent: 'SK02', level: 3 },
  { id: 'AT31', label: 'Oberösterreich', count: 2, parent: 'AT3', level: 2 },
];

describe('region tree', () => {
  it('nests regions under their parents; an orphan becomes a root', () => {
    const roots = buildRegionTree(regions);
    expect(roots.map((r) => r.value.id)).toEqual(['SK', 'AT31']);
    expect(roots[0]?.children[0]?.children[0]?.children[0]?.value.id).toBe('SK021');
  });

  it('names a region path from the country down', () => {
    const byId = new Map(regions.map((r) => [r.id, r]));
    expect(regionPath(byId, 'SK021')).toEqual(['Slovensko', 'Slovensko', 'Západné Slovensko']);
  });
});

describe('fuzzy facet filter', () => {
  it('matches without diacritics and with a typo', () => {
    const filter = createFuzzyFilter(regions);
    expect(filter('trnavsky')[0]?.id).toBe('SK021');
    expect(filter('oberosterreich')[0]?.id).toBe('AT31');
    expect(filter('zapadne slovensko')[0]?.id).toBe('SK02');
    expect(filter('')).toHaveLength(regions.length);
  });
});

describe('search state', () => {
  it('sends only what is set, with the locale', () => {
    expect(toQuery({ text: '  ', filters: EMPTY_FILTERS, sort: 'relevance' }, 'de')).toEqual({
      sort: 'relevance',
      locale: 'de',
    });
    const filters = toggleFilter(toggleFilter(EMPTY_FILTERS, 'sector', 'food'), 'region', 'SK021');
    expect(toQuery({ text: ' milan ', filters, sort: 'name' }, 'it')).toEqual({
      sort: 'name',
      locale: 'it',
      text: 'milan',
      sectors: ['food'],
      regions: ['SK021'],
    });
    expect(hasFilters(filters)).toBe(true);
    expect(
      hasFilters(toggleFilter(toggleFilter(filters, 'sector', 'food'), 'region', 'SK021')),
    ).toBe(false);
  });
});
