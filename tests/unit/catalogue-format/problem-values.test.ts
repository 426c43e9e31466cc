/**
 * Every validation rule, broken once, and the line `catalogue validate` prints for it: each
 * names the offending value, so an administrator finds it in a file of thousands of rows
 * without guessing. Rules about a missing value ("is required") have no value to name.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../catalogue-format/read-csv';
import { formatProblem, validateCatalogue } from '../../../catalogue-format/validate';
import { at, validRaw } from '../../fixtures/sources/catalogues';
import { testTaxonomy } from '../../fixtures/taxonomy';

type Raw = ReturnType<typeof validRaw>;

function linesOf(raw: unknown): string[] {
  const result = validateCatalogue(raw, testTaxonomy);
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** The valid fixture with one change: organisations 0-2, event 0. */
function broken(change: (raw: Raw) => void): Raw {
  const raw = validRaw();
  change(raw);
  return raw;
}

const org = (raw: Raw, i = 0) => at(raw.organisations, i);
const event = (raw: Raw) => at(raw.events, 0);
const firstService = (raw: Raw) => (org(raw).services as Record<string, unknown>[])[0] ?? {};
const firstContact = (raw: Raw) => (org(raw).contacts as Record<string, unknown>[])[0] ?? {};

const SK = 'row 1 (id sk-cluster-auto)';
const EV = 'events row 1 (id ev-forum-2026)';

const RULES: [rule: string, change: (raw: Raw) => void, line: string][] = [
  [
    'id characters',
    (r) => (org(r, 2).id = 'de müller'),
    'row 3 (id de müller), id: "de müller" is not an id: use letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
  ],
  [
    'id length',
    (r) => (org(r, 2).id = `d${'e'.repeat(200)}`),
    `row 3 (id d${'e'.repeat(59)}…), id: "d${'e'.repeat(59)}…" is too long (201 characters; at most 200)`,
  ],
  [
    'duplicate organisation id',
    (r) => (org(r, 2).id = 'pl-zaklad-lodz'),
    'row 3 (id pl-zaklad-lodz), id: "pl-zaklad-lodz" is already the id of the organisation in row 2',
  ],
  [
    'kind',
    (r) => (org(r).kind = 'company'),
    `${SK}, kind: "company" must be one of cluster, partner, supplier, research, agency, other`,
  ],
  ['text of another type', (r) => (org(r).name = 42), `${SK}, name: must be text (found 42)`],
  [
    'list of another type',
    (r) => (org(r).sectors = 'food'),
    `${SK}, sectors: must be a list (found "food")`,
  ],
  [
    'blank name',
    (r) => (org(r).name = ' \u00a0 '),
    `${SK}, name: must not be empty (found " \u00a0 ")`,
  ],
  [
    'name length',
    (r) => (org(r).name = 'N'.repeat(501)),
    `${SK}, name: "${'N'.repeat(60)}…" is too long (501 characters; at most 500)`,
  ],
  [
    'localised name language',
    (r) => (org(r).names = { DE: 'Automobilcluster' }),
    `${SK}, names.DE: "DE" is not a language code such as de or it`,
  ],
  [
    'control character in a single-line field',
    (r) => (org(r).city = 'Trnava\u0007'),
    `${SK}, city: "Trnava\\u0007" contains the control character U+0007: remove it`,
  ],
  [
    'line break in a single-line field',
    (r) => (firstContact(r).role = 'Manažér\nklastra'),
    `${SK}, contacts[0].role: "Manažér\\nklastra" contains a line break: this field is one line of text (only address and description may have several lines)`,
  ],
  [
    'tab in a multi-line field',
    (r) => (org(r).address = 'Paulínska\t20'),
    `${SK}, address: "Paulínska\\t20" contains a tab (U+0009): replace it with a space`,
  ],
  [
    'description length',
    (r) => (org(r).description = 'd'.repeat(10_001)),
    `${SK}, description: "${'d'.repeat(60)}…" is too long (10,001 characters; at most 10,000)`,
  ],
  [
    'country format',
    (r) => (org(r).country = 'Slovakia'),
    `${SK}, country: "Slovakia" must be an ISO 3166-1 alpha-2 code such as AT or SK`,
  ],
  [
    'unknown country',
    (r) => (org(r, 2).country = 'XX'),
    'row 3 (id de-mueller), country: "XX" is not a known country code',
  ],
  [
    'unknown region',
    (r) => (org(r).region = 'SK099'),
    `${SK}, region: "SK099" is not a NUTS 2024 region code`,
  ],
  [
    'region of another country',
    (r) => (org(r, 1).region = 'SK021'),
    'row 2 (id pl-zaklad-lodz), region: "SK021" is a region of SK, not of PL',
  ],
  [
    'website scheme',
    (r) => (org(r).website = 'javascript:alert(1)'),
    `${SK}, website: "javascript:alert(1)" must be an https:// or http:// address`,
  ],
  [
    'e-mail',
    (r) => (org(r).email = 'info(at)example.sk'),
    `${SK}, email: "info(at)example.sk" is not an e-mail address`,
  ],
  [
    'date format',
    (r) => (org(r).verified_at = '1.3.2026'),
    `${SK}, verified_at: "1.3.2026" must be a date as YYYY-MM-DD`,
  ],
  [
    'real date',
    (r) => (org(r).verified_at = '2026-02-30'),
    `${SK}, verified_at: "2026-02-30" is not a real date`,
  ],
  [
    'unknown sector',
    (r) => (org(r).sectors = ['space']),
    `${SK}, sectors[0]: "space" is not a known sector (use energy-environment, tourism, health, food, ict, mobility-logistics, automotive-aeronautics, production-technologies, wood, professional-services)`,
  ],
  [
    'dangling member_of',
    (r) => (org(r, 2).member_of = ['it-nowhere']),
    'row 3 (id de-mueller), member_of[0]: "it-nowhere" is not the id of an organisation in this catalogue',
  ],
  [
    'self-membership',
    (r) => (org(r, 2).member_of = ['de-mueller']),
    'row 3 (id de-mueller), member_of[0]: "de-mueller" is its own id: an organisation cannot be a member of itself',
  ],
  [
    'duplicate service id',
    (r) =>
      (org(r, 1).services = [{ id: 'sk-cluster-auto-b2b', title: 'CNC', type: 'cooperation' }]),
    'row 2 (id pl-zaklad-lodz), services[0].id: "sk-cluster-auto-b2b" is already the id of a service (row 1); service ids are unique in a catalogue',
  ],
  [
    'unknown service type',
    (r) => (firstService(r).type = 'coaching'),
    `${SK}, services[0].type: "coaching" is not a known service type (use information-communication, internationalisation, marketing-pr, cooperation, training-qualification, research-testing)`,
  ],
  [
    'unknown service sector',
    (r) => (firstService(r).sectors = ['mining']),
    `${SK}, services[0].sectors[0]: "mining" is not a known sector (use energy-environment, tourism, health, food, ict, mobility-logistics, automotive-aeronautics, production-technologies, wood, professional-services)`,
  ],
  [
    'language code',
    (r) => (firstContact(r).languages = ['slovak']),
    `${SK}, contacts[0].languages[0]: "slovak" must be a language code such as de`,
  ],
  [
    'empty contact',
    (r) => (org(r).contacts = [{ role: 'Manažér', languages: ['sk'] }]),
    `${SK}, contacts[0]: a contact needs at least a name, an e-mail or a phone (found {"role":"Manažér","languages":["sk"]})`,
  ],
  [
    'duplicate event id',
    (r) => r.events.push({ ...event(r), title: 'Again' }),
    'events row 2 (id ev-forum-2026), id: "ev-forum-2026" is already the id of the event in row 1',
  ],
  [
    'event kind',
    (r) => (event(r).kind = 'picnic'),
    `${EV}, kind: "picnic" must be one of exchange-forum, company-tour, study-visit, trade-fair, workshop, conference`,
  ],
  [
    'event end before start',
    (r) => (event(r).end = '2026-05-01'),
    `${EV}, end: "2026-05-01" is before the start ("2026-05-12")`,
  ],
  [
    'dangling organiser',
    (r) => (event(r).organisers = ['hu-ghost']),
    `${EV}, organisers[0]: "hu-ghost" is not the id of an organisation in this catalogue`,
  ],
  [
    'unknown event country',
    (r) => (event(r).country = 'QQ'),
    `${EV}, country: "QQ" is not a known country code`,
  ],
  [
    'unknown event sector',
    (r) => (event(r).sectors = ['space']),
    `${EV}, sectors[0]: "space" is not a known sector (use energy-environment, tourism, health, food, ict, mobility-logistics, automotive-aeronautics, production-technologies, wood, professional-services)`,
  ],
  [
    'event website',
    (r) => (event(r).website = 'file:///etc/passwd'),
    `${EV}, website: "file:///etc/passwd" must be an https:// or http:// address`,
  ],
  [
    'catalogue schema',
    (r) => (r.schema = 'metacluster-catalogue/2'),
    'schema: must be "metacluster-catalogue/1" (found "metacluster-catalogue/2")',
  ],
  [
    'organisations of another type',
    (r) => {
      (r as { organisations: unknown }).organisations = { id: 'x' };
      r.events = [];
    },
    'organisations: must be a list (found {"id":"x"})',
  ],
];

describe('every problem names the offending value', () => {
  it.each(RULES)('%s', (_rule, change, line) => {
    expect(linesOf(broken(change))).toEqual([line]);
  });

  it('names an unknown field by its key, and a missing one needs no value', () => {
    expect(
      linesOf(
        broken((r) => {
          org(r).colour = 'blue';
          delete org(r, 1).name;
        }),
      ),
    ).toEqual([
      `${SK}, colour: is not a field of the catalogue format (check its spelling)`,
      'row 2 (id pl-zaklad-lodz), name: is required',
    ]);
  });

  it('names a catalogue that is not an object by what it is', () => {
    expect(linesOf(['organisations'])).toEqual([
      'a catalogue is an object { "schema": "metacluster-catalogue/1", "organisations": [...], "events": [...] } (found ["organisations"])',
    ]);
  });

  it('names the values a spreadsheet reader refuses', () => {
    const result = parseCsv(
      new TextEncoder().encode(
        'id,kind,name,country,Land,name\nat-1,agency,ABA,AT,Österreich,ABA,"food;wood"\n',
      ),
      testTaxonomy,
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'row 1, Land: is not a column of the organisations sheet (see docs/catalogue-format.md for the columns)',
      'row 1, name: appears twice in the header',
      'row 2 (id at-1), column 7: holds "food;wood" but the column has no header (quote a cell that contains a ",")',
    ]);
  });
});
