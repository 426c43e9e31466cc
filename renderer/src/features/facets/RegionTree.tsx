/**
 * The region facet as an expandable tree (country → NUTS 1 → 2 → 3), the checked branches
 * first; hidden when no organisation has a region. Selecting a parent includes its children
 * (the search engine expands it). About 1,900 regions: with text in the
 * filter box the tree becomes a flat fuzzy-matched list showing each region's path.
 */
import { useMemo, useState } from 'react';
import { useWords } from '../../i18n/useWords';
import { FacetFilterInput } from './FacetFilterInput';
import type { FacetProps } from './FacetGroup';
import { FacetValueRow } from './FacetValueRow';
import { createFuzzyFilter } from './fuzzy-filter';
import { buildRegionTree, checkedFirst, regionPath, type RegionNode } from './region-tree';

export function RegionTree({ title, values, selected, labelOf, onToggle }: FacetProps) {
  const t = useWords();
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const selectedKey = selected.join('\u0000');
  // Checked regions and the branches holding them come first, at every level.
  const roots = useMemo(
    () => checkedFirst(buildRegionTree(values), new Set(selectedKey.split('\u0000'))),
    [values, selectedKey],
  );
  const byId = useMemo(() => new Map(values.map((v) => [v.id, v])), [values]);
  const fuzzy = useMemo(
    () => (filter.trim() === '' ? null : createFuzzyFilter(values)),
    [values, filter],
  );
  const selectedSet = new Set(selected);
  const missing = selected.filter((id) => !values.some((v) => v.id === id));

  function toggleOpen(id: string) {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  }

  function renderNode(node: RegionNode) {
    const { id, label, count } = node.value;
    const isOpen = open.has(id);
    return (
      <li key={id} className="tree-item">
        <span className="tree-row">
          {node.children.length > 0 ? (
            <button
              type="button"
              className="tree-toggle"
              aria-expanded={isOpen}
              aria-label={
                isOpen ? t('facets.collapse', { name: label }) : t('facets.expand', { name: label })
              }
              onClick={() => {
                toggleOpen(id);
              }}
            >
              <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
            </button>
          ) : (
            <span className="tree-spacer" />
          )}
          <FacetValueRow
            id={id}
            label={label}
            count={count}
            checked={selectedSet.has(id)}
            onToggle={onToggle}
          />
        </span>
        {isOpen && node.children.length > 0 && (
          <ul className="tree-children">{node.children.map(renderNode)}</ul>
        )}
      </li>
    );
  }

  if (values.length === 0 && missing.length === 0) return null;

  return (
    <fieldset className="facet-group">
      <legend>{title}</legend>
      {values.length > 0 && <FacetFilterInput facet={title} value={filter} onChange={setFilter} />}
      <ul className="facet-values tree">
        {missing.map((id) => (
          <li key={id}>
            <FacetValueRow id={id} label={labelOf(id)} count={0} checked onToggle={onToggle} />
          </li>
        ))}
        {fuzzy === null
          ? roots.map(renderNode)
          : fuzzy(filter).map((v) => (
              <li key={v.id}>
                <FacetValueRow
                  id={v.id}
                  label={v.label}
                  detail={regionPath(byId, v.id).join(' › ')}
                  count={v.count}
                  checked={selectedSet.has(v.id)}
                  onToggle={onToggle}
                />
              </li>
            ))}
      </ul>
    </fieldset>
  );
}
