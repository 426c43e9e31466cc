/**
 * The bundled catalogue (catalogue/network.json) is built from the network's newsletter no. 3
 * (tests/fixtures/newsletter-no3.txt, a copy of the seed). These tests keep it valid against
 * the source format and the taxonomy, and faithful: no contact detail that the newsletter does
 * not print.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_SCHEMA,
  catalogueSchema,
  eventSchema,
  organisationSchema,
  type CatalogueEvent,
  type Organisation,
} from '../../../catalogue-format/schema';
import { validateCatalogue } from '../../../catalogue-format/validate';
import { loadTaxonomy, taxonomyIndex } from '../../../db/taxonomy';

const raw: unknown = JSON.parse(
  readFileSync(new URL('../../../catalogue/network.json', import.meta.url), 'utf8'),
);
const newsletter = readFileSync(
  new URL('../../fixtures/newsletter-no3.txt', import.meta.url),
  'utf8',
).replace(/\s+/g, ' ');

const top = catalogueSchema.parse(raw);
const organisations: Organisation[] = top.organisations.map((o) => organisationSchema.parse(o));
const events: CatalogueEvent[] = top.events.map((e) => eventSchema.parse(e));
const byId = new Map(organisations.map((o) => [o.id, o]));
const taxonomy = loadTaxonomy();
const index = taxonomyIndex(taxonomy);

function org(id: string): Organisation {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`no organisation ${id}`);
  return found;
}

describe('the bundled network catalogue', () => {
  it('is a valid metacluster-catalogue/1 source with unique ids', () => {
    expect(top.schema).toBe(CATALOGUE_SCHEMA);
    expect(organisations.length).toBeGreaterThanOrEqual(19);
    expect(events.length).toBeGreaterThanOrEqual(8);
    expect(byId.size).toBe(organisations.length);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const serviceIds = organisations.flatMap((o) => o.services.map((s) => s.id));
    expect(new Set(serviceIds).size).toBe(serviceIds.length);
  });

  it("passes the same validation an administrator's import goes through", () => {
    const result = validateCatalogue(raw, taxonomy);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('refers only to sectors, service types, regions, countries and organisations that exist', () => {
    for (const o of organisations) {
      expect(index.country(o.country), `${o.id} country`).toBeDefined();
      if (o.region !== undefined) {
        const region = index.region(o.region);
        expect(region, `${o.id} region`).toBeDefined();
        expect(region?.country, `${o.id} region's country`).toBe(o.country);
      }
      for (const s of o.sectors) expect(index.sector(s), `${o.id} sector ${s}`).toBeDefined();
      for (const m of o.member_of) expect(byId.has(m), `${o.id} member_of ${m}`).toBe(true);
      for (const service of o.services) {
        expect(index.serviceType(service.type), service.id).toBeDefined();
        for (const s of service.sectors) expect(index.sector(s), service.id).toBeDefined();
      }
    }
    for (const e of events) {
      if (e.country !== undefined) expect(index.country(e.country), e.id).toBeDefined();
      for (const id of e.organisers) expect(byId.has(id), `${e.id} organiser ${id}`).toBe(true);
      for (const s of e.sectors) expect(index.sector(s), `${e.id} sector ${s}`).toBeDefined();
      if (e.end !== undefined) expect(e.end >= e.start, e.id).toBe(true);
    }
  });

  it('holds every organisation the newsletter names', () => {
    // As printed in the newsletter -> catalogue id.
    const printed: Record<string, string> = {
      'Milano Metropoli Development Agency': 'milano-metropoli',
      'La Fucina Business Innovation Centre': 'la-fucina-bic',
      'Province of Milan': 'province-of-milan',
      'Milan Chamber of Commerce': 'milan-chamber-of-commerce',
      'Regional Develompment agency of Piestany': 'piestany-rda',
      'Trnava Self-Governing Region': 'trnava-self-governing-region',
      'Town Piestany': 'town-of-piestany',
      'Trnavská rozvojová spoločnosť': 'trnavska-rozvojova-spolocnost',
      'Progresit, Civic Association': 'progresit',
      'The Mid-Pannon Regional Development Company': 'mid-pannon',
      'Vertes-Duna Cluster': 'vertes-duna-cluster',
      'Upper Austrian Chamber of Commerce': 'upper-austrian-chamber-of-commerce',
      'Lebensmittel-Cluster': 'lebensmittel-cluster',
      'Regional development agency ARLEG': 'arleg',
      'SIDE CLUSTER': 'side-cluster',
      NUTRIBIOMED: 'nutribiomed',
      'ICT Cluster': 'ict-cluster-pl',
      'Centre for research, innovation and regional development': 'cvvi',
      'Clusters-Cord': 'clusters-cord',
    };
    for (const [name, id] of Object.entries(printed)) {
      expect(newsletter, name).toContain(name);
      expect(byId.has(id), `${name} -> ${id}`).toBe(true);
    }
  });

  it('prints Milano Metropoli exactly as the newsletter does', () => {
    expect(org('milano-metropoli')).toMatchObject({
      kind: 'agency',
      country: 'IT',
      region: 'ITC4C',
      address: 'Via Venezia, 23',
      postcode: '20099',
      website: 'http://www.milanomet.it/',
      email: 'info@milanomet.it',
      phone: '+39224126540',
      fax: '+39224126541',
      member_of: ['clusters-cord'],
    });
    expect(index.region('ITC4C')?.name).toBe('Milano');
  });

  it('gives the Piešťany agency its correct name, address and printed phone numbers', () => {
    const rda = org('piestany-rda');
    expect(rda).toMatchObject({
      name: 'Regional Development Agency of Piešťany',
      country: 'SK',
      region: 'SK021',
      city: 'Piešťany',
      address: 'Kukučínova 1672/21',
      website: 'http://www.pnrra.sk/',
      email: 'pnrra.piestany@gmail.com',
      phone: '+421 911 285 131',
      fax: '+421 33 76 222 57',
    });
    // The newsletter prints "921 o1", a typo of the postcode (docs/data-sources.md).
    expect(newsletter).toContain('921 o1 Piešťany');
    expect(rda.postcode).toBe('921 01');
    // Its founders and its later full member are members of the agency.
    const members = organisations.filter((o) => o.member_of.includes('piestany-rda'));
    expect(members.map((o) => o.id).sort()).toEqual([
      'progresit',
      'town-of-piestany',
      'trnava-self-governing-region',
      'trnavska-rozvojova-spolocnost',
    ]);
  });

  it('links the clusters of the meta-cluster process and the project partners to Clusters-Cord', () => {
    expect(org('clusters-cord').sectors).toEqual([
      'energy-environment',
      'tourism',
      'health',
      'food',
      'ict',
    ]);
    for (const id of [
      'side-cluster',
      'nutribiomed',
      'ict-cluster-pl',
      'lebensmittel-cluster',
      'milano-metropoli',
      'piestany-rda',
      'mid-pannon',
      'upper-austrian-chamber-of-commerce',
      'arleg',
      'cvvi',
    ]) {
      expect(org(id).member_of, id).toContain('clusters-cord');
    }
    expect(org('lebensmittel-cluster').sectors).toEqual(['food']);
    expect(org('nutribiomed').sectors).toEqual(['health', 'food']);
    expect(org('ict-cluster-pl').sectors).toEqual(['ict']);
  });

  it('never holds a phone, fax, e-mail or website that the newsletter does not print', () => {
    const checked: string[] = [];
    const expectPrinted = (value: string | undefined, what: string): void => {
      if (value === undefined) return;
      checked.push(value);
      const normalised = value.replace(/\s+/g, ' ');
      // The newsletter prints some addresses without a scheme ("www.clusterscord.eu").
      const withoutScheme = normalised.replace(/^https?:\/\//, '').replace(/\/$/, '');
      expect(
        newsletter.includes(normalised) || newsletter.includes(withoutScheme),
        `${what}: ${value}`,
      ).toBe(true);
    };
    for (const o of organisations) {
      for (const field of ['phone', 'fax', 'email', 'website'] as const) {
        expectPrinted(o[field], `${o.id}.${field}`);
      }
      for (const c of o.contacts) {
        expectPrinted(c.phone, `${o.id} contact phone`);
        expectPrinted(c.email, `${o.id} contact email`);
      }
    }
    for (const e of events) expectPrinted(e.website, `${e.id}.website`);
    expect(checked.length).toBeGreaterThanOrEqual(10);
  });

  it('dates the events as the newsletter does', () => {
    const event = (id: string): CatalogueEvent | undefined => events.find((e) => e.id === id);
    expect(event('exchange-forum-linz-2012')).toMatchObject({
      start: '2012-02-21',
      end: '2012-02-22',
      city: 'Linz',
      sectors: ['energy-environment'],
    });
    // Known only to the month or the season: the precision the newsletter gives, not a day.
    expect(event('exchange-forum-milan-2012')).toMatchObject({
      start: '2012-04',
      date_note: 'beginning of April; exact dates not yet published',
    });
    expect(event('exchange-forum-stuttgart-2012')).toMatchObject({
      start: '2012-06',
      country: 'DE',
      date_note: 'exact dates not yet published',
    });
    expect(event('central-transdanubian-mid-term-observer-2011')).toMatchObject({
      start: '2011-09',
      end: '2011-11',
    });
    expect(event('vertes-duna-cluster-opening-2011')?.start).toBe('2011-11');
    expect(event('ooe-exporttag-2011')?.start).toBe('2011-11-14');
    expect(event('innovation-festival-finale-2012')).toMatchObject({
      start: '2012-02-26',
      end: '2012-02-28',
      organisers: ['province-of-milan'],
    });
    expect(event('polish-clusters-conference-2011')?.start).toBe('2011-11-30');
  });
});
