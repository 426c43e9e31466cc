import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACETS, type SearchState } from '../../../../../renderer/src/features/search/search-state';
import { searchFromUrl, urlForSearch } from '../../../../../renderer/src/features/search/url-state';

describe('the search in the address', () => {
  it('writes the words, filters and order, and keeps the access token', () => {
    const state: SearchState = {
      text: 'univ wien & co',
      filters: {
        sector: ['food'],
        region: ['AT1', 'AT3'],
        service_type: [],
        kind: [],
        country: [],
      },
      sort: 'name',
    };
    const url = urlForSearch(state, '?token=abc');
    expect(url).toBe('?token=abc&q=univ+wien+%26+co&sector=food&region=AT1&region=AT3&sort=name');
    expect(searchFromUrl(url)).toEqual(state);
  });

  it('reads nothing as the empty search, and drops an unknown kind', () => {
    expect(searchFromUrl('')).toEqual({
      text: '',
      filters: { sector: [], region: [], service_type: [], kind: [], country: [] },
      sort: 'relevance',
    });
    expect(searchFromUrl('?kind=cluster&kind=spaceship').filters.kind).toEqual(['cluster']);
    expect(urlForSearch(searchFromUrl(''), '')).toBe('');
  });

  it('reads back whatever it wrote', () => {
    const values = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 3 });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        values,
        values,
        fc.boolean(),
        (text, sector, country, byName) => {
          const state: SearchState = {
            text,
            filters: { sector, region: [], service_type: [], kind: [], country },
            sort: byName ? 'name' : 'relevance',
          };
          expect(searchFromUrl(urlForSearch(state, '?token=t'))).toEqual(state);
          for (const facet of FACETS)
            expect(new URLSearchParams(urlForSearch(state, '')).getAll(facet)).toEqual(
              state.filters[facet],
            );
        },
      ),
    );
  });
});
