import { describe, expect, it } from 'vitest';
import {
  buildRegionTree,
  regionPath,
} from '../../../../../renderer/src/features/facets/region-tree';

const regions = [
  { id: 'SK', label: 'Slovensko', count: 3, parent: null, level: 0 },
  { id: 'SK0', label: 'Slovensko', count: 3, parent: 'SK', level: 1 },
  { id: 'SK02', label: 'Západné Slovensko', count: 3, parent: 'SK0', level: 2 },
  { id: 'SK021', label: 'Trnavský kraj', count: 3, parent: 'SK02', level: 3 },
  { id: 'AT31', label: 'Oberösterreich', count: 2, parent: 'AT3', level: 2 },
];

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
});
