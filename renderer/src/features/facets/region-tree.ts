/**
 * Builds the country → NUTS 1 → 2 → 3 tree from the region facet's flat values (each names its
 * parent). A value whose parent is not among the values becomes a root, so the tree never loses
 * a counted region.
 */
import type { FacetValue } from '../../../../contract';

export interface RegionNode {
  value: FacetValue;
  children: RegionNode[];
}

export function buildRegionTree(values: readonly FacetValue[]): RegionNode[] {
  const nodes = new Map<string, RegionNode>();
  for (const value of values) nodes.set(value.id, { value, children: [] });
  const roots: RegionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.value.parent == null ? undefined : nodes.get(node.value.parent);
    if (parent === undefined) roots.push(node);
    else parent.children.push(node);
  }
  return roots;
}

/** The names from the root down to `id`'s parent ("Slovensko › Západné Slovensko"). */
export function regionPath(byId: ReadonlyMap<string, FacetValue>, id: string): string[] {
  const path: string[] = [];
  let parent = byId.get(id)?.parent ?? null;
  for (let guard = 0; parent !== null && guard < 6; guard++) {
    const v = byId.get(parent);
    if (v === undefined) break;
    path.unshift(v.label);
    parent = v.parent ?? null;
  }
  return path;
}
