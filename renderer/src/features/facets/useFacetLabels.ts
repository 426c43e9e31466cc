/**
 * Labels of taxonomy ids, for chips and facet rows. Kinds are named by the interface's own
 * translations (the same words as the kind badges of the results, in all eight languages);
 * the catalogue's taxonomy names the rest in the chosen language (a NUTS region by its official
 * name, but a country at the top of the region tree by its name in that language), and an id it
 * does not know stands for itself.
 */
import { useMemo } from 'react';
import type { TaxonomyData } from '../../../../contract';
import type { Words } from '../../i18n/useWords';
import type { FacetName } from '../search/search-state';

export type LabelOf = (facet: FacetName, id: string) => string;

/** One function per taxonomy and language: memoised facet rows keep it across keystrokes. */
export function useFacetLabels(taxonomy: TaxonomyData | null, t: Words): LabelOf {
  return useMemo(() => {
    const countries = new Map(taxonomy?.countries.map((c) => [c.code, c.label]));
    const maps: Record<Exclude<FacetName, 'kind'>, Map<string, string>> = {
      sector: new Map(taxonomy?.sectors.map((s) => [s.id, s.label])),
      service_type: new Map(taxonomy?.serviceTypes.map((s) => [s.id, s.label])),
      country: countries,
      // The top of the region tree is a country: named in the interface language, as the
      // country facet names it ("Austria", not "Österreich"); regions keep their official names.
      region: new Map(
        taxonomy?.regions.map((r) => [
          r.code,
          r.level === 0 ? (countries.get(r.country) ?? r.name) : r.name,
        ]),
      ),
    };
    return (facet: FacetName, id: string) =>
      facet === 'kind' ? t(`kinds.${id}`) : (maps[facet].get(id) ?? id);
  }, [taxonomy, t]);
}
