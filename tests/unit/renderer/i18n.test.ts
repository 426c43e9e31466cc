import { describe, expect, it } from 'vitest';
import { cs } from '../../../renderer/src/i18n/cs';
import { de } from '../../../renderer/src/i18n/de';
import { en } from '../../../renderer/src/i18n/en';
import { hu } from '../../../renderer/src/i18n/hu';
import { it as italian } from '../../../renderer/src/i18n/it';
import { pl } from '../../../renderer/src/i18n/pl';
import { sk } from '../../../renderer/src/i18n/sk';
import { sl } from '../../../renderer/src/i18n/sl';

/** Every leaf key with its placeholders: "sync.updated" → ["added", "changed", ...]. */
function leaves(obj: object, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix === '' ? k : `${prefix}.${k}`;
    if (typeof v === 'string') {
      out.set(key, [...v.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort());
    } else {
      for (const [kk, vv] of leaves(v as object, key)) out.set(kk, vv);
    }
  }
  return out;
}

const reference = leaves(en);

describe('UI languages', () => {
  it.each([
    ['de', de],
    ['it', italian],
  ])('%s is complete, with the same placeholders as English', (_name, messages) => {
    const keys = leaves(messages);
    expect([...keys.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, placeholders] of keys) expect(placeholders, key).toEqual(reference.get(key));
  });

  it.each([
    ['sk', sk],
    ['cs', cs],
    ['hu', hu],
    ['pl', pl],
    ['sl', sl],
  ])('%s (in progress) has only known keys with the right placeholders', (_name, messages) => {
    for (const [key, placeholders] of leaves(messages)) {
      expect(reference.has(key), key).toBe(true);
      expect(placeholders, key).toEqual(reference.get(key));
    }
  });

  it('names the search box with "Search" in English', () => {
    expect(en.search.label).toMatch(/Search/);
  });
});
