/** The filter box above a long facet list (fuzzy, diacritic-insensitive matching is the caller's). */
import { useWords } from '../../i18n/useWords';

interface Props {
  /** The facet's title, e.g. "Region": names the box for screen readers. */
  facet: string;
  value: string;
  onChange: (value: string) => void;
}

export function FacetFilterInput({ facet, value, onChange }: Props) {
  const t = useWords();
  return (
    <input
      type="search"
      className="facet-filter"
      value={value}
      placeholder={t('facets.filterPlaceholder', { facet })}
      aria-label={t('facets.filterLabel', { facet })}
      onChange={(e) => {
        onChange(e.target.value);
      }}
    />
  );
}
