/** What the UI bench measures inside the page: keystroke to painted results, and the API floor. */
import type { Page } from '@playwright/test';

/*
 * The code that runs in the page is plain JavaScript text: tsx compiles this file with esbuild's
 * keepNames, whose `__name()` helper does not exist in the page, so functions cannot be passed.
 */

/**
 * In the page: types `text` one key every `gap` ms. Per key, ms until results for its text (or a
 * later key's) are painted — the results section's data-query names the text its rows answer —
 * and, stricter, until they are painted with no newer query pending (data-pending="false").
 */
const TYPE_AND_TIME = `async ({ text, gap }) => {
  const input = document.querySelector('#search-input');
  const section = document.querySelector('section.results');
  if (input === null || section === null) throw new Error('ui bench: the search page is not shown');
  // React tracks the value through the native setter; typing goes through it, like a user.
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const setValue = (value) => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const sleep = (t) => new Promise((r) => setTimeout(r, t));
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  setValue('');
  while (section.dataset.query !== '' || section.dataset.pending !== 'false') await sleep(5);
  const prefixes = Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));
  const typedAt = [];
  const shownAt = [];
  const settledAt = [];
  const observer = new MutationObserver(() => {
    const shown = prefixes.map((p) => p.trim()).lastIndexOf(section.dataset.query);
    const settled = section.dataset.pending === 'false';
    // Painted in the next frame: every key up to the shown text is answered then.
    void frame().then(() => {
      const now = performance.now();
      for (let k = 0; k <= shown && k < typedAt.length; k++) {
        shownAt[k] ??= now;
        if (settled) settledAt[k] ??= now;
      }
    });
  });
  observer.observe(section, { attributes: true, attributeFilter: ['data-query', 'data-pending'] });
  for (const prefix of prefixes) {
    typedAt.push(performance.now());
    setValue(prefix);
    await sleep(gap);
  }
  const deadline = performance.now() + 10000;
  while (settledAt.filter((t) => t !== undefined).length < typedAt.length && performance.now() < deadline) {
    await sleep(5);
  }
  observer.disconnect();
  const since = (at) => typedAt.map((t, i) => (at[i] === undefined ? NaN : at[i] - t));
  return { shown: since(shownAt), settled: since(settledAt) };
}`;

/** In the page: the search API call alone (same transport, same arguments as the UI). */
const API_FLOOR = `async (texts) => {
  const times = [];
  for (const text of texts) {
    const start = performance.now();
    const response = await fetch('api/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, sort: 'relevance', locale: 'en', limit: 100, offset: 0 }),
    });
    await response.json();
    times.push(performance.now() - start);
  }
  return times;
}`;

interface KeyTimes {
  shown: number[];
  settled: number[];
}

export async function typeAndTime(page: Page, text: string, gap: number): Promise<KeyTimes> {
  return page.evaluate<KeyTimes>(`(${TYPE_AND_TIME})(${JSON.stringify({ text, gap })})`);
}

export async function apiFloor(page: Page, texts: readonly string[]): Promise<number[]> {
  return page.evaluate<number[]>(`(${API_FLOOR})(${JSON.stringify(texts)})`);
}
