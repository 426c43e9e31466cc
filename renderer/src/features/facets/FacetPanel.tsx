/** The filter sidebar: every facet with its counts, in the order people narrow a search. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../../api/contract';
import type { FacetName, Filters } from '../search/search-state';
import { FacetGroup } from './FacetGroup';
import { RegionTree } from './RegionTree';

interface Props {
  facets: SearchResult['facets'] | null;
  filters: Filters;
  labelOf: (facet: FacetName, id: string) => string;
  onToggle: (facet: FacetName, id: string) => void;
}

const ORDER: readonly FacetName[] = ['sector', 'region', 'service_type', 'kind', 'country'];

/** Memoised: typing changes the text, not the facets, so the panel re-renders only on answers. */
export const FacetPanel = memo(function FacetPanel({ facets, filters, labelOf, onToggle }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="facet-panel" aria-label={t('facets.label')}>
      <h2 className="panel-title">{t('facets.label')}</h2>
      {ORDER.map((facet) => {
        const common = {
          title: t(`facets.${facet}`),
          values: facets?.[facet] ?? [],
          selected: filters[facet],
          labelOf: (id: string) => labelOf(facet, id),
          onToggle: (id: string) => {
            onToggle(facet, id);
          },
        };
        return facet === 'region' ? (
          <RegionTree key={facet} {...common} />
        ) : (
          <FacetGroup key={facet} {...common} />
        );
      })}
    </nav>
  );
});
