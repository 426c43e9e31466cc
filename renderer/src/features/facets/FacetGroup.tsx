/**
 * A flat facet (sector, service type, kind, country): values with counts, the checked ones first
 * and always visible, the rest folded after a few; long lists get a fuzzy filter box. A facet
 * with no values is not shown.
 */
import { useMemo, useState } from 'react';
import type { FacetValue } from '../../../../contract';
import { ShowMoreButton } from '../../ShowMoreButton';
import { FacetFilterInput } from './FacetFilterInput';
import { FacetValueRow } from './FacetValueRow';
import { createFuzzyFilter } from './fuzzy-filter';

const FOLDED = 8;
const FILTER_FROM = 12;

/** What the filter panel gives every facet; the region tree takes the same. */
export interface FacetProps {
  title: string;
  values: readonly FacetValue[];
  selected: readonly string[];
  labelOf: (id: string) => string;
  onToggle: (id: string) => void;
}

export function FacetGroup({ title, values, selected, labelOf, onToggle }: FacetProps) {
  const [expanded, setExpanded] = useState(false);
  const [filter, setFilter] = useState('');
  const fuzzy = useMemo(
    () => (filter.trim() === '' ? null : createFuzzyFilter(values)),
    // The index is rebuilt only while the user filters.
    [values, filter],
  );
  const selectedSet = new Set(selected);
  // Selected values stay listed even when the other filters leave them without matches.
  const missing = selected
    .filter((id) => !values.some((v) => v.id === id))
    .map((id) => ({ id, label: labelOf(id), count: 0 }));
  // Checked values first, each group in the answer's order, so what is chosen stays in view.
  const ordered =
    selectedSet.size === 0
      ? values
      : [
          ...values.filter((v) => selectedSet.has(v.id)),
          ...values.filter((v) => !selectedSet.has(v.id)),
        ];
  let shown: readonly FacetValue[] = fuzzy === null ? ordered : fuzzy(filter);
  const foldable = fuzzy === null && shown.length > FOLDED + 2;
  if (foldable && !expanded) {
    shown = shown.filter((v, i) => i < FOLDED || selectedSet.has(v.id));
  }

  // A facet the catalogue has no values for (no service types in a directory of universities)
  // is not offered at all.
  if (values.length === 0 && missing.length === 0) return null;

  return (
    <fieldset className="facet-group">
      <legend>{title}</legend>
      {values.length >= FILTER_FROM && (
        <FacetFilterInput facet={title} value={filter} onChange={setFilter} />
      )}
      <ul className="facet-values">
        {[...missing, ...shown].map((v) => (
          <li key={v.id}>
            <FacetValueRow
              id={v.id}
              label={v.label}
              count={v.count}
              checked={selectedSet.has(v.id)}
              onToggle={onToggle}
            />
          </li>
        ))}
      </ul>
      {foldable && (
        <ShowMoreButton
          className="facet-more"
          expanded={expanded}
          count={values.length}
          onToggle={setExpanded}
        />
      )}
    </fieldset>
  );
}
