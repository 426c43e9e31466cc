/** The active filters as removable chips, and "Clear all". */
import { useWords } from '../../i18n/useWords';
import { FACETS, hasFilters, type FacetName, type Filters } from '../search/search-state';

interface Props {
  filters: Filters;
  labelOf: (facet: FacetName, id: string) => string;
  onRemove: (facet: FacetName, id: string) => void;
  onClearAll: () => void;
}

export function ActiveFilters({ filters, labelOf, onRemove, onClearAll }: Props) {
  const t = useWords();
  if (!hasFilters(filters)) return null;
  return (
    <div className="active-filters" role="group" aria-label={t('facets.active')}>
      <ul className="chips">
        {FACETS.flatMap((facet) =>
          filters[facet].map((id) => {
            const label = labelOf(facet, id);
            return (
              <li key={`${facet}:${id}`} className="chip">
                <span className="chip-facet">{t(`facets.${facet}`)}:</span> {label}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('facets.remove', { label })}
                  onClick={() => {
                    onRemove(facet, id);
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          }),
        )}
      </ul>
      <button type="button" className="link-button" onClick={onClearAll}>
        {t('facets.clearAll')}
      </button>
    </div>
  );
}
