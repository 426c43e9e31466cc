import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  hasFilters,
  toQuery,
  toggleFilter,
} from '../../../../../renderer/src/features/search/search-state';

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
