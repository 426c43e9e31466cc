/**
 * The search view: the filter sidebar, the result header (total, corrections, sort, selection,
 * active filters) and the virtualised result list.
 */
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ActiveFilters } from '../facets/ActiveFilters';
import { FacetPanel } from '../facets/FacetPanel';
import { ResultList } from './ResultList';
import { EMPTY_FILTERS, toggleFilter, type FacetName, type SearchState } from './search-state';
import type { SearchView } from './useSearch';

interface Props {
  state: SearchState;
  view: SearchView;
  resultsId: string;
  activeIndex: number;
  openId: string | null;
  selected: ReadonlySet<string>;
  labelOf: (facet: FacetName, id: string) => string;
  onState: (next: SearchState) => void;
  onOpen: (index: number, id: string) => void;
  onToggleSelect: (id: string) => void;
  onClearSelection: () => void;
  onExport: () => void;
}

export function SearchPage(props: Props) {
  const { state, view, labelOf, onState, selected } = props;
  const { t } = useTranslation();
  // Stable across keystrokes (reads the latest state through a ref), so the memoised facet
  // panel does not re-render while the user types.
  const latest = useRef({ state, onState });
  latest.current = { state, onState };
  const toggle = useCallback((facet: FacetName, id: string) => {
    const { state: current, onState: update } = latest.current;
    update({ ...current, filters: toggleFilter(current.filters, facet, id) });
  }, []);

  return (
    <div className="search-page">
      <FacetPanel
        facets={view.facets}
        filters={state.filters}
        labelOf={labelOf}
        onToggle={toggle}
      />
      <section
        className="results"
        aria-labelledby="results-heading"
        data-query={view.shown?.text ?? ''}
        data-pending={view.pending ? 'true' : 'false'}
      >
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
            {t('search.sortLabel')}{' '}
            <select
              value={state.sort}
              onChange={(e) => {
                onState({ ...state, sort: e.target.value === 'name' ? 'name' : 'relevance' });
              }}
            >
              <option value="relevance">{t('search.sortRelevance')}</option>
              <option value="name">{t('search.sortName')}</option>
            </select>
          </label>
          <button type="button" className="button" onClick={props.onExport}>
            {t('search.export')}
          </button>
        </div>
        {view.corrections.length > 0 && (
          <p className="correction">
            {view.corrections
              .map((c) => t('search.correctedTo', { from: c.from, to: c.to }))
              .join(' ')}
          </p>
        )}
        <ActiveFilters
          filters={state.filters}
          labelOf={labelOf}
          onRemove={toggle}
          onClearAll={() => {
            onState({ ...state, filters: EMPTY_FILTERS });
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
            countryName={(code) => labelOf('country', code)}
            onOpen={props.onOpen}
            onToggleSelect={props.onToggleSelect}
          />
        )}
      </section>
    </div>
  );
}
