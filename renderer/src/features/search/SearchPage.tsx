/**
 * The search view: the filter sidebar, the result header (total, what was done with the words
 * typed, sort, selection, active filters) and the virtualised result list.
 *
 * Memoised, and given the filters and the order rather than the whole search state: a keystroke
 * changes only the text, which this view never shows (the results carry the text they answer),
 * so typing re-renders the search box and not the page of results and facets.
 */
import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import type { Locale } from '../../../../contract';
import { ActiveFilters } from '../facets/ActiveFilters';
import { FacetPanel } from '../facets/FacetPanel';
import { EventMatches } from './EventMatches';
import { QueryNotes } from './QueryNotes';
import { Welcome, exampleSearch } from './Welcome';
import { ResultList } from './ResultList';
import {
  EMPTY_FILTERS,
  hasFilters,
  toggleFilter,
  type FacetName,
  type Filters,
  type SearchState,
} from './search-state';
import type { SearchView } from './useSearch';
import { useWords } from '../../i18n/useWords';

interface Props {
  filters: Filters;
  sort: SearchState['sort'];
  view: SearchView;
  resultsId: string;
  activeIndex: number;
  openId: string | null;
  selected: ReadonlySet<string>;
  labelOf: (facet: FacetName, id: string) => string;
  locale: Locale;
  refreshToken: number;
  /** Shows the events the words typed find, in the events view. */
  onShowEvents: (text: string) => void;
  /** Whether the first-screen introduction is wanted (until the user hides it). */
  welcome: boolean;
  onHideWelcome: () => void;
  /** Applies a change to the latest search state (a functional update, as setState takes). */
  onState: (update: (current: SearchState) => SearchState) => void;
  onOpen: (index: number, id: string) => void;
  onToggleSelect: (id: string) => void;
  onClearSelection: () => void;
  onExport: () => void;
}

export const SearchPage = memo(function SearchPage(props: Props) {
  const { filters, sort, view, labelOf, onState, selected } = props;
  const t = useWords();
  // An answer's results are drawn first; its facet counts follow in an interruptible render,
  // dropped if a newer answer arrives meanwhile (while typing, only the last counts matter).
  const facets = useDeferredValue(view.facets);
  // The page re-renders on every answer: its fixed words are looked up once per language.
  const words = useMemo(
    () => ({
      sortLabel: t('search.sortLabel'),
      sortRelevance: t('search.sortRelevance'),
      sortName: t('search.sortName'),
      export: t('search.export'),
    }),
    [t],
  );
  // Stable while onState is (App passes setState), so the memoised facet panel re-renders
  // only when an answer brings new facet counts.
  const toggle = useCallback(
    (facet: FacetName, id: string) => {
      onState((current) => ({ ...current, filters: toggleFilter(current.filters, facet, id) }));
    },
    [onState],
  );

  const setText = useCallback(
    (text: string) => {
      onState((current) => ({ ...current, text }));
    },
    [onState],
  );
  const atStart =
    props.welcome && view.shown !== null && (view.shown.text ?? '') === '' && !hasFilters(filters);
  const { hitAt, total } = view;
  const example = useMemo(() => {
    if (!atStart) return null;
    const places = [];
    for (let i = 0; i < Math.min(total, 50); i++) places.push(hitAt(i)?.city ?? null);
    return exampleSearch(places);
  }, [atStart, hitAt, total]);

  return (
    <div className="search-page">
      <FacetPanel facets={facets} filters={filters} labelOf={labelOf} onToggle={toggle} />
      <section
        className="results"
        aria-labelledby="results-heading"
        data-query={view.shown?.text ?? ''}
        data-pending={view.pending ? 'true' : 'false'}
      >
        {atStart && (
          <Welcome
            sectors={facets?.sector ?? []}
            countries={facets?.country ?? []}
            labelOf={labelOf}
            example={example}
            onFilter={toggle}
            onExample={setText}
            onDismiss={props.onHideWelcome}
          />
        )}
        <div className="results-header">
          <h2 id="results-heading" className="results-total" aria-live="polite" data-testid="total">
            {view.shown === null ? t('app.loading') : t('search.total', { count: view.total })}
          </h2>
          {selected.size > 0 && (
            <span className="selection-info">
              {t('search.selected', { count: selected.size })}{' '}
              <button type="button" className="link-button" onClick={props.onClearSelection}>
                {t('search.clearSelection')}
              </button>
            </span>
          )}
          <span className="spacer" />
          <label className="form-inline">
            {words.sortLabel}{' '}
            <select
              value={sort}
              onChange={(e) => {
                const next = e.target.value === 'name' ? 'name' : 'relevance';
                onState((current) => ({ ...current, sort: next }));
              }}
            >
              <option value="relevance">{words.sortRelevance}</option>
              <option value="name">{words.sortName}</option>
            </select>
          </label>
          <button type="button" className="button" onClick={props.onExport}>
            {words.export}
          </button>
        </div>
        <QueryNotes corrections={view.corrections} dropped={view.dropped} />
        <EventMatches
          text={view.shown?.text ?? ''}
          locale={props.locale}
          refreshToken={props.refreshToken}
          onShow={props.onShowEvents}
        />
        <ActiveFilters
          filters={filters}
          labelOf={labelOf}
          onRemove={toggle}
          onClearAll={() => {
            onState((current) => ({ ...current, filters: EMPTY_FILTERS }));
          }}
        />
        {view.error !== null && <p className="notice error">{view.error.message}</p>}
        {view.shown !== null && view.total === 0 ? (
          <p className="empty-state">{t('search.noResults')}</p>
        ) : (
          <ResultList
            id={props.resultsId}
            view={view}
            text={view.shown?.text ?? ''}
            activeIndex={props.activeIndex}
            openId={props.openId}
            selected={selected}
            labelOf={labelOf}
            onOpen={props.onOpen}
            onToggleSelect={props.onToggleSelect}
          />
        )}
      </section>
    </div>
  );
});
