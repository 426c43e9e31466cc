/**
 * A feed snapshot is checked one record at a time, events first, then organisations, and
 * keeps only crossCheckView's small copy of each organisation for the cross-record rules. An
 * administrator must see exactly the problems, in exactly the order, that validateCatalogue
 * of the whole file reports, and the app must store the same checked records. Catalogues
 * here mix valid records (the fixture and generated organisations) with every kind of
 * breakage the rules know, and arbitrary values in the fields the cross-record rules read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../../build/generator/generate';
import {
  checkCrossRecord,
  crossCheckView,
  type RawRecord,
} from '../../../catalogue-format/cross-checks';
import type { FieldPath, RecordLocation } from '../../../catalogue-format/problems';
import {
  CatalogueChecker,
  validateCatalogue,
  type ValidateOptions,
} from '../../../catalogue-format/validate';
import { validRaw } from '../../fixtures/sources/catalogues';
import { testTaxonomy } from '../../fixtures/taxonomy';

type Raw = Record<string, unknown>;

const fixture = validRaw();
const generated = JSON.parse(
  JSON.stringify(generateCatalogue({ orgs: 120, seed: 11, taxonomy: testTaxonomy })),
) as { organisations: Raw[]; events: Raw[] };
const orgPool = [...fixture.organisations, ...generated.organisations];
const eventPool = [...fixture.events, ...generated.events];
const poolIds = orgPool.map((o) => String(o.id));

/** Values the cross-record rules look up: known and unknown codes, blanks, ids. */
const code = fc.constantFrom(
  ...['AT', 'SK', 'XX', 'sk', 'SK021', 'DE212', 'PL999', 'ict', 'food', 'space'],
  ...['cooperation', 'coaching', '', '  ', ' ict ', 'nobody-here', 'a\u0000b'],
  ...poolIds.slice(0, 4),
);
const anyValue = fc.oneof(code, fc.jsonValue({ maxDepth: 2 }), fc.array(code, { maxLength: 3 }));
const some = (value: fc.Arbitrary<unknown>) =>
  fc.oneof(fc.array(value, { maxLength: 3 }), anyValue);
const contact = fc.oneof(
  fc.record(
    { name: anyValue, email: anyValue, phone: anyValue, role: anyValue },
    {
      requiredKeys: [],
    },
  ),
  anyValue,
);
const service = fc.oneof(
  fc.record(
    { id: anyValue, type: anyValue, sectors: anyValue, title: anyValue },
    {
      requiredKeys: [],
    },
  ),
  anyValue,
);
/** An organisation whose every field the cross-record rules read may hold anything. */
const messyOrg = fc.record(
  {
    id: fc.oneof(code, anyValue),
    kind: fc.constantFrom('supplier', 'cluster', 'spaceship'),
    name: anyValue,
    country: anyValue,
    region: anyValue,
    sectors: some(code),
    member_of: some(code),
    contacts: some(contact),
    services: some(service),
  },
  { requiredKeys: [] },
);

/** How a valid record is broken: each returns the broken copy (or a non-object). */
type Breakage = (record: Raw, other: number) => unknown;
const orgBreakages: Breakage[] = [
  (r) => ({ ...r, id: 'Bad Id!' }),
  (r, k) => ({ ...r, id: poolIds[k % poolIds.length] }),
  (r) => ({ ...r, sectors: ['space', 'ict'] }),
  (r) => ({ ...r, region: 'PL999' }),
  (r) => ({ ...r, country: 'SK', region: 'DE212' }),
  (r) => ({ ...r, country: 'XX' }),
  (r) => ({ ...r, member_of: ['nobody-here'] }),
  (r) => ({ ...r, member_of: [r.id] }),
  (r) => ({ ...r, contacts: [{ role: 'Director' }, { name: '  ', email: '' }] }),
  (r) => ({ ...r, contacts: [{ name: 'Jan', email: 'jan(at)example.pl' }] }),
  (r) => ({ ...r, email: 'info@@example' }),
  (r) => ({ ...r, services: [1, 2].map(() => ({ id: 'svc-x', title: 'T', type: 'cooperation' })) }),
  (r) => ({ ...r, services: [{ id: 'sk-cluster-auto-b2b', title: 'T', type: 'coaching' }] }),
  (r) => ({ ...r, name: 'Firma\u0000 s.r.o.', description: 'line\u0007' }),
  (r) => ({ ...r, name: undefined }),
  () => null,
  (_r, k) => [k, 'text', [], true][k % 4],
];
const eventBreakages: Breakage[] = [
  (r, k) => ({ ...r, id: eventPool[k % eventPool.length]?.id }),
  (r) => ({ ...r, organisers: ['nobody-here', poolIds[0]] }),
  (r) => ({ ...r, start: '2026-05-12', end: '2026-04' }),
  (r) => ({ ...r, start: '2026-02-30' }),
  (r) => ({ ...r, country: 'XX', sectors: ['space'] }),
  (r) => ({ ...r, title: 'Forum\u001b' }),
  () => 'an event',
];

/**
 * Records picked from `pool` (each at most once, so ids repeat only where a breakage repeats
 * them), broken or not, mixed with `messy` ones; `clean` lists break nothing.
 */
function records(pool: Raw[], breakages: Breakage[], messy?: fc.Arbitrary<unknown>, clean = false) {
  const breakage = clean
    ? fc.constant(null)
    : fc.option(fc.nat({ max: breakages.length - 1 }), { freq: 2 });
  const picked = fc
    .uniqueArray(fc.tuple(fc.nat({ max: pool.length - 1 }), breakage, fc.nat()), {
      selector: ([i]) => i,
      maxLength: 12,
    })
    .map((picks) =>
      picks.map(([i, b, k]) => {
        const record = structuredClone(pool[i] ?? {});
        return b === null ? record : breakages[b]?.(record, k);
      }),
    );
  if (messy === undefined || clean) return picked;
  return fc
    .tuple(picked, fc.array(messy, { maxLength: 3 }))
    .chain(([good, bad]) =>
      fc.shuffledSubarray([...good, ...bad], { minLength: good.length + bad.length }),
    );
}

/** Half the catalogues are all valid records, so that the checked copies are compared too. */
const catalogues = fc.boolean().chain((clean) =>
  fc
    .record({
      schema: clean
        ? fc.constant('metacluster-catalogue/1')
        : fc.constantFrom('metacluster-catalogue/1', 'metacluster-catalogue/2', undefined),
      organisations: clean
        ? records(orgPool, orgBreakages, messyOrg, clean)
        : fc.option(records(orgPool, orgBreakages, messyOrg), { freq: 8, nil: undefined }),
      events: fc.option(records(eventPool, eventBreakages, undefined, clean), {
        freq: 4,
        nil: undefined,
      }),
      extra: clean
        ? fc.constant(undefined)
        : fc.option(fc.jsonValue({ maxDepth: 1 }), { freq: 4, nil: undefined }),
    })
    // As in a JSON document: a member is there with a value, or not there.
    .map(({ extra, ...top }) =>
      Object.fromEntries(
        Object.entries({ ...top, note: extra }).filter(([, value]) => value !== undefined),
      ),
    ),
);

/** A snapshot's records may refer to organisations outside them only when the caller says so. */
const options: fc.Arbitrary<ValidateOptions> = fc.oneof(
  fc.constant({}),
  fc.constant({ knownOrganisations: new Set(['nobody-here', ...poolIds]) }),
);

type Step = ['organisations' | 'events', number];

/** What the streamed reader does: the top with its lists emptied, then the records in `order`. */
function checkInOrder(raw: Raw, order: Step[], opts: ValidateOptions) {
  const checker = new CatalogueChecker(testTaxonomy, opts);
  const top = { ...raw };
  for (const key of ['organisations', 'events']) if (Array.isArray(top[key])) top[key] = [];
  checker.top(top);
  const checked: Record<Step[0], unknown[]> = { organisations: [], events: [] };
  for (const [section, i] of order) {
    // A fresh copy, as parseElement gives: the checker must not rely on the whole's objects.
    const record = structuredClone((raw[section] as unknown[])[i]);
    checked[section][i] =
      section === 'organisations' ? checker.organisation(i, record) : checker.event(i, record);
  }
  return { problems: checker.finish(), checked };
}

function steps(raw: Raw, section: Step[0]): Step[] {
  const list = raw[section];
  return Array.isArray(list) ? list.map((_, i): Step => [section, i]) : [];
}

describe('CatalogueChecker, records in any order, reports what validateCatalogue reports', () => {
  it('events first then organisations, or all shuffled', () => {
    const cases = catalogues.chain((raw: Raw) =>
      fc.tuple(
        fc.constant(raw),
        fc.shuffledSubarray([...steps(raw, 'organisations'), ...steps(raw, 'events')], {
          minLength: steps(raw, 'organisations').length + steps(raw, 'events').length,
        }),
        options,
      ),
    );
    fc.assert(
      fc.property(cases, ([raw, shuffled, opts]) => {
        const whole = validateCatalogue(structuredClone(raw), testTaxonomy, opts);
        const fileOrder = [...steps(raw, 'organisations'), ...steps(raw, 'events')];
        const reference = checkInOrder(raw, fileOrder, opts);
        for (const order of [[...steps(raw, 'events'), ...steps(raw, 'organisations')], shuffled]) {
          const streamed = checkInOrder(raw, order, opts);
          expect(streamed.problems).toStrictEqual(whole.ok ? [] : whole.problems);
          expect(streamed.checked).toStrictEqual(reference.checked);
          if (whole.ok) {
            expect(streamed.checked).toStrictEqual({
              organisations: whole.catalogue.organisations,
              events: whole.catalogue.events,
            });
          }
        }
      }),
      { numRuns: 250 },
    );
  });

  it('finds the problems of a catalogue of valid records: none', () => {
    const raw = { schema: 'metacluster-catalogue/1', ...structuredClone(generated) };
    const order = [...steps(raw, 'events'), ...steps(raw, 'organisations')].reverse();
    expect(validateCatalogue(structuredClone(raw), testTaxonomy).ok).toBe(true);
    expect(checkInOrder(raw, order, {}).problems).toEqual([]);
  });
});

describe('crossCheckView keeps all that the cross-record rules read', () => {
  const PATHS = ['id', 'country', 'region', 'sectors[0]', 'member_of[0]', 'contacts[0]'];
  const rejected = fc.subarray([...PATHS, 'services[0].id', 'services[0].type'], {
    maxLength: 2,
  });
  const orgs = fc.array(
    fc.tuple(
      fc.oneof(
        messyOrg,
        records(orgPool, orgBreakages).map((r) => r[0] ?? null),
      ),
      rejected,
    ),
    { maxLength: 10 },
  );

  it('the rules report the same problems on the views as on the records', () => {
    fc.assert(
      fc.property(orgs, records(eventPool, eventBreakages), (entries, events) => {
        const located = (section: 'organisations' | 'events', index: number): RecordLocation => ({
          section,
          index,
          row: index + 1,
        });
        const asRecords = (view: (raw: unknown) => unknown): RawRecord[] =>
          entries.map(([raw, paths], i) => ({
            raw: view(raw),
            at: located('organisations', i),
            rejected: new Set(paths),
          }));
        const eventRecords = events.map((raw, i): RawRecord => ({
          raw,
          at: located('events', i),
          rejected: new Set(),
        }));
        const reported = (orgRecords: RawRecord[]) => {
          const found: [RecordLocation, FieldPath, string][] = [];
          checkCrossRecord(orgRecords, eventRecords, testTaxonomy, (at, path, message) =>
            found.push([at, path, message]),
          );
          return found;
        };
        expect(reported(asRecords(crossCheckView))).toStrictEqual(reported(asRecords((r) => r)));
      }),
      { numRuns: 300 },
    );
  });
});
