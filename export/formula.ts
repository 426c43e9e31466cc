/**
 * Spreadsheet formula neutralising (OWASP "CSV Injection"), line by line: every line of a cell
 * — its first, and each one after a CRLF, CR or LF — whose text starts with `=`, `+`, `-`, `@`
 * or tab (or the full-width `＝＋－＠`, which Excel also accepts as formula starters in East
 * Asian input modes) gets an apostrophe in front, which spreadsheets read as "this is text".
 * A cell that starts with a line break gets one too (OWASP lists a leading carriage return).
 *
 * Why every line and not only the first: a correctly quoted multi-line cell is one cell, and
 * spreadsheets only run a formula from a cell's first character; but a reader that ends a
 * record at every line break (a line-based tool, an import that mishandles quoted line breaks —
 * as our own writer once did) turns each line into the first cell of a new row.
 *
 * A line that already starts with apostrophes followed by such a character gets one more,
 * so `restoreFormulaText` is an exact inverse and the visible text is never changed.
 * See docs/export.md for where each format applies it.
 */

const STARTER = '[=+\\-@\\t\\uFF1D\\uFF0B\\uFF0D\\uFF20]';
/** The start of a line (the cell's, or after a line break) before `'*` and a starter. */
const DANGEROUS_LINE = new RegExp(`(^|\\r\\n|\\r|\\n)(?='*${STARTER})`, 'gu');
const NEUTRALISED_LINE = new RegExp(`(^|\\r\\n|\\r|\\n)'(?='*${STARTER})`, 'gu');
const BREAK_FIRST = /^'*[\r\n]/u;
const NEUTRALISED_BREAK_FIRST = /^''*[\r\n]/u;
/** The common case, a one-line value: only its start matters (one anchored test, no copy). */
const LINE_BREAK = /[\r\n]/;
const DANGEROUS_START = new RegExp(`^'*${STARTER}`, 'u');

/** The characters that make a spreadsheet read a cell as a formula when they come first. */
export const FORMULA_STARTERS = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

export function neutraliseFormula(value: string): string {
  if (!LINE_BREAK.test(value)) return DANGEROUS_START.test(value) ? `'${value}` : value;
  const lines = value.replace(DANGEROUS_LINE, "$1'");
  return BREAK_FIRST.test(value) ? `'${lines}` : lines;
}

/** The inverse of `neutraliseFormula` (what a reader of our CSV does to get the text back). */
export function restoreFormulaText(cell: string): string {
  const lines = NEUTRALISED_BREAK_FIRST.test(cell) ? cell.slice(1) : cell;
  return lines.replace(NEUTRALISED_LINE, '$1');
}

/**
 * A phone number and nothing else: an optional leading `+`, then digits and the separators
 * people write between them. Such a value has no letters, quotes, `!`, `|` or `:`, so even a
 * spreadsheet that reads it as a formula can only do arithmetic with it: it can never call a
 * function, follow a link or reach another cell. The contact-import formats keep it as it is.
 */
const PLAIN_PHONE = /^\+?[0-9(][0-9 ()./-]{0,39}$/;

export function isPlainPhone(value: string): boolean {
  return PLAIN_PHONE.test(value);
}

/**
 * A phone cell for the contact-import formats (google, outlook): a plain phone number stays
 * exactly as written so it imports dialable; anything else is neutralised like any cell.
 */
export function neutralisePhoneForImport(value: string): string {
  return isPlainPhone(value) ? value : neutraliseFormula(value);
}
