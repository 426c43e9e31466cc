/**
 * Shows a snippet with its matched words marked. The snippet is catalogue text: it is cut into
 * plain strings and <mark> elements, never parsed as HTML, whatever it contains.
 */
import type { ReactNode } from 'react';

export type Range = readonly [number, number];

/** Splits `text` at the (possibly unsorted, overlapping, out-of-range) ranges. */
export function splitHighlights(
  text: string,
  ranges: readonly Range[],
): { text: string; marked: boolean }[] {
  const sorted = ranges
    .map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push({ text: text.slice(at, from), marked: false });
    parts.push({ text: text.slice(from, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  const nodes: ReactNode[] = splitHighlights(text, ranges).map((part, i) =>
    part.marked ? <mark key={i}>{part.text}</mark> : part.text,
  );
  return <>{nodes}</>;
}

/**
 * One character lower-cased and without its accents. Cached: names repeat the same few hundred
 * characters, and every result row folds its name on each answer.
 */
const foldedChars = new Map<string, string>();
function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = ch.toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    if (foldedChars.size < 4096) foldedChars.set(ch, folded);
  }
  return folded;
}

/** Marks where the words of `query` start words of `text` (for names, which have no ranges). */
export function prefixRanges(text: string, query: string): Range[] {
  const words = query
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  if (words.length === 0) return [];
  // Fold the text one character at a time, remembering where each folded unit came from.
  const map: number[] = [];
  let plain = '';
  let original = 0;
  for (const ch of text) {
    const folded = foldChar(ch);
    plain += folded;
    for (let units = folded.length; units > 0; units--) map.push(original);
    original += ch.length;
  }
  map.push(text.length);
  const ranges: Range[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(plain); m !== null; m = re.exec(plain)) {
    const word = m[0];
    const hit = words.find((w) => word.startsWith(w));
    if (hit !== undefined) {
      const start = map[m.index] ?? 0;
      const end = map[m.index + hit.length] ?? text.length;
      ranges.push([start, end]);
    }
  }
  return ranges;
}
