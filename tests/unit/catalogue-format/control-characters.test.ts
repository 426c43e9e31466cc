/**
 * Control characters, over arbitrary strings: a single-line field refuses them (and line
 * breaks) with a problem for that field; a multi-line field keeps its line breaks, stored as
 * `\n`, and refuses every other control character; and no problem, whatever the source holds,
 * prints a raw control character, line separator or bidirectional override.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateCatalogue } from '../../../catalogue-format/validate';
import { parseSnapshot } from '../../../feed/payload';
import { validRaw } from '../../fixtures/sources/catalogues';
import { testTaxonomy } from '../../fixtures/taxonomy';

type Path = readonly (string | number)[];
type Raw = ReturnType<typeof validRaw>;

/** Record paths (from the catalogue's root) of every single-line field, and its JSON name. */
const SINGLE_LINE: readonly Path[] = [
  ...[
    'id',
    'kind',
    'name',
    'acronym',
    'country',
    'region',
    'city',
    'postcode',
    'website',
    'email',
    'phone',
    'fax',
    'verified_at',
  ].map((f) => ['organisations', 0, f]),
  ['organisations', 0, 'names', 'de'],
  ['organisations', 0, 'sectors', 0],
  ['organisations', 1, 'member_of', 0],
  ...['id', 'title', 'type'].map((f) => ['organisations', 0, 'services', 0, f]),
  ['organisations', 0, 'services', 0, 'sectors', 0],
  ...['name', 'role', 'email', 'phone'].map((f) => ['organisations', 0, 'contacts', 0, f]),
  ['organisations', 0, 'contacts', 0, 'languages', 0],
  ...['id', 'kind', 'title', 'start', 'end', 'city', 'country', 'website'].map((f) => [
    'events',
    0,
    f,
  ]),
  ['events', 0, 'organisers', 0],
  ['events', 0, 'sectors', 0],
];

/** Single-line fields that take any text (no id, code, date or address syntax). */
const FREE_SINGLE_LINE = SINGLE_LINE.filter((p) =>
  ['name', 'acronym', 'city', 'postcode', 'phone', 'fax', 'title', 'role', 'de'].includes(
    String(p.at(-1)),
  ),
);

const MULTI_LINE: readonly Path[] = [
  ['organisations', 0, 'address'],
  ['organisations', 0, 'description'],
  ['organisations', 0, 'services', 0, 'description'],
  ['events', 0, 'description'],
];

/** What no message may hold raw: controls, separators, bidi controls, lone surrogates. */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}\p{Cs}\u2028\u2029]/u;

const controlChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.constantFrom(0x2028, 0x2029),
);
const NASTY = ['\u0000', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u2028', '\u202e', '"'];
/** Any Unicode text, often with the characters that break lines, terminals and quotes. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...NASTY),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 80,
});
const breakFree = (s: string) => !/[\p{Cc}\u2028\u2029]/u.test(s);

function set(raw: Raw, path: Path, value: unknown): void {
  let node = raw as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    node[key] ??= typeof key === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1);
  if (last === undefined) throw new Error('empty path');
  node[last] = value;
}

function get(value: unknown, path: Path): unknown {
  let node = value;
  for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
  return node;
}

/** `services[0].title` for ['organisations', 0, 'services', 0, 'title']. */
function fieldName(path: Path): string {
  return path
    .slice(2)
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`))
    .join('');
}

function validateWith(path: Path, value: unknown) {
  const raw = validRaw();
  set(raw, path, value);
  return validateCatalogue(raw, testTaxonomy);
}

function expectSafe(lines: readonly string[]): void {
  for (const line of lines) {
    expect(line).not.toMatch(UNSAFE);
  }
}

describe('control characters in single-line fields', () => {
  it('are refused with a problem for that field that shows them escaped', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SINGLE_LINE),
        anyText,
        controlChar,
        anyText,
        (path, before, code, after) => {
          const value = `${before}a${String.fromCodePoint(code)}b${after}`;
          const result = validateWith(path, value);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          const problem = result.problems.find((p) => p.field === fieldName(path));
          expect(problem?.message).toMatch(
            /^".*" contains (a line break|a tab \(U\+0009\)|the control character U\+[0-9A-F]{4}): /,
          );
          expectSafe(result.problems.map(formatProblem));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('are trimmed away around a value, which is then stored without them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FREE_SINGLE_LINE),
        fc.string({ minLength: 1, maxLength: 80 }).filter((s) => breakFree(s) && s.trim() !== ''),
        fc.constantFrom('', ' ', '\t', '\n', '\r\n', ' \u2028 '),
        (path, text, edge) => {
          const result = validateWith(path, `${edge}${text}${edge}`);
          expect(result.ok).toBe(true);
          if (result.ok) expect(get(result.catalogue, path)).toBe(text.trim());
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('multi-line fields (address, description)', () => {
  it('keep their line breaks, every kind stored as \\n', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MULTI_LINE),
        // Lines are not empty, so a "\r" line then a "\n" line never make one "\r\n" break.
        fc.array(fc.string({ minLength: 1, maxLength: 30 }).filter(breakFree), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.array(fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029'), { maxLength: 6 }),
        (path, lines, breaks) => {
          const value = lines.map((line, i) => (i === 0 ? line : `${breaks[i] ?? '\n'}${line}`));
          const result = validateWith(path, value.join(''));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const expected = lines.join('\n').trim();
          expect(get(result.catalogue, path)).toBe(expected === '' ? undefined : expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuse every other control character, shown escaped', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MULTI_LINE),
        fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })),
        anyText,
        (path, code, around) => {
          fc.pre(code !== 0x0a && code !== 0x0d);
          const result = validateWith(path, `${around}a\r\n${String.fromCodePoint(code)}b`);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          const problem = result.problems.find((p) => p.field === fieldName(path));
          expect(problem?.message).toMatch(
            /^".*" contains (a tab \(U\+0009\)|the control character U\+[0-9A-F]{4}): /,
          );
          expectSafe(result.problems.map(formatProblem));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('problems never print a raw control character', () => {
  it('whatever a source puts in any field, known or not, and cut long values short', () => {
    const anyValue = fc.oneof(
      anyText,
      fc.string({
        unit: fc.constantFrom('\u0000', 'x', '\u001b'),
        minLength: 200,
        maxLength: 2000,
      }),
      fc.array(anyText, { maxLength: 3 }),
      fc.dictionary(anyText, anyText, { maxKeys: 3 }),
      fc.integer(),
      fc.constant(null),
    );
    const anyPath = fc.oneof(
      fc.constantFrom(...SINGLE_LINE, ...MULTI_LINE),
      anyText.map((key) => ['organisations', 2, key] as Path),
      anyText.map((key) => ['organisations', 0, 'names', key] as Path),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyPath, anyValue), { minLength: 1, maxLength: 4 }),
        (edits) => {
          const raw = validRaw();
          for (const [path, value] of edits) set(raw, path, value);
          const result = validateCatalogue(raw, testTaxonomy);
          if (result.ok) return;
          const lines = result.problems.map(formatProblem);
          expectSafe(lines);
          expectSafe(result.problems.flatMap((p) => [p.id ?? '', p.field ?? '']));
          // A value of thousands of characters is cut: no line is more than a sentence.
          for (const line of lines) expect(line.length).toBeLessThan(700);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a signed feed snapshot', () => {
  // Read one organisation at a time: a rule problem refuses it once every record was read.
  const organisationsOf = (bytes: Uint8Array) => [
    ...parseSnapshot(bytes, testTaxonomy).organisations,
  ];

  it('cannot slip a control character into a single-line field either', () => {
    const raw = validRaw();
    set(raw, ['organisations', 0, 'name'], 'Automobilový klaster\u001b[2J');
    const bytes = new TextEncoder().encode(JSON.stringify(raw));
    expect(() => organisationsOf(bytes)).toThrow(
      /^The snapshot breaks the catalogue rules: row 1 \(id sk-cluster-auto\), name: "Automobilový klaster\\u001b\[2J" contains the control character U\+001B: remove it\.$/,
    );
    set(raw, ['organisations', 0, 'name'], 'Automobilový klaster');
    set(raw, ['organisations', 0, 'address'], 'Paulínska 20\r\n917 01 Trnava');
    const organisations = organisationsOf(new TextEncoder().encode(JSON.stringify(raw)));
    expect(organisations[0]?.address).toBe('Paulínska 20\n917 01 Trnava');
  });
});
