/**
 * Finding the records of a JSON catalogue (`{ "schema": …, "organisations": [ {…}, … ],
 * "events": [ … ] }`) without parsing the whole document at once, so that a 100 MB feed
 * snapshot can be parsed, checked and written one record at a time. Parsed whole, its text
 * (a 200 MB string), its parse tree and the checked copy all stay alive until the last record
 * is checked, and the garbage collector spends more time copying them than the parse takes.
 *
 * The scan reads the document's outline — the top-level object, its keys and separators, and
 * where each element of the two record lists starts and ends — and checks that outline as
 * strictly as JSON.parse would. The elements themselves are parsed later, one by one, with
 * JSON.parse: an element that is not valid JSON fails there. A document whose outline is
 * valid and whose every element parses is valid JSON, with the same values as JSON.parse of
 * the whole would give (JSON values do not depend on what surrounds them).
 *
 * Anything outside the common shape — a list element that is not an object, a repeated or
 * `__proto__` key, a list key whose value is not a list — returns undefined, and the caller
 * parses the whole document the ordinary way, with its ordinary messages.
 */
import type { Buffer } from 'node:buffer';

/** The two lists of records a catalogue holds. */
type RecordList = 'organisations' | 'events';

const LISTS: ReadonlySet<string> = new Set<RecordList>(['organisations', 'events']);

/** Where each element of a list is: element i is bytes [starts[i], ends[i]). */
export interface Spans {
  starts: number[];
  ends: number[];
}

export interface ScannedCatalogue {
  /**
   * The top-level object, as JSON.parse would give it, except that each record list found as
   * a list holds no elements: their places are in `lists`.
   */
  top: Record<string, unknown>;
  lists: Partial<Record<RecordList, Spans>>;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Thrown inside the scan when the outline is not the common shape; never escapes. */
class NotCommonShape extends Error {}

class Scanner {
  private i: number;

  constructor(
    private readonly b: Buffer,
    start: number,
  ) {
    this.i = start;
  }

  get position(): number {
    return this.i;
  }

  skipSpace(): void {
    while (isSpace(this.b[this.i])) this.i++;
  }

  peek(): number | undefined {
    return this.b[this.i];
  }

  expect(byte: number): void {
    if (this.b[this.i] !== byte) throw new NotCommonShape();
    this.i++;
  }

  /** From an opening quote to just after its closing quote. */
  skipString(): void {
    const { b } = this;
    let i = this.i + 1;
    for (;;) {
      const quote = b.indexOf(QUOTE, i);
      if (quote === -1) throw new NotCommonShape();
      // The quote is escaped when an odd number of backslashes precede it.
      let slashes = 0;
      while (b[quote - 1 - slashes] === BACKSLASH) slashes++;
      i = quote + 1;
      if (slashes % 2 === 0) break;
    }
    this.i = i;
  }

  /**
   * From an opening brace or bracket to just after the one that closes it. Only the nesting
   * is followed; whether the inside is valid JSON is for JSON.parse of the span to say.
   */
  skipNested(): void {
    const { b } = this;
    const end = b.length;
    let depth = 0;
    let i = this.i;
    while (i < end) {
      const c = b[i];
      if (c === QUOTE) {
        this.i = i;
        this.skipString();
        i = this.i;
        continue;
      }
      i++;
      if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) {
        this.i = i;
        return;
      }
    }
    throw new NotCommonShape();
  }

  /** Any value: a string, an object or list, or a number, true, false or null. */
  skipValue(): void {
    const c = this.peek();
    if (c === QUOTE) this.skipString();
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.skipNested();
    else {
      const { b } = this;
      while (this.i < b.length) {
        const d = b[this.i];
        if (isSpace(d) || d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET) break;
        this.i++;
      }
    }
  }

  /** The value from `start` to here, parsed (a SyntaxError when it is not JSON). */
  parsed(start: number): unknown {
    return JSON.parse(this.b.toString('utf8', start, this.i));
  }

  /** A list whose elements are all objects: where each one is. */
  objectList(): Spans {
    const spans: Spans = { starts: [], ends: [] };
    this.expect(OPEN_BRACKET);
    this.skipSpace();
    if (this.peek() === CLOSE_BRACKET) {
      this.i++;
      return spans;
    }
    for (;;) {
      if (this.peek() !== OPEN_BRACE) throw new NotCommonShape();
      spans.starts.push(this.i);
      this.skipNested();
      spans.ends.push(this.i);
      this.skipSpace();
      if (this.peek() === CLOSE_BRACKET) {
        this.i++;
        return spans;
      }
      this.expect(COMMA);
      this.skipSpace();
    }
  }
}

/**
 * The outline of a catalogue in UTF-8 `bytes` (already checked to be UTF-8; one leading byte
 * order mark is skipped, as the decoder does), or undefined when the document is not the
 * common shape or its outline is not valid JSON: then parse it whole.
 */
export function scanCatalogue(bytes: Buffer): ScannedCatalogue | undefined {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const s = new Scanner(bytes, bom);
  const top: Record<string, unknown> = {};
  const lists: Partial<Record<RecordList, Spans>> = {};
  try {
    s.skipSpace();
    s.expect(OPEN_BRACE);
    s.skipSpace();
    if (s.peek() === CLOSE_BRACE) s.expect(CLOSE_BRACE);
    else {
      for (;;) {
        const keyStart = s.position;
        if (s.peek() !== QUOTE) return undefined;
        s.skipString();
        const key = s.parsed(keyStart);
        if (typeof key !== 'string' || key === '__proto__' || Object.hasOwn(top, key)) {
          return undefined;
        }
        s.skipSpace();
        s.expect(COLON);
        s.skipSpace();
        if (LISTS.has(key) && s.peek() === OPEN_BRACKET) {
          lists[key as RecordList] = s.objectList();
          top[key] = [];
        } else if (LISTS.has(key)) {
          return undefined;
        } else {
          const valueStart = s.position;
          s.skipValue();
          top[key] = s.parsed(valueStart);
        }
        s.skipSpace();
        if (s.peek() === CLOSE_BRACE) {
          s.expect(CLOSE_BRACE);
          break;
        }
        s.expect(COMMA);
        s.skipSpace();
      }
    }
    s.skipSpace();
    return s.position === bytes.length ? { top, lists } : undefined;
  } catch (error) {
    if (error instanceof NotCommonShape || error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** Element `index` of `spans`, parsed; a SyntaxError when it is not valid JSON. */
export function parseElement(bytes: Buffer, spans: Spans, index: number): unknown {
  return JSON.parse(bytes.toString('utf8', spans.starts[index], spans.ends[index]));
}
