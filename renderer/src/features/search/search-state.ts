/**
 * What the user is searching for: the text, the selected facet values and the order. Kept as
 * one plain object so it can be compared, sent to the API as a SearchQuery, and reused as the
 * "current results" export scope.
 */
import type { SearchQuery } from '../../../../contract';

export const FACETS = ['sector', 'region', 'service_type', 'kind', 'country'] as const;
export type FacetName = (typeof FACETS)[number];

export type Filters = Record<FacetName, readonly string[]>;

export interface SearchState {
  text: string;
  filters: Filters;
  sort: 'relevance' | 'name';
}

export const EMPTY_FILTERS: Filters = {
  sector: [],
  region: [],
  service_type: [],
  kind: [],
  country: [],
};

export const INITIAL_SEARCH: SearchState = { text: '', filters: EMPTY_FILTERS, sort: 'relevance' };

/** The API's query for a state; empty filters are left out so the query stays small. */
export function toQuery(state: SearchState, locale: SearchQuery['locale']): SearchQuery {
  const q: SearchQuery = { sort: state.sort };
  if (locale !== undefined) q.locale = locale;
  const text = state.text.trim();
  if (text !== '') q.text = text;
  const { sector, region, service_type, kind, country } = state.filters;
  if (sector.length > 0) q.sectors = [...sector];
  if (region.length > 0) q.regions = [...region];
  if (service_type.length > 0) q.serviceTypes = [...service_type];
  if (kind.length > 0) q.kinds = kind as NonNullable<SearchQuery['kinds']>;
  if (country.length > 0) q.countries = [...country];
  return q;
}

export function toggleFilter(filters: Filters, facet: FacetName, id: string): Filters {
  const current = filters[facet];
  const next = current.includes(id) ? current.filter((v) => v !== id) : [...current, id];
  return { ...filters, [facet]: next };
}

export function hasFilters(filters: Filters): boolean {
  return FACETS.some((f) => filters[f].length > 0);
}

/** A stable key of a query, so answers can be matched to the query they belong to. */
export function queryKey(q: SearchQuery): string {
  return JSON.stringify(q);
}
