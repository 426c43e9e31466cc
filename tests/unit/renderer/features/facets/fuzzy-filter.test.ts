import { describe, expect, it } from 'vitest';
import { createFuzzyFilter } from '../../../../../renderer/src/features/facets/fuzzy-filter';

const regions = [
  { id: 'SK', label: 'Slovensko', count: 3, parent: null, level: 0 },
  { id: 'SK0', label: 'Slovensko', count: 3, parent: 'SK', level: 1 },
  { id: 'SK02', label: 'Západné Slovensko', count: 3, parent: 'SK0', level: 2 },
  { id: 'SK021', label: 'Trnavský kraj', count: 3, parent: 'SK02', level: 3 },
  { id: 'AT31', label: 'Oberösterreich', count: 2, parent: 'AT3', level: 2 },
];

describe('fuzzy facet filter', () => {
  it('matches without diacritics and with a typo', () => {
    const filter = createFuzzyFilter(regions);
    expect(filter('trnavsky')[0]?.id).toBe('SK021');
    expect(filter('oberosterreich')[0]?.id).toBe('AT31');
    expect(filter('zapadne slovensko')[0]?.id).toBe('SK02');
    expect(filter('')).toHaveLength(regions.length);
  });
});
