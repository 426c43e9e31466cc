import { describe, expect, it } from 'vitest';
import { createFuzzyFilter } from '../../../../../renderer/src/features/facets/fuzzy-filter';
import { REGIONS as regions } from './regions';

describe('fuzzy facet filter', () => {
  it('matches without diacritics and with a typo', () => {
    const filter = createFuzzyFilter(regions);
    expect(filter('trnavsky')[0]?.id).toBe('SK021');
    expect(filter('oberosterreich')[0]?.id).toBe('AT31');
    expect(filter('zapadne slovensko')[0]?.id).toBe('SK02');
    expect(filter('')).toHaveLength(regions.length);
  });
});
