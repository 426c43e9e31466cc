/**
 * What characters a text field may hold. Every value of the catalogue ends up in places that
 * give control characters a meaning: a CSV or vCard line, a spreadsheet cell, a terminal, a
 * search index, a QR code. So:
 * - a single-line field (id, name, e-mail, phone, city, ...) holds no control character and
 *   no line break of any kind;
 * - a multi-line field (address, description) holds line breaks, stored as `\n` whatever the
 *   source wrote (`\r\n`, `\r`, U+2028, U+2029), and no other control character.
 * The schema (schema.ts) applies these rules to every record, so they hold for a source file
 * and for a signed feed payload alike.
 */

/** Unicode's control characters (general category Cc: C0, DEL, C1) other than `\n`. */
const CONTROL_BUT_LF = /(?!\n)\p{Cc}/u;
/** Cc, plus the Unicode line and paragraph separators, which break a line as `\n` does. */
const NOT_SINGLE_LINE = /[\p{Cc}\u2028\u2029]/u;
const LINE_BREAKS = /\r\n|[\r\u2028\u2029]/g;

const LINE_BREAK_CHARS = new Set(['\n', '\r', '\u2028', '\u2029']);

function codePoint(ch: string): string {
  return `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a single-line value is refused, or undefined when it is fine. */
export function singleLineProblem(value: string): string | undefined {
  const found = NOT_SINGLE_LINE.exec(value)?.[0];
  if (found === undefined) return undefined;
  if (LINE_BREAK_CHARS.has(found)) {
    return 'contains a line break: this field is one line of text (only address and description may have several lines)';
  }
  return controlProblem(found);
}

/** Why a multi-line value (already through normaliseLineBreaks) is refused, if it is. */
export function multiLineProblem(value: string): string | undefined {
  const found = CONTROL_BUT_LF.exec(value)?.[0];
  return found === undefined ? undefined : controlProblem(found);
}

function controlProblem(ch: string): string {
  if (ch === '\t') return 'contains a tab (U+0009): replace it with a space';
  return `contains the control character ${codePoint(ch)}: remove it`;
}

/** Every kind of line break as `\n`, the one the catalogue stores. */
export function normaliseLineBreaks(value: string): string {
  return value.replace(LINE_BREAKS, '\n');
}
