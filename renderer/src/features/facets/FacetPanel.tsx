/** The filter sidebar: every facet with its counts, in the order people narrow a search. */
import { memo, useMemo } from 'react';
import type { FacetValue, SearchResult } from '../../../../contract';
import type { FacetName, Filters } from '../search/search-state';
import { FacetGroup } from './FacetGroup';
import { RegionTree } from './RegionTree';
import { useWords } from '../../i18n/useWords';

interface Props {
  facets: SearchResult['facets'] | null;
  filters: Filters;
  labelOf: (facet: FacetName, id: string) => string;
  onToggle: (facet: FacetName, id: string) => void;
}

const ORDER: readonly FacetName[] = ['sector', 'region', 'service_type', 'kind', 'country'];
const NONE: readonly FacetValue[] = [];

type PerFacet<T> = Record<FacetName, T>;

/** Memoised: typing changes the text, not the facets, so the panel re-renders only on answers. */
export const FacetPanel = memo(function FacetPanel({ facets, filters, labelOf, onToggle }: Props) {
  const t = useWords();
  // One stable function per facet, so value rows whose count did not change skip re-rendering.
  const perFacet = useMemo(() => {
    const labels = {} as PerFacet<(id: string) => string>;
    const toggles = {} as PerFacet<(id: string) => void>;
    for (const facet of ORDER) {
      labels[facet] = (id) => labelOf(facet, id);
      toggles[facet] = (id) => {
        onToggle(facet, id);
      };
    }
    return { labels, toggles };
  }, [labelOf, onToggle]);
  // Kinds are labelled by the interface (see App's useLabels), not by the answer.
  const kinds = useMemo(
    () => facets?.kind.map((v) => ({ ...v, label: labelOf('kind', v.id) })) ?? NONE,
    [facets, labelOf],
  );
  // The answer names regions officially; the tree's countries are named by the interface.
  const regions = useMemo(
    () =>
      facets?.region.map((v) =>
        v.parent == null ? { ...v, label: labelOf('region', v.id) } : v,
      ) ?? NONE,
    [facets, labelOf],
  );
  return (
    <nav className="facet-panel" aria-label={t('facets.label')}>
      <h2 className="panel-title">{t('facets.label')}</h2>
      {ORDER.map((facet) => {
        const common = {
          title: t(`facets.${facet}`),
          values:
            facet === 'kind' ? kinds : facet === 'region' ? regions : (facets?.[facet] ?? NONE),
          selected: filters[facet],
          labelOf: perFacet.labels[facet],
          onToggle: perFacet.toggles[facet],
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
