// @vitest-environment jsdom
/**
 * Search as you type: one request at a time, keys typed meanwhile coalesced into the newest
 * text, answers shown in the order asked (never an older one after a newer one), `pending`
 * until the newest text's own answer is on screen.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueClient, SearchQuery, SearchResult } from '../../../../../contract';
import { ApiProvider } from '../../../../../renderer/src/api-context';
import { useSearch, type SearchView } from '../../../../../renderer/src/features/search/useSearch';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Call {
  query: SearchQuery;
  answer: (total: number) => void;
}

let calls: Call[];
let views: SearchView[];
let root: Root;

function result(total: number): SearchResult {
  return {
    total,
    results: [],
    facets: { sector: [], region: [], service_type: [], kind: [], country: [] },
  };
}

const client = {
  search: (query: SearchQuery) =>
    new Promise<SearchResult>((resolve) => {
      calls.push({
        query,
        answer: (total) => {
          resolve(result(total));
        },
      });
    }),
} as Partial<CatalogueClient> as CatalogueClient;

function Probe({ text }: { text: string }) {
  views.push(useSearch({ text }));
  return null;
}

async function type(text: string): Promise<void> {
  await act(async () => {
    root.render(
      <ApiProvider client={client}>
        <Probe text={text} />
      </ApiProvider>,
    );
    await Promise.resolve();
  });
}

async function answer(i: number, total: number): Promise<void> {
  await act(async () => {
    calls[i]?.answer(total);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const shown = () => views.at(-1)?.shown?.text;
const pending = () => views.at(-1)?.pending;

beforeEach(() => {
  calls = [];
  views = [];
  root = createRoot(document.createElement('div'));
});
afterEach(() => {
  act(() => {
    root.unmount();
  });
});

describe('search as you type', () => {
  it('asks once at a time and sends only the newest text next', async () => {
    await type('m');
    await type('me');
    await type('mec');
    expect(calls.map((c) => c.query.text)).toEqual(['m']);
    expect(pending()).toBe(true);

    await answer(0, 900);
    // The answer for "m" is shown as it arrives; "me" is skipped, "mec" asked at once.
    expect(calls.map((c) => c.query.text)).toEqual(['m', 'mec']);
    expect(shown()).toBe('m');
    expect(pending()).toBe(true);

    await answer(1, 12);
    expect(shown()).toBe('mec');
    expect(views.at(-1)?.total).toBe(12);
    expect(pending()).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it('never shows an older text after a newer one', async () => {
    await type('k');
    await answer(0, 500);
    await type('ko');
    await type('kos');
    await answer(1, 40);
    await answer(2, 7);
    const texts = views.map((v) => v.shown?.text).filter((t) => t !== undefined);
    const order = texts.filter((t, i) => i === 0 || t !== texts[i - 1]);
    expect(order).toEqual(['k', 'ko', 'kos']);
    expect(calls.map((c) => c.query.text)).toEqual(['k', 'ko', 'kos']);
  });
});
