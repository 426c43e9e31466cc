// @vitest-environment jsdom
/**
 * The taxonomy follows the interface's language and a new catalogue; an answer for a language
 * already left is never shown, even when it arrives last.
 */
import { describe, expect, it } from 'vitest';
import type { Locale, TaxonomyData } from '../../../../../contract';
import { useTaxonomy } from '../../../../../renderer/src/features/facets/useTaxonomy';
import { deferred, fakeClient, renderHook, settle, type Deferred } from '../../harness';

function taxonomyIn(locale: string): TaxonomyData {
  return {
    sectors: [{ id: 'food', label: `food (${locale})` }],
    serviceTypes: [],
    kinds: [],
    countries: [],
    regions: [],
  };
}

describe('useTaxonomy', () => {
  it('shows the newest language’s answer, and asks again for a new catalogue', async () => {
    const asked: { locale: Locale | undefined; answer: Deferred<TaxonomyData> }[] = [];
    const { client } = fakeClient({
      taxonomy: (args) => {
        const answer = deferred<TaxonomyData>();
        asked.push({ locale: args?.locale, answer });
        return answer.promise;
      },
    });
    const probe = renderHook(
      client,
      ({ locale, token }: { locale: Locale; token: number }) => useTaxonomy(locale, token),
      { locale: 'en', token: 0 },
    );
    probe.rerender({ locale: 'de', token: 0 });
    expect(asked.map((a) => a.locale)).toEqual(['en', 'de']);

    asked[1]?.answer.resolve(taxonomyIn('de'));
    await settle();
    asked[0]?.answer.resolve(taxonomyIn('en'));
    await settle();
    expect(probe.current()?.sectors[0]?.label).toBe('food (de)');

    probe.rerender({ locale: 'de', token: 1 });
    expect(asked.map((a) => a.locale)).toEqual(['en', 'de', 'de']);
    asked[2]?.answer.resolve({ ...taxonomyIn('de'), sectors: [] });
    await settle();
    expect(probe.current()?.sectors).toEqual([]);
    probe.unmount();
  });
});
