/**
 * The search in the address (web mode): `?q=piestany&sector=food&region=AT3&sort=name`, so a
 * reload keeps it and an address can be shared or bookmarked. Typing replaces the current
 * history entry (Back does not step through every letter); choosing a filter or an order adds
 * one (Back undoes it). Other parameters, such as the access token, are kept as they are.
 */
import { useEffect, useRef } from 'react';
import { ORGANISATION_KINDS } from '../../../../contract';
import {
  EMPTY_FILTERS,
  FACETS,
  INITIAL_SEARCH,
  type Filters,
  type SearchState,
} from './search-state';

const TEXT = 'q';
const SORT = 'sort';
const OWN = new Set<string>([TEXT, SORT, ...FACETS]);

/** The search an address's query string describes (INITIAL_SEARCH for none). */
export function searchFromUrl(query: string): SearchState {
  const params = new URLSearchParams(query);
  const filters = { ...EMPTY_FILTERS } as Record<keyof Filters, readonly string[]>;
  for (const facet of FACETS) {
    // An unknown kind would make every search fail; other unknown ids simply match nothing.
    const known = (v: string) =>
      v !== '' && (facet !== 'kind' || (ORGANISATION_KINDS as readonly string[]).includes(v));
    const values = params.getAll(facet).filter(known);
    if (values.length > 0) filters[facet] = [...new Set(values)];
  }
  return {
    text: params.get(TEXT) ?? INITIAL_SEARCH.text,
    filters,
    sort: params.get(SORT) === 'name' ? 'name' : 'relevance',
  };
}

/** The query string for `state`, keeping the parameters of `current` that are not the search's. */
export function urlForSearch(state: SearchState, current: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(current)) {
    if (!OWN.has(key)) params.append(key, value);
  }
  if (state.text !== '') params.set(TEXT, state.text);
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort !== 'relevance') params.set(SORT, state.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether two states differ in more than their text. */
function sameFilters(a: SearchState, b: SearchState): boolean {
  return (
    a.sort === b.sort &&
    FACETS.every(
      (f) =>
        a.filters[f].length === b.filters[f].length &&
        a.filters[f].every((v, i) => b.filters[f][i] === v),
    )
  );
}

/**
 * Keeps the address and `search` in step while `enabled` (web mode; the desktop window has no
 * address bar). Back and Forward bring the search of that entry back through `onRestore`.
 */
export function useSearchInUrl(
  search: SearchState,
  onRestore: (state: SearchState) => void,
  enabled: boolean,
): void {
  const written = useRef(search);

  useEffect(() => {
    if (!enabled) return;
    const previous = written.current;
    written.current = search;
    const next = urlForSearch(search, window.location.search);
    if (next === (window.location.search === '?' ? '' : window.location.search)) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (sameFilters(previous, search)) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }, [search, enabled]);

  useEffect(() => {
    if (!enabled) return;
    const onPop = () => {
      const state = searchFromUrl(window.location.search);
      written.current = state;
      onRestore(state);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
    };
  }, [enabled, onRestore]);
}
