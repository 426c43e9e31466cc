/**
 * The streamed reading of a feed snapshot must see exactly what JSON.parse of the whole
 * document sees: the same top-level keys in the same order, the same records, and never a
 * "successful" scan of a document that is not JSON. Documents are written here by hand, token
 * by token, with arbitrary JSON whitespace and escapes, so the scan meets every spelling a
 * feed publisher's serialiser might produce; the reference is always JSON.parse of the text
 * decodeUtf8 gives.
 */
import { deepStrictEqual } from 'node:assert/strict';
import { Buffer, isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../../catalogue-format/decode-utf8';
import {
  parseElement,
  scanCatalogue,
  type ScannedCatalogue,
} from '../../../catalogue-format/json-records';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** How a document is spelled: whitespace between tokens, which characters are \u-escaped. */
interface Spelling {
  spaces: string[];
  escapes: boolean[];
}

class Writer {
  private space = 0;
  private escape = 0;
  constructor(private readonly spelling: Spelling) {}

  private escapeNext(): boolean {
    const { escapes } = this.spelling;
    return escapes[this.escape++ % escapes.length] === true;
  }

  ws(): string {
    const { spaces } = this.spelling;
    return spaces[this.space++ % spaces.length] ?? '';
  }

  /** A JSON string where some code points are written as \u escapes (both halves of a pair). */
  string(s: string): string {
    let out = '"';
    for (const char of s) {
      if (this.escapeNext()) {
        for (let i = 0; i < char.length; i++) {
          out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
        }
      } else out += JSON.stringify(char).slice(1, -1);
    }
    return `${out}"`;
  }

  value(v: unknown): string {
    if (typeof v === 'string') return this.string(v);
    if (Array.isArray(v)) {
      const items = v.map((item) => `${this.ws()}${this.value(item)}${this.ws()}`);
      return `[${items.length === 0 ? this.ws() : items.join(',')}]`;
    }
    if (typeof v === 'object' && v !== null) return this.object(Object.entries(v));
    // Numbers spelled as serialisers may: -0 kept, an exponent where JSON.stringify has none.
    if (typeof v === 'number' && this.escapeNext()) {
      return Object.is(v, -0)
        ? '-0'
        : `${JSON.stringify(v)}${String(v).includes('e') ? '' : 'E+0'}`;
    }
    return JSON.stringify(v);
  }

  object(entries: [string, unknown][]): string {
    const members = entries.map(
      ([k, v]) =>
        `${this.ws()}${this.string(k)}${this.ws()}:${this.ws()}${this.value(v)}${this.ws()}`,
    );
    return `{${members.length === 0 ? this.ws() : members.join(',')}}`;
  }
}

/** Strings full of what a scanner could mistake for structure. */
const trickyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('{', '}', '[', ']', '"', '\\', ',', ':', ' ', '\n', '\u2028', 'é', '\uFEFF'),
    fc.constantFrom('😀', '\\"', '"}', '\\\\"', '"],'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 12,
});
const jsonValue = fc.jsonValue({ maxDepth: 3, stringUnit: 'grapheme' });
const trickyValue = fc.oneof(jsonValue, trickyText, fc.array(trickyText, { maxLength: 3 }));
const element = fc.dictionary(
  fc.oneof(trickyText, fc.constantFrom('__proto__', '1')),
  trickyValue,
  {
    maxKeys: 4,
  },
);
/** Integer-like keys are ordered first by JavaScript objects, whatever the document's order. */
const otherKey = fc
  .oneof(
    trickyText,
    fc.constantFrom('1', '0', '10', '01', '4294967294', '4294967295', 'constructor'),
  )
  .filter((k) => k !== '__proto__' && k !== 'organisations' && k !== 'events');

/** The top-level members of a catalogue whose records are `records`, in any order. */
function members(records: fc.Arbitrary<Record<string, unknown>>) {
  const recordList = fc.array(records, { maxLength: 4 });
  return fc
    .tuple(
      fc.option(fc.oneof(fc.constant('catalogue/1'), jsonValue), { nil: undefined }),
      fc.option(recordList, { nil: undefined }),
      fc.option(recordList, { nil: undefined }),
      fc.uniqueArray(fc.tuple(otherKey, trickyValue), { selector: ([k]) => k, maxLength: 3 }),
    )
    .chain(([schema, organisations, events, others]) => {
      const all: [string, unknown][] = [...others];
      if (schema !== undefined) all.push(['schema', schema]);
      if (organisations !== undefined) all.push(['organisations', organisations]);
      if (events !== undefined) all.push(['events', events]);
      return fc.shuffledSubarray(all, { minLength: all.length });
    });
}

const spelling: fc.Arbitrary<Spelling> = fc.record({
  spaces: fc.array(fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r'), maxLength: 3 }), {
    minLength: 1,
    maxLength: 6,
  }),
  escapes: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
});

/** A catalogue-shaped document (every key once, no __proto__, object records) as bytes. */
function catalogueDocuments(records: fc.Arbitrary<Record<string, unknown>>) {
  return fc.tuple(members(records), spelling, fc.boolean()).map(([entries, style, bom]) => {
    const w = new Writer(style);
    const text = `${w.ws()}${w.object(entries)}${w.ws()}`;
    return bom ? Buffer.concat([BOM, Buffer.from(text)]) : Buffer.from(text);
  });
}
const documents = catalogueDocuments(element);
/** Small plain records, so that an edit often lands on the outline between them. */
const plainDocuments = catalogueDocuments(
  fc.dictionary(fc.constantFrom('a', 'b'), fc.oneof(fc.integer(), fc.constantFrom('{"', '\\')), {
    maxKeys: 2,
  }),
);

/** The whole document as the scan and the element parses see it (throws what they throw). */
function assembled(bytes: Buffer, scanned: ScannedCatalogue): Record<string, unknown> {
  const whole = { ...scanned.top };
  for (const [key, spans] of Object.entries(scanned.lists)) {
    whole[key] = spans.starts.map((_, i) => parseElement(bytes, spans, i));
  }
  return whole;
}

function parsedWhole(bytes: Buffer): { ok: true; value: unknown } | { ok: false } {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new Error(decoded.problem);
  try {
    return { ok: true, value: JSON.parse(decoded.text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Same values (-0 is not 0) and the same key order everywhere (JSON.stringify follows
 * Object.keys). Node's deepStrictEqual, not toStrictEqual: that one reads an own "constructor"
 * key, which a document may have, as the object's class.
 */
function expectSameDocument(actual: unknown, expected: unknown): void {
  deepStrictEqual(actual, expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

describe('scanCatalogue + parseElement give what JSON.parse of the whole gives', () => {
  it('on any catalogue-shaped document, however it is spaced and escaped', () => {
    fc.assert(
      fc.property(documents, (bytes) => {
        const whole = parsedWhole(bytes);
        expect(whole.ok).toBe(true);
        const scanned = scanCatalogue(bytes);
        // The common shape must not fall back: that is the point of the scan.
        expect(scanned).toBeDefined();
        if (scanned === undefined || !whole.ok) return;
        expectSameDocument(assembled(bytes, scanned), whole.value);
      }),
      { numRuns: 400 },
    );
  });

  it('never accepts a broken document, nor splits a valid one wrongly', () => {
    const byte = fc.oneof(
      fc.constantFrom(...Buffer.from('{}[]",:\\ \n0e-.tfn')),
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0xff }),
    );
    const mutation = fc.record({
      kind: fc.constantFrom('delete', 'insert', 'replace', 'truncate'),
      // Half the edits hit a structural byte (outside strings or in), the rest any byte.
      structural: fc.boolean(),
      at: fc.nat(),
      byte,
    });
    fc.assert(
      fc.property(
        fc.oneof(documents, plainDocuments),
        fc.array(mutation, { minLength: 1, maxLength: 2 }),
        (doc, edits) => {
          let bytes: Buffer = doc;
          for (const edit of edits) bytes = mutate(bytes, edit);
          // The scan's input is checked UTF-8 (decodeUtf8 refuses anything else first).
          fc.pre(isUtf8(bytes));
          const whole = parsedWhole(bytes);
          const scanned = scanCatalogue(bytes);
          if (scanned === undefined) return; // the caller parses the whole: always allowed
          let parsed: Record<string, unknown>;
          try {
            parsed = assembled(bytes, scanned);
          } catch (error) {
            expect(error).toBeInstanceOf(SyntaxError);
            // An element that fails to parse is only allowed when the document is broken.
            expect(whole.ok).toBe(false);
            return;
          }
          expect(whole.ok).toBe(true);
          if (whole.ok) expectSameDocument(parsed, whole.value);
        },
      ),
      { numRuns: 600 },
    );
  });
});

const STRUCTURAL = new Set(Buffer.from('{}[]",:\\'));

interface Edit {
  kind: 'delete' | 'insert' | 'replace' | 'truncate';
  structural: boolean;
  at: number;
  byte: number;
}

function mutate(bytes: Buffer, { kind, structural, at, byte }: Edit): Buffer {
  const candidates = structural
    ? [...bytes.keys()].filter((i) => STRUCTURAL.has(bytes[i] ?? 0))
    : [];
  const where =
    candidates.length > 0 ? (candidates[at % candidates.length] ?? 0) : at % (bytes.length + 1);
  const before = bytes.subarray(0, where);
  const after = bytes.subarray(where);
  switch (kind) {
    case 'delete':
      return Buffer.concat([before, after.subarray(1)]);
    case 'insert':
      return Buffer.concat([before, Buffer.of(byte), after]);
    case 'replace':
      return after.length === 0
        ? bytes
        : Buffer.concat([before, Buffer.of(byte), after.subarray(1)]);
    default:
      return before;
  }
}

describe('scanCatalogue on named documents', () => {
  const scan = (text: string) => scanCatalogue(Buffer.from(text));
  const valid = (text: string) => parsedWhole(Buffer.from(text)).ok;

  it('finds each record and parses it', () => {
    const text = '\uFEFF { "schema" : "x", "organisations":[ {"a":"}"} ,{} ], "events" :[]}\n';
    const bytes = Buffer.from(text);
    const scanned = scanCatalogue(bytes);
    if (scanned === undefined) throw new Error('the scan fell back on a plain document');
    expect(scanned.top).toEqual({ schema: 'x', organisations: [], events: [] });
    expect(scanned.lists.events).toEqual({ starts: [], ends: [] });
    expect(assembled(bytes, scanned)).toEqual(JSON.parse(text.slice(1)));
  });

  it.each([
    ['a trailing comma in a list', '{"organisations":[{},]}'],
    ['a trailing comma in the top object', '{"organisations":[{}],}'],
    ['a missing comma between records', '{"organisations":[{} {}]}'],
    ['a missing comma between keys', '{"schema":"x" "organisations":[]}'],
    ['junk after the closing brace', '{"organisations":[]} x'],
    ['a second closing brace', '{"organisations":[]}}'],
    ['a second byte order mark', '\uFEFF\uFEFF{"organisations":[]}'],
    ['an unclosed record', '{"organisations":[{"a":1}'],
    ['a bad value outside the lists', '{"schema":tru,"organisations":[]}'],
  ])('refuses %s', (_name, text) => {
    expect(valid(text)).toBe(false);
    expect(scan(text)).toBeUndefined();
  });

  it('leaves a broken record for its own parse to refuse, with a SyntaxError', () => {
    const bytes = Buffer.from('{"organisations":[{"a":tru},{"b":[}]]}');
    expect(valid(bytes.toString())).toBe(false);
    const spans = scanCatalogue(bytes)?.lists.organisations;
    if (spans === undefined) throw new Error('the scan fell back on a well-outlined document');
    expect(() => parseElement(bytes, spans, 0)).toThrow(SyntaxError);
  });

  it.each([
    ['a record that is not an object', '{"organisations":[{}, 1]}'],
    ['a repeated key', '{"schema":"a","schema":"b","organisations":[]}'],
    ['a repeated list key, once escaped', '{"organisations":[],"organi\\u0073ations":[{}]}'],
    ['a __proto__ key', '{"__proto__":{"x":1},"organisations":[]}'],
    ['an escaped __proto__ key', '{"__pr\\u006fto__":1,"organisations":[]}'],
    ['a list key that is not a list', '{"organisations":[],"events":null}'],
  ])('falls back (undefined) on valid JSON of an unusual shape: %s', (_name, text) => {
    expect(valid(text)).toBe(true);
    expect(scan(text)).toBeUndefined();
  });
});
