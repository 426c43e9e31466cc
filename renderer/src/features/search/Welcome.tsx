/**
 * The first screen: two lines on what the network and this app are, the sectors and countries
 * of the catalogue at a glance (each a filter, with its count) and one search to try, taken
 * from the catalogue itself. Shown above the results of an empty search until the user hides
 * it (remembered on this computer).
 */
import { memo } from 'react';
import type { FacetValue } from '../../../../contract';
import { useWords } from '../../i18n/useWords';
import type { FacetName } from './search-state';

/** Countries shown at a glance; a directory of a whole continent lists the largest. */
const COUNTRIES_SHOWN = 10;

interface Props {
  sectors: readonly FacetValue[];
  countries: readonly FacetValue[];
  labelOf: (facet: FacetName, id: string) => string;
  /** A search to try, or null when the catalogue offers none. */
  example: string | null;
  onFilter: (facet: FacetName, id: string) => void;
  onExample: (text: string) => void;
  onDismiss: () => void;
}

export const Welcome = memo(function Welcome(props: Props) {
  const { sectors, countries, labelOf, example, onFilter, onExample, onDismiss } = props;
  const t = useWords();
  const largest = [...countries].sort((a, b) => b.count - a.count).slice(0, COUNTRIES_SHOWN);
  const chips = (facet: FacetName, values: readonly FacetValue[]) => (
    <ul className="glance-list">
      {values.map((v) => (
        <li key={v.id}>
          <button
            type="button"
            className="glance-chip"
            onClick={() => {
              onFilter(facet, v.id);
            }}
          >
            {t('welcome.chip', { label: labelOf(facet, v.id), count: v.count })}
          </button>
        </li>
      ))}
    </ul>
  );
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <div className="welcome-head">
        <h2 id="welcome-title">{t('welcome.title')}</h2>
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('welcome.dismiss')}
        </button>
      </div>
      <p>{t('welcome.network')}</p>
      <p>{t('welcome.app')}</p>
      {sectors.length > 0 && (
        <div className="glance">
          <h3>{t('welcome.sectors')}</h3>
          {chips('sector', sectors)}
        </div>
      )}
      {largest.length > 0 && (
        <div className="glance">
          <h3>{t('welcome.countries')}</h3>
          {chips('country', largest)}
        </div>
      )}
      {example !== null && (
        <p className="welcome-example">
          {t('welcome.try')}{' '}
          <button
            type="button"
            className="link-button example-search"
            onClick={() => {
              onExample(example);
            }}
          >
            {example}
          </button>
        </p>
      )}
    </section>
  );
});

/**
 * A search showing what the engine does, from the results on screen: a place written with
 * letters beyond ASCII, typed without them ("piestany" for Piešťany); otherwise the first
 * place; null when no result has one.
 */
export function exampleSearch(places: readonly (string | null)[]): string | null {
  const known = places.filter((p): p is string => p !== null && p.trim() !== '');
  for (const place of known) {
    const plain = place.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (plain !== place.toLowerCase() && /^[a-z -]+$/.test(plain)) return plain;
  }
  return known[0]?.toLowerCase() ?? null;
}
