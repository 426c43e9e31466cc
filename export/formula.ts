/**
 * Spreadsheet formula neutralising (OWASP "CSV Injection"): a cell whose text starts with
 * `=`, `+`, `-`, `@`, tab or carriage return (or line feed, or the full-width forms
 * `＝＋－＠`, which Excel also accepts as formula starters in East Asian input modes) is
 * prefixed with an apostrophe, which spreadsheets read as "this is text".
 *
 * A value that already starts with apostrophes followed by such a character gets one more,
 * so `restoreFormulaText` is an exact inverse and the visible text is never changed.
 * See docs/export.md for where each format applies it.
 */

const DANGEROUS_START = /^'*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/u;
const NEUTRALISED = /^''*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** The characters that make a spreadsheet read a cell as a formula when they come first. */
export const FORMULA_STARTERS = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

export function neutraliseFormula(value: string): string {
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}

/** The inverse of `neutraliseFormula` (what a reader of our CSV does to get the text back). */
export function restoreFormulaText(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
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
