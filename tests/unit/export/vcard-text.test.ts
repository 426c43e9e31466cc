import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, normaliseVcardText } from '../../../export/vcard-text';
import { readVcards, text } from './vcard-reader';

function card(value: string): Buffer {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(value)}`, 'END:VCARD'];
  return Buffer.from(lines.map(foldLine).join('\r\n') + '\r\n', 'utf8');
}

/** Text without lone surrogates (which UTF-8 cannot carry), any code point otherwise. */
const anyText = fc.string({ unit: 'binary', maxLength: 300 });
const tricky = fc
  .array(
    fc.constantFrom(
      '\\',
      ',',
      ';',
      '\n',
      '\r\n',
      '\r',
      'END:VCARD',
      'BEGIN:VCARD',
      'ő',
      'ł',
      '😀',
      ':',
      ' ',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('vCard escaping and folding', () => {
  it('folds at 75 octets without splitting a character', () => {
    const value = 'ő'.repeat(100) + '😀'.repeat(30);
    const folded = foldLine(`NOTE:${value}`);
    for (const line of folded.split('\r\n')) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`NOTE:${value}`);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('FN:Łukasz')).toBe('FN:Łukasz');
  });

  it('round-trips any text through escape, fold, a strict reader, unfold and unescape', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, tricky), (value) => {
        const cards = readVcards(card(value));
        expect(cards).toHaveLength(1);
        expect(text(cards[0] ?? [], 'FN')).toBe(normaliseVcardText(value));
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a value start a physical line with a property of its own', () => {
    fc.assert(
      fc.property(tricky, (value) => {
        const lines = card(value).toString('utf8').split('\r\n');
        const starts = lines.filter((l) => l !== '' && !l.startsWith(' '));
        expect(starts.map((l) => l.slice(0, l.indexOf(':')))).toEqual([
          'BEGIN',
          'VERSION',
          'FN',
          'END',
        ]);
      }),
    );
  });
});
