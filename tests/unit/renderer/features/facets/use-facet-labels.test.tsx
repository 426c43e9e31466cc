// @vitest-environment jsdom
/** Facet values are named by the taxonomy, kinds by the interface; an unknown id by itself. */
import { describe, expect, it } from 'vitest';
import type { TaxonomyData } from '../../../../../contract';
import { useFacetLabels } from '../../../../../renderer/src/features/facets/useFacetLabels';
import type { Words } from '../../../../../renderer/src/i18n/useWords';
import { fakeClient, renderHook } from '../../harness';

const TAXONOMY: TaxonomyData = {
  sectors: [{ id: 'food', label: 'Lebensmittel' }],
  serviceTypes: [{ id: 'b2b', label: 'Kooperationsbörse' }],
  kinds: [],
  countries: [{ code: 'SK', label: 'Slowakei' }],
  regions: [{ code: 'SK021', name: 'Trnavský kraj', level: 3, parent: 'SK02', country: 'SK' }],
};
const t: Words = (key) => `«${key}»`;

describe('useFacetLabels', () => {
  it('names each facet from its own source', () => {
    const { client } = fakeClient({});
    const probe = renderHook(
      client,
      (taxonomy: TaxonomyData | null) => useFacetLabels(taxonomy, t),
      null,
    );
    expect(probe.current()('sector', 'food')).toBe('food');
    expect(probe.current()('kind', 'agency')).toBe('«kinds.agency»');

    probe.rerender(TAXONOMY);
    const labelOf = probe.current();
    expect(labelOf('sector', 'food')).toBe('Lebensmittel');
    expect(labelOf('service_type', 'b2b')).toBe('Kooperationsbörse');
    expect(labelOf('country', 'SK')).toBe('Slowakei');
    expect(labelOf('region', 'SK021')).toBe('Trnavský kraj');
    expect(labelOf('kind', 'cluster')).toBe('«kinds.cluster»');
    expect(labelOf('region', 'XX999')).toBe('XX999');
    // The same function while neither the taxonomy nor the language changes.
    probe.rerender(TAXONOMY);
    expect(probe.current()).toBe(labelOf);
    probe.unmount();
  });
});
