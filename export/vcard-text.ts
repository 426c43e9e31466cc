/**
 * vCard text rules shared by 3.0 (RFC 2426) and 4.0 (RFC 6350): value escaping and line
 * folding. Together they guarantee that no catalogue value can end a card or start a new
 * one: every line break in a value becomes the two characters `\n`, and every physical line
 * after the first of a property starts with a space, so no line can read `END:VCARD`.
 */

/** Physical line limit, in octets, not counting the CRLF (RFC 6350 §3.2). */
const MAX_LINE_OCTETS = 75;

/**
 * Text as a vCard can carry it: line breaks of any kind become "\n"; other control
 * characters (C0 and C1, which no contact field legitimately holds and some readers choke on) become
 * spaces. Tab is kept.
 */
export function normaliseVcardText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\t\n]/gu, ' ');
}

/** A TEXT value: `\` `,` `;` and line breaks escaped (RFC 6350 §3.4). */
const NEEDS_ESCAPE = /[\\,;\p{Cc}]/u;

export function escapeText(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value; // the common case: nothing to do
  return normaliseVcardText(value).replace(/[\\,;\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/** A structured value (N, ADR): components escaped, joined with `;`. */
export function structured(components: readonly string[]): string {
  return components.map(escapeText).join(';');
}

/** A list value (CATEGORIES): items escaped, joined with `,`. */
export function list(items: readonly string[]): string {
  return items.map(escapeText).join(',');
}

function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line into physical lines of at most 75 octets joined by CRLF + space,
 * breaking only between code points, so a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  if (line.length <= MAX_LINE_OCTETS / 3 || Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS) {
    return line;
  }
  const parts: string[] = [];
  let start = 0;
  let used = 0;
  let limit = MAX_LINE_OCTETS;
  let index = 0;
  for (const char of line) {
    const size = octets(char.codePointAt(0) ?? 0);
    if (used + size > limit) {
      parts.push(line.slice(start, index));
      start = index;
      used = 0;
      limit = MAX_LINE_OCTETS - 1; // the leading space of a continuation line counts
    }
    used += size;
    index += char.length;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}
