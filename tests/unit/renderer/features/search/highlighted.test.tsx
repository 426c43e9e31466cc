import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  Highlighted,
  prefixRanges,
  splitHighlights,
} from '../../../../../renderer/src/features/search/Highlighted';

describe('highlighted matches', () => {
  it('marks the given ranges and keeps the rest as text', () => {
    expect(splitHighlights('Town of Piešťany', [[8, 16]])).toEqual([
      { text: 'Town of ', marked: false },
      { text: 'Piešťany', marked: true },
    ]);
  });

  it('survives unsorted, overlapping and out-of-range ranges', () => {
    const parts = splitHighlights('abcdef', [
      [4, 99],
      [0, 2],
      [1, 3],
      [-5, 0],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('abcdef');
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['ab', 'c', 'ef']);
  });

  it('renders markup in catalogue text as text, never as HTML', () => {
    const html = renderToStaticMarkup(
      <Highlighted text={'<img src=x onerror=alert(1)> Cluster'} ranges={[[29, 36]]} />,
    );
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>Cluster</mark>');
  });

  it('finds word prefixes of the query without diacritics, in original offsets', () => {
    const name = 'Regional Development Agency of Piešťany';
    const ranges = prefixRanges(name, 'piest agen');
    expect(ranges.map(([s, e]) => name.slice(s, e))).toEqual(['Agen', 'Piešť']);
    expect(prefixRanges('Łódź Cluster', 'lodz')).toEqual([]); // ł is not a combining mark
    expect(prefixRanges('anything', '  ')).toEqual([]);
  });
});
