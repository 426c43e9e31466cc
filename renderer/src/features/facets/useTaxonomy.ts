/**
 * The catalogue's taxonomy (sectors, service types, countries, regions) named in the interface's
 * language: read again when the language changes and when a sync brings a new catalogue. An
 * answer for a language the user has already left is dropped, so labels never flick back.
 */
import { useEffect, useState } from 'react';
import type { Locale, TaxonomyData } from '../../../../contract';
import { useApi } from '../../api-context';

/** Null until the first answer. */
export function useTaxonomy(locale: Locale, refreshToken: number): TaxonomyData | null {
  const api = useApi();
  const [taxonomy, setTaxonomy] = useState<TaxonomyData | null>(null);

  useEffect(() => {
    let live = true;
    void api.taxonomy({ locale }).then((answer) => {
      if (live) setTaxonomy(answer);
    });
    return () => {
      live = false;
    };
    // refreshToken: a sync changed the catalogue, and its taxonomy with it.
  }, [api, locale, refreshToken]);

  return taxonomy;
}
