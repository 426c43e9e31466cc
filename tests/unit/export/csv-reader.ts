/**
 * A strict RFC 4180 reader for the tests: the oracle the CSV exports are read back with. It
 * shares no code with the writer (csv-stringify) and forgives nothing a spreadsheet or a
 * contact importer could read differently:
 *
 * - records end with CRLF only; a bare CR or LF outside quotes is an error (Python's `csv`,
 *   LibreOffice and Google Contacts end a record there, so the row would break);
 * - a quote inside an unquoted field, anything but a separator or CRLF after a closing
 *   quote, and a quoted field that never closes are errors;
 * - inside quotes, only a doubled quote stands for a quote.
 *
 * RFC 4180 lets the last record go without CRLF; the tests check the file's ending apart.
 */

export class CsvSyntaxError extends Error {}

function fail(text: string, at: number, problem: string): never {
  const record = text.slice(0, at).split('\r\n').length;
  const context = JSON.stringify(text.slice(Math.max(0, at - 20), at + 20));
  throw new CsvSyntaxError(`${problem} at offset ${at} (record ${record}), near ${context}`);
}

/** The records of `text` (a BOM, if any, already removed), each an array of field texts. */
export function readCsvStrict(text: string, delimiter: ',' | ';'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) fail(text, i, 'a quoted field does not close');
        const quote = text.indexOf('"', i);
        if (quote < 0) fail(text, text.length, 'a quoted field does not close');
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break; // the closing quote
        field += '"'; // a doubled quote
        i += 1;
      }
      const next = text[i];
      const endsRecord = text.startsWith('\r\n', i);
      if (i < text.length && next !== delimiter && !endsRecord) {
        fail(text, i, `${JSON.stringify(next)} after a closing quote`);
      }
    } else {
      const start = i;
      while (i < text.length && text[i] !== delimiter && !text.startsWith('\r\n', i)) {
        const c = text[i];
        if (c === '"') fail(text, i, 'a quote inside an unquoted field');
        if (c === '\r' || c === '\n') fail(text, i, `a bare ${c === '\r' ? 'CR' : 'LF'}`);
        i += 1;
      }
      field = text.slice(start, i);
    }
    record.push(field);
    if (text[i] === delimiter) {
      i += 1;
      // A separator at the very end still opens a last, empty field.
      if (i === text.length) record.push('');
    } else {
      if (text.startsWith('\r\n', i)) i += 2;
      records.push(record);
      record = [];
    }
  }
  if (record.length > 0) records.push(record);
  return records;
}

/** Decodes a CSV export (strict UTF-8) and says whether it starts with a byte-order mark. */
export function decodeCsv(bytes: Uint8Array): { text: string; bom: boolean } {
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const bom = text.startsWith('\uFEFF');
  return { text: bom ? text.slice(1) : text, bom };
}
