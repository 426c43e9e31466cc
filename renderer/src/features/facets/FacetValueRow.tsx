/** One facet value: a checkbox named exactly by its label, with the count beside it. */
import { useId } from 'react';

interface Props {
  label: string;
  count: number | null;
  checked: boolean;
  onToggle: () => void;
  detail?: string | undefined;
}

export function FacetValueRow({ label, count, checked, onToggle, detail }: Props) {
  const id = useId();
  return (
    <span className={`facet-value${checked ? ' checked' : ''}`}>
      <input id={id} type="checkbox" checked={checked} onChange={onToggle} />
      <label htmlFor={id} className="facet-label">
        {label}
      </label>
      {detail !== undefined && <span className="facet-detail">{detail}</span>}
      {count !== null && <span className="facet-count">{count.toLocaleString()}</span>}
    </span>
  );
}
