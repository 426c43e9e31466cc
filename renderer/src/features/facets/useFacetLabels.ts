/**
 * Labels of taxonomy ids, for chips and facet rows. Kinds are named by the interface's own
 * translations (the same words as the kind badges of the results, in all eight languages);
 * the catalogue's taxonomy names the rest in the chosen language, and an id it does not know
 * stands for itself.
 */
import { useMemo } from 'react';
import type { TaxonomyData } from '../../../../contract';
import type { Words } from '../../i18n/useWords';
import type { FacetName } from '../search/search-state';

export type LabelOf = (facet: FacetName, id: string) => string;

/** One function per taxonomy and language: memoised facet rows keep it across keystrokes. */
export function useFacetLabels(taxonomy: TaxonomyData | null, t: Words): LabelOf {
  return useMemo(() => {
    const maps: Record<Exclude<FacetName, 'kind'>, Map<string, string>> = {
      sector: new Map(taxonomy?.sectors.map((s) => [s.id, s.label])),
      service_type: new Map(taxonomy?.serviceTypes.map((s) => [s.id, s.label])),
      country: new Map(taxonomy?.countries.map((c) => [c.code, c.label])),
      region: new Map(taxonomy?.regions.map((r) => [r.code, r.name])),
    };
    return (facet: FacetName, id: string) =>
      facet === 'kind' ? t(`kinds.${id}`) : (maps[facet].get(id) ?? id);
  }, [taxonomy, t]);
}
