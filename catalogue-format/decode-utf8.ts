/**
 * Strict UTF-8 decoding of a source's bytes. A lenient decoder turns every invalid byte into
 * U+FFFD, so a file saved as Windows-1252 or Latin-2 would be imported with "Zak�ad" in its
 * names and nobody would notice until a user searched for it. Invalid bytes are refused
 * instead, with where they are: the line, the byte offset and the text just before them.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { quote } from './show-value';
import { unreadable, type Unreadable } from './validate';

export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

/**
 * The text of `bytes`, without a leading byte order mark; or, when the bytes are not UTF-8,
 * a sentence such as `line 3, byte offset 57: byte 0xE9 after "Caf" is not UTF-8`.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const buffer = asBuffer(bytes);
  const problem = utf8Problem(buffer);
  if (problem !== undefined) return { ok: false, problem };
  const text = buffer.toString('utf8');
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

/** A text source (JSON, CSV) decoded, or refused with where it is not UTF-8 and `whatToDo`. */
export function decodeSourceText(
  bytes: Uint8Array,
  whatToDo: string,
): { ok: true; text: string } | Unreadable {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return decoded;
  return unreadable(`the file is not UTF-8 text: ${decoded.problem}; ${whatToDo}`);
}

/** Why `bytes` are not UTF-8 text (where, and what), or undefined when they are. */
export function utf8Problem(bytes: Uint8Array): string | undefined {
  const buffer = asBuffer(bytes);
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
    return 'it is UTF-16 text (it starts with a UTF-16 byte order mark)';
  }
  // isUtf8 is native and fast; the slower search for the place runs only on failure.
  return isUtf8(buffer) ? undefined : describeInvalid(buffer);
}

/** A Buffer over the very memory of `bytes` (shared memory included): no copy. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidByte(bytes: Buffer): number {
  // The standard decoder replaces each ill-formed sequence with U+FFFD and decodes the rest
  // exactly, so everything before the first replacement has its true UTF-8 length. A U+FFFD
  // that the file really holds is written EF BF BD and is skipped.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let from = 0;
  let offset = 0;
  for (;;) {
    const index = text.indexOf('\uFFFD', from);
    if (index === -1) return -1;
    offset += Buffer.byteLength(text.slice(from, index), 'utf8');
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) {
      return offset;
    }
    offset += 3;
    from = index + 1;
  }
}

/** How much of the text before an invalid byte a message shows, to find it in an editor. */
const CONTEXT_CHARACTERS = 20;

function describeInvalid(bytes: Buffer): string {
  const offset = firstInvalidByte(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  // Only the bytes just before (a line may be the whole file), from a character's first byte.
  let start = Math.max(lineStart, offset - CONTEXT_CHARACTERS * 4);
  while (start < offset && ((bytes[start] ?? 0) & 0xc0) === 0x80) start++;
  // The last characters; a cut pair (emoji) loses its stray half rather than show it.
  const before = bytes
    .toString('utf8', start, offset)
    .slice(-CONTEXT_CHARACTERS)
    .replace(/^[\udc00-\udfff]/, '');
  const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  const after = before.trim() === '' ? '' : ` after ${quote(before)}`;
  return `line ${line}, byte offset ${offset}: byte 0x${hex}${after} is not UTF-8`;
}
