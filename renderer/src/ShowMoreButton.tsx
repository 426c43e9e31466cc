/**
 * "Show all N" / "Show fewer" under a list folded after its first values (a facet's values, a
 * cluster's members): one wording and one aria-expanded wherever a list folds.
 */
import { useWords } from './i18n/useWords';

interface Props {
  expanded: boolean;
  /** How many values the whole list has. */
  count: number;
  onToggle: (expanded: boolean) => void;
  className?: string;
}

export function ShowMoreButton({ expanded, count, onToggle, className }: Props) {
  const t = useWords();
  return (
    <button
      type="button"
      className={className === undefined ? 'link-button' : `link-button ${className}`}
      aria-expanded={expanded}
      onClick={() => {
        onToggle(!expanded);
      }}
    >
      {expanded ? t('facets.showLess') : t('facets.showMore', { count })}
    </button>
  );
}
