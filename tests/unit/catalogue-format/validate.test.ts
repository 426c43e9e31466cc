import { describe, expect, it } from 'vitest';
import type { SourceProblem } from '../../../catalogue-format/schema';
import { formatProblem, validateCatalogue } from '../../../catalogue-format/validate';
import { at, validRaw } from '../../fixtures/sources/catalogues';
import { testTaxonomy } from '../../fixtures/taxonomy';

function problemsOf(raw: unknown): SourceProblem[] {
  const result = validateCatalogue(raw, testTaxonomy);
  if (result.ok) throw new Error('expected problems, the catalogue was accepted');
  return result.problems;
}

function lines(raw: unknown): string[] {
  return problemsOf(raw).map(formatProblem);
}

describe('validateCatalogue', () => {
  it('accepts a valid catalogue and returns it normalised', () => {
    const result = validateCatalogue(validRaw(), testTaxonomy);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalogue.organisations.map((o) => o.id)).toEqual([
      'sk-cluster-auto',
      'pl-zaklad-lodz',
      'de-mueller',
    ]);
    const lodz = result.catalogue.organisations[1];
    expect(lodz?.contacts[0]?.languages).toEqual([]);
    expect(lodz?.services).toEqual([]);
    expect(result.catalogue.events[0]?.organisers).toEqual(['sk-cluster-auto']);
  });

  it('reports a bad e-mail with its row, id and field path', () => {
    const raw = validRaw();
    at(raw.organisations, 1).contacts = [{ name: 'Jan', email: 'jan(at)example.pl' }];
    expect(lines(raw)).toEqual([
      'row 2 (id pl-zaklad-lodz), contacts[0].email: "jan(at)example.pl" is not an e-mail address',
    ]);
  });

  it('refuses websites whose scheme is not https: or http:', () => {
    const raw = validRaw();
    at(raw.organisations, 0).website = 'javascript:alert(1)';
    at(raw.organisations, 2).website = 'ftp://files.example.de';
    expect(lines(raw)).toEqual([
      'row 1 (id sk-cluster-auto), website: "javascript:alert(1)" must be an https:// or http:// address',
      'row 3 (id de-mueller), website: "ftp://files.example.de" must be an https:// or http:// address',
    ]);
  });

  it('reports duplicate organisation, service and event ids', () => {
    const raw = validRaw();
    at(raw.organisations, 2).id = 'pl-zaklad-lodz';
    at(raw.organisations, 1).services = [
      { id: 'sk-cluster-auto-b2b', title: 'Obróbka CNC', type: 'research-testing' },
    ];
    raw.events.push({ ...raw.events[0] });
    expect(lines(raw)).toEqual([
      'row 2 (id pl-zaklad-lodz), services[0].id: "sk-cluster-auto-b2b" is already the id of a service (row 1); service ids are unique in a catalogue',
      'row 3 (id pl-zaklad-lodz), id: "pl-zaklad-lodz" is already the id of the organisation in row 2',
      'events row 2 (id ev-forum-2026), id: "ev-forum-2026" is already the id of the event in row 1',
    ]);
  });

  it('reports unknown sectors, service types, regions and countries', () => {
    const raw = validRaw();
    const org = at(raw.organisations, 0);
    org.sectors = ['automotive-aeronautics', 'space'];
    org.services = [{ id: 's1', title: 'Training', type: 'coaching', sectors: ['mining'] }];
    at(raw.organisations, 1).region = 'PL999';
    at(raw.organisations, 2).country = 'XX';
    at(raw.organisations, 2).region = 'DE212';
    const found = problemsOf(raw);
    expect(found.map((p) => [p.row, p.field])).toEqual([
      [1, 'sectors[1]'],
      [1, 'services[0].type'],
      [1, 'services[0].sectors[0]'],
      [2, 'region'],
      [3, 'country'],
    ]);
    expect(found[0]?.message).toMatch(/"space" is not a known sector \(use energy-environment, /);
    expect(found[1]?.message).toMatch(/"coaching" is not a known service type/);
    expect(found[3]?.message).toBe('"PL999" is not a NUTS 2024 region code');
    expect(found[4]?.message).toBe('"XX" is not a known country code');
  });

  it('reports a region of another country than the organisation', () => {
    const raw = validRaw();
    at(raw.organisations, 1).region = 'SK021';
    expect(lines(raw)).toEqual([
      'row 2 (id pl-zaklad-lodz), region: "SK021" is a region of SK, not of PL',
    ]);
  });

  it('reports dangling member_of and organisers, and self-membership', () => {
    const raw = validRaw();
    at(raw.organisations, 1).member_of = ['sk-cluster-auto', 'it-nowhere'];
    at(raw.organisations, 0).member_of = ['sk-cluster-auto'];
    at(raw.events, 0).organisers = ['sk-cluster-auto', 'hu-ghost'];
    expect(lines(raw)).toEqual([
      'row 1 (id sk-cluster-auto), member_of[0]: "sk-cluster-auto" is its own id: an organisation cannot be a member of itself',
      'row 2 (id pl-zaklad-lodz), member_of[1]: "it-nowhere" is not the id of an organisation in this catalogue',
      'events row 1 (id ev-forum-2026), organisers[1]: "hu-ghost" is not the id of an organisation in this catalogue',
    ]);
  });

  it('resolves references to known organisations outside the records, without adding them', () => {
    const raw = validRaw();
    at(raw.organisations, 1).member_of = ['sk-cluster-auto', 'it-stored'];
    at(raw.events, 0).organisers = ['hu-stored', 'hu-ghost'];
    const known = new Set(['it-stored', 'hu-stored']);
    const refused = validateCatalogue(raw, testTaxonomy, { knownOrganisations: known });
    expect(refused.ok ? [] : refused.problems.map(formatProblem)).toEqual([
      'events row 1 (id ev-forum-2026), organisers[1]: "hu-ghost" is not the id of an organisation in this catalogue',
    ]);
    at(raw.events, 0).organisers = ['hu-stored'];
    const result = validateCatalogue(raw, testTaxonomy, { knownOrganisations: known });
    expect(result.ok && result.catalogue.organisations.map((o) => o.id)).toEqual([
      'sk-cluster-auto',
      'pl-zaklad-lodz',
      'de-mueller',
    ]);
    expect(result.ok && result.catalogue.organisations[1]?.member_of).toEqual([
      'sk-cluster-auto',
      'it-stored',
    ]);
  });

  it('collects every problem of every record in one run, in file order', () => {
    const raw = validRaw();
    delete at(raw.organisations, 0).name;
    at(raw.organisations, 0).kind = 'company';
    at(raw.organisations, 0).colour = 'blue';
    at(raw.organisations, 1).country = 'Poland';
    at(raw.organisations, 1).sectors = ['nope'];
    at(raw.events, 0).start = '2026-13-45';
    at(raw.events, 0).end = '12.5.2026';
    expect(lines(raw)).toEqual([
      'row 1 (id sk-cluster-auto), kind: "company" must be one of cluster, partner, supplier, research, agency, other',
      'row 1 (id sk-cluster-auto), name: is required',
      'row 1 (id sk-cluster-auto), colour: is not a field of the catalogue format (check its spelling)',
      'row 2 (id pl-zaklad-lodz), country: "Poland" must be an ISO 3166-1 alpha-2 code such as AT or SK',
      'row 2 (id pl-zaklad-lodz), sectors[0]: "nope" is not a known sector (use energy-environment, tourism, health, food, ict, mobility-logistics, automotive-aeronautics, production-technologies, wood, professional-services)',
      'events row 1 (id ev-forum-2026), start: "2026-13-45" is not a real date',
      'events row 1 (id ev-forum-2026), end: "12.5.2026" must be a date as YYYY-MM-DD, a month as YYYY-MM or a year as YYYY',
    ]);
  });

  it('accepts event dates known only to the month or the year, with a note, and keeps them so', () => {
    const raw = validRaw();
    Object.assign(at(raw.events, 0), {
      start: '2012-06',
      end: '2012-06',
      date_note: 'exact dates not published',
    });
    raw.events.push({
      id: 'ev-autumn',
      kind: 'workshop',
      title: 'Observer meeting',
      start: '2011',
    });
    const result = validateCatalogue(raw, testTaxonomy);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalogue.events[0]).toMatchObject({
      start: '2012-06',
      end: '2012-06',
      date_note: 'exact dates not published',
    });
    expect(result.catalogue.events[1]?.start).toBe('2011');
  });

  it('names what is wrong with a partial event date', () => {
    const raw = validRaw();
    Object.assign(at(raw.events, 0), { start: '2012-13', end: '2012-6' });
    expect(lines(raw)).toEqual([
      'events row 1 (id ev-forum-2026), start: "2012-13" is not a real month',
      'events row 1 (id ev-forum-2026), end: "2012-6" must be a date as YYYY-MM-DD, a month as YYYY-MM or a year as YYYY',
    ]);
  });

  it('lets a partial end share the start month, but not end before it', () => {
    const raw = validRaw();
    Object.assign(at(raw.events, 0), { start: '2012-06-21', end: '2012-06' });
    expect(validateCatalogue(raw, testTaxonomy).ok).toBe(true);
    Object.assign(at(raw.events, 0), { start: '2012-06', end: '2012-05-31' });
    expect(lines(raw)).toEqual([
      'events row 1 (id ev-forum-2026), end: "2012-05-31" is before the start ("2012-06")',
    ]);
  });

  it('checks that an event does not end before it starts', () => {
    const raw = validRaw();
    at(raw.events, 0).end = '2026-05-01';
    expect(lines(raw)).toEqual([
      'events row 1 (id ev-forum-2026), end: "2026-05-01" is before the start ("2026-05-12")',
    ]);
  });

  it('reports a contact with neither name, e-mail nor phone', () => {
    const raw = validRaw();
    at(raw.organisations, 2).contacts = [{ role: 'CEO' }];
    expect(lines(raw)).toEqual([
      'row 3 (id de-mueller), contacts[0]: a contact needs at least a name, an e-mail or a phone (found {"role":"CEO"})',
    ]);
  });

  it('reports file-level problems without a row', () => {
    expect(lines([])).toEqual([
      'a catalogue is an object { "schema": "metacluster-catalogue/1", "organisations": [...], "events": [...] } (found [])',
    ]);
    expect(lines({ schema: 'v2', organisations: {}, extra: 1 })).toEqual([
      'schema: must be "metacluster-catalogue/1" (found "v2")',
      'extra: is not a field of the catalogue format',
      'organisations: must be a list (found {})',
    ]);
  });

  it('drops repeated values from lists, which are sets in the data model', () => {
    const raw = validRaw();
    at(raw.organisations, 0).sectors = ['food', 'food', 'wood'];
    const result = validateCatalogue(raw, testTaxonomy);
    expect(result.ok && result.catalogue.organisations[0]?.sectors).toEqual(['food', 'wood']);
  });

  it('validates 20,000 generated-size records in linear time (no pairwise checks)', () => {
    const raw = validRaw();
    const template = at(raw.organisations, 1);
    raw.organisations = Array.from({ length: 20_000 }, (_, i) => ({
      ...template,
      id: `pl-${i}`,
      member_of: i === 0 ? [] : ['pl-0'],
    }));
    raw.events = [];
    const result = validateCatalogue(raw, testTaxonomy);
    expect(result.ok).toBe(true);
  });
});

describe('formatProblem', () => {
  it('writes one line with what is known', () => {
    expect(formatProblem({ message: 'broken' })).toBe('broken');
    expect(
      formatProblem({
        row: 4,
        id: 'pl-arleg',
        field: 'contact_2_email',
        message: 'is not an e-mail address',
      }),
    ).toBe('row 4 (id pl-arleg), contact_2_email: is not an e-mail address');
    expect(
      formatProblem({ row: 3, section: 'events', field: 'start', message: 'is required' }),
    ).toBe('events row 3, start: is required');
  });
});
