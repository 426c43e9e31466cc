/**
 * One facet value: a checkbox named exactly by its label, with the count beside it. Memoised
 * on plain values and a stable `onToggle(id)`, so an answer redraws only the rows whose count
 * or state changed.
 */
import { memo, useId } from 'react';
import { formatNumber } from '../../i18n/numbers';

interface Props {
  id: string;
  label: string;
  count: number | null;
  checked: boolean;
  onToggle: (id: string) => void;
  detail?: string | undefined;
}

/**
 * Counts in the interface language (the page's `lang`, set with it), as every other number:
 * a row is redrawn on a change of language, since its label changes with it.
 */
function formatCount(count: number): string {
  return formatNumber(count, document.documentElement.lang || 'en');
}

export const FacetValueRow = memo(function FacetValueRow({
  id,
  label,
  count,
  checked,
  onToggle,
  detail,
}: Props) {
  const inputId = useId();
  return (
    <span className={`facet-value${checked ? ' checked' : ''}`}>
      <input
        id={inputId}
        type="checkbox"
        checked={checked}
        onChange={() => {
          onToggle(id);
        }}
      />
      <label htmlFor={inputId} className="facet-label">
        {label}
      </label>
      {detail !== undefined && <span className="facet-detail">{detail}</span>}
      {count !== null && <span className="facet-count">{formatCount(count)}</span>}
    </span>
  );
});
