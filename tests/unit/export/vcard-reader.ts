/**
 * A strict, line-based vCard reader for the tests, independent of the writer (it imports
 * nothing from export/): it refuses anything a careful importer could trip on — a bare CR or
 * LF, a physical line over 75 octets, invalid UTF-8 on any physical line (so a fold inside a
 * character), a control character other than tab, a malformed property name or parameter, a
 * property outside a card, a card that does not end, does not start with VERSION or lacks
 * exactly one FN — and, when reading a value, a bad escape or an unescaped `,` or `;` where
 * RFC 6350 §3.4 and RFC 2426 §4 require one.
 */

interface VcardProperty {
  name: string;
  params: string[];
  /** The raw (still escaped) value. */
  raw: string;
}

export type Vcard = VcardProperty[];

const CRLF = Buffer.from('\r\n');

/** Splits on escaped-aware separators: `;` or `,` not preceded by a backslash escape. */
function splitUnescaped(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? '';
    if (c === '\\') {
      current += c + (value[i + 1] ?? '');
      i++;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

/** A text value: escapes resolved; an unescaped `,` or `;` would split it in an importer. */
function unescapeValue(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? '';
    if (c === ',' || c === ';') {
      throw new Error(`unescaped ${JSON.stringify(c)} in ${JSON.stringify(value)}`);
    }
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = value[i + 1];
    i++;
    if (next === 'n' || next === 'N') out += '\n';
    else if (next === '\\' || next === ',' || next === ';') out += next;
    else throw new Error(`bad escape \\${String(next)} in ${JSON.stringify(value)}`);
  }
  return out;
}

function physicalLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(CRLF, start);
    if (end < 0) {
      if (start !== bytes.length) throw new Error('the file does not end with CRLF');
      return lines;
    }
    lines.push(bytes.subarray(start, end));
    start = end + 2;
  }
}

export function readVcards(bytes: Buffer): Vcard[] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const logical: string[] = [];
  for (const [i, line] of physicalLines(bytes).entries()) {
    if (line.length > 75) throw new Error(`line ${i + 1} has ${line.length} octets`);
    const text = decoder.decode(line); // throws on a split or invalid UTF-8 sequence
    if (/[\r\n]/.test(text)) throw new Error(`line ${i + 1} holds a bare CR or LF`);
    if (text.startsWith(' ') || text.startsWith('\t')) {
      const previous = logical.pop();
      if (previous === undefined) throw new Error('continuation before any line');
      logical.push(previous + text.slice(1));
    } else logical.push(text);
  }
  const cards: Vcard[] = [];
  let card: Vcard | undefined;
  for (const line of logical) {
    const property = parseProperty(line);
    if (property.name === 'BEGIN') {
      if (card !== undefined || property.raw !== 'VCARD') throw new Error('nested BEGIN');
      card = [];
    } else if (property.name === 'END') {
      if (card === undefined || property.raw !== 'VCARD') throw new Error('END outside a card');
      cards.push(checkCard(card));
      card = undefined;
    } else {
      if (card === undefined) throw new Error(`property outside a card: ${line}`);
      card.push(property);
    }
  }
  if (card !== undefined) throw new Error('the last card does not end');
  return cards;
}

/** `NAME;PARAM=VALUE,VALUE:raw value`, with no quoted parameters (the writer needs none). */
const PROPERTY = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^";:,]*(?:,[^";:,]*)*)*):/;

function parseProperty(line: string): VcardProperty {
  // Tab is the only control character a value may hold (RFC 6350 §3.3, VALUE-CHAR).
  const control = /[^\P{Cc}\t]/u.exec(line);
  if (control !== null) throw new Error(`control character in ${JSON.stringify(line)}`);
  const match = PROPERTY.exec(line);
  if (match === null) throw new Error(`no valid property name in ${JSON.stringify(line)}`);
  const [head, name = '', params = ''] = match;
  return {
    name: name.toUpperCase(),
    params: params.split(';').slice(1),
    raw: line.slice(head.length),
  };
}

function checkCard(card: Vcard): Vcard {
  if (card[0]?.name !== 'VERSION') throw new Error('a card does not start with VERSION');
  const names = card.map((p) => p.name);
  if (names.filter((n) => n === 'FN').length !== 1) throw new Error('a card needs one FN');
  return card;
}

/** The unescaped text of the first property `name` of a card, or undefined. */
export function text(card: Vcard, name: string): string | undefined {
  const property = card.find((p) => p.name === name);
  return property === undefined ? undefined : unescapeValue(property.raw);
}

/** The unescaped components of a structured property (N, ADR). */
export function components(card: Vcard, name: string): string[] | undefined {
  const property = card.find((p) => p.name === name);
  return property === undefined ? undefined : splitUnescaped(property.raw, ';').map(unescapeValue);
}

/** The unescaped items of a list property (CATEGORIES). */
export function items(card: Vcard, name: string): string[] | undefined {
  const property = card.find((p) => p.name === name);
  return property === undefined ? undefined : splitUnescaped(property.raw, ',').map(unescapeValue);
}
