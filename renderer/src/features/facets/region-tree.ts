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

/**
 * The tree with, at every level, the nodes that are checked or hold a checked region moved
 * before the others (each group keeping its order): what the user chose stays at the top.
 */
export function checkedFirst(roots: RegionNode[], checked: ReadonlySet<string>): RegionNode[] {
  if (checked.size === 0) return roots;
  const holds = new Map<RegionNode, boolean>();
  const visit = (node: RegionNode): boolean => {
    let found = checked.has(node.value.id);
    for (const child of node.children) found = visit(child) || found;
    holds.set(node, found);
    return found;
  };
  roots.forEach(visit);
  const order = (nodes: RegionNode[]): RegionNode[] => {
    const sorted = [
      ...nodes.filter((n) => holds.get(n) === true),
      ...nodes.filter((n) => holds.get(n) !== true),
    ];
    for (const node of sorted) node.children = order(node.children);
    return sorted;
  };
  return order(roots);
}
