import { describe, expect, it } from 'vitest';
import {
  buildRegionTree,
  checkedFirst,
  regionPath,
} from '../../../../../renderer/src/features/facets/region-tree';
import { REGIONS as regions } from './regions';

describe('region tree', () => {
  it('nests regions under their parents; an orphan becomes a root', () => {
    const roots = buildRegionTree(regions);
    expect(roots.map((r) => r.value.id)).toEqual(['SK', 'AT31']);
    expect(roots[0]?.children[0]?.children[0]?.children[0]?.value.id).toBe('SK021');
  });

  it('names a region path from the country down', () => {
    const byId = new Map(regions.map((r) => [r.id, r]));
    expect(regionPath(byId, 'SK021')).toEqual(['Slovensko', 'Slovensko', 'Západné Slovensko']);
  });

  it('moves checked regions and the branches holding them to the top, at every level', () => {
    const values = [
      ...regions,
      { id: 'AT', label: 'Austria', count: 2, parent: null, level: 0 },
      { id: 'SK01', label: 'Bratislavský kraj', count: 1, parent: 'SK0', level: 2 },
    ];
    const roots = checkedFirst(buildRegionTree(values), new Set(['SK01']));
    expect(roots.map((r) => r.value.id)).toEqual(['SK', 'AT31', 'AT']);
    expect(roots[0]?.children[0]?.children.map((c) => c.value.id)).toEqual(['SK01', 'SK02']);
    const unchanged = checkedFirst(buildRegionTree(values), new Set());
    expect(unchanged.map((r) => r.value.id)).toEqual(['SK', 'AT31', 'AT']);
    const austria = checkedFirst(buildRegionTree(values), new Set(['AT']));
    expect(austria.map((r) => r.value.id)).toEqual(['AT', 'SK', 'AT31']);
  });
});
