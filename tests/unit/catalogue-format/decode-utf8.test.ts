import { Buffer, isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidByte } from '../../../catalogue-format/decode-utf8';

/**
 * The definition, by brute force: UTF-8 decodes from the start one way only, so the first
 * invalid byte is where the longest valid prefix ends.
 */
function longestValidPrefix(bytes: Buffer): number {
  for (let k = bytes.length; k > 0; k--) if (isUtf8(bytes.subarray(0, k))) return k;
  return 0;
}

/** Bytes that are mostly UTF-8, with the ways real files break it. */
const bytesLikeAFile = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 4 }).map((s) => [...Buffer.from(s, 'utf8')]),
      fc.constantFrom([0xef, 0xbf, 0xbd], [0xef, 0xbb, 0xbf], [0x0a], [0xc3], [0xe2, 0x82]),
      fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 3 }),
      fc.constantFrom([0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0xe9]),
    ),
    { maxLength: 12 },
  )
  .map((parts) => Buffer.from(parts.flat()));

describe('strict UTF-8 decoding', () => {
  it('finds the first invalid byte exactly where the valid prefix ends', () => {
    fc.assert(
      fc.property(bytesLikeAFile, (bytes) => {
        const expected = isUtf8(bytes) ? -1 : longestValidPrefix(bytes);
        expect(firstInvalidByte(bytes)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes valid text, dropping a byte order mark but keeping a real U+FFFD', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFŁódź \uFFFD', 'utf8'))).toEqual({
      ok: true,
      text: 'Łódź \uFFFD',
    });
  });

  it('names the line, the byte offset, the byte and the text before it', () => {
    // "Zakład" saved as Windows-1250: ł is the single byte 0xB3.
    const bytes = Buffer.concat([
      Buffer.from('{\n  "name": "Łódź",\n  "city": "Zak', 'utf8'),
      Buffer.from([0xb3]),
      Buffer.from('ad"\n}', 'utf8'),
    ]);
    expect(decodeUtf8(bytes)).toEqual({
      ok: false,
      problem: 'line 3, byte offset 37: byte 0xB3 after "  \\"city\\": \\"Zak" is not UTF-8',
    });
    expect(decodeUtf8(Buffer.from([0xe9, 0x41]))).toEqual({
      ok: false,
      problem: 'line 1, byte offset 0: byte 0xE9 is not UTF-8',
    });
  });

  it('says a UTF-16 file is UTF-16', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFid,kind', 'utf16le'))).toEqual({
      ok: false,
      problem: 'it is UTF-16 text (it starts with a UTF-16 byte order mark)',
    });
  });
});
