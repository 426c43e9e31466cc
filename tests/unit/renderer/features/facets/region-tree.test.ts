import { describe, expect, it } from 'vitest';
import {
  buildRegionTree,
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
});
