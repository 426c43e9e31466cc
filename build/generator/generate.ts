/**
 * A deterministic, realistic synthetic catalogue for tests and benchmarks: organisations of
 * the network's eight countries with names, people and addresses in their languages (and
 * their diacritics), real NUTS 2024 level-3 regions with towns that lie in them, real sectors
 * and service types, memberships of clusters of the same country and sector, and events.
 *
 * Kept apart from the real catalogue: ids start with `gen-`, and every e-mail address and
 * website is under the reserved `.example` top-level domain (RFC 2606), so no generated
 * contact can reach a real company. Phone numbers have the right country codes and formats
 * but random digits.
 *
 * Same seed and options → the same catalogue, on every machine.
 */
import type {
  Catalogue,
  Contact,
  Organisation,
  OrganisationKind,
  Service,
} from '../../catalogue-format/schema';
import type { Region, Taxonomy } from '../../catalogue-format/taxonomy-types';
import { generateEvents } from './events';
import { ENGLISH_NAMES, GENERIC_SERVICE_TITLES, ORG_WORDS, SERVICE_TITLES } from './organisations';
import { PEOPLE } from './people';
import {
  COUNTRIES,
  COUNTRY_WEIGHTS,
  LANGUAGE,
  PHONE,
  POSTCODE,
  townsOf,
  type CountryCode,
  type Language,
} from './places';
import { createRandom, type Random } from './random';
import { asciiWords, dayOf, fill, initials, isoDay, mailPart } from './text';

export interface GenerateOptions {
  orgs: number;
  seed: number;
  taxonomy: Taxonomy;
}

/** A level-3 region with towns, and the name of its level-2 parent (for cluster names). */
interface Place {
  region: Region;
  area: string;
  towns: readonly string[];
}

const KINDS: readonly OrganisationKind[] = [
  'supplier',
  'cluster',
  'partner',
  'research',
  'agency',
  'other',
];
const KIND_WEIGHTS = [78, 4, 6, 6, 3, 3];
const CONTACT_COUNT_WEIGHTS = [15, 35, 25, 15, 10];
const FIRST_VERIFIED = dayOf('2024-01-01');
const LAST_VERIFIED = dayOf('2026-10-31');

export function generateCatalogue(options: GenerateOptions): Catalogue {
  const { taxonomy } = options;
  if (!Number.isInteger(options.orgs) || options.orgs < 0) {
    throw new Error(`orgs must be a whole number ≥ 0, not ${options.orgs}`);
  }
  const random = createRandom(options.seed);
  const places = placesByCountry(taxonomy);
  const countries = COUNTRIES.filter((c) => places.get(c)?.length);
  if (countries.length === 0) {
    throw new Error(`the taxonomy has no level-3 region of ${COUNTRIES.join(', ')}`);
  }
  if (taxonomy.sectors.length === 0 || taxonomy.serviceTypes.length === 0) {
    throw new Error('the taxonomy has no sectors or no service types');
  }
  const countryWeights = countries.map((c) => COUNTRY_WEIGHTS[c]);
  const width = Math.max(6, String(options.orgs).length);
  const domains = new Map<string, number>();

  // First every organisation's kind, place and sectors, so that members can then join
  // clusters of their own country and sector wherever those clusters are in the list.
  const organisations: Organisation[] = [];
  const clusters = new Map<string, string[]>();
  for (let i = 0; i < options.orgs; i++) {
    const country = countries[random.weighted(countryWeights)] ?? 'DE';
    const kind = KINDS[random.weighted(KIND_WEIGHTS)] ?? 'supplier';
    const place = random.pick(places.get(country) ?? []);
    const sectorCount = kind === 'cluster' ? 1 : random.weighted([50, 35, 15]) + 1;
    const sectors = random.sample(taxonomy.sectors, sectorCount).map((s) => s.id);
    const id = `gen-${country.toLowerCase()}-${String(i + 1).padStart(width, '0')}`;
    const org = organisation(random, { id, kind, country, place, sectors, taxonomy, domains });
    organisations.push(org);
    if (kind === 'cluster') {
      for (const key of [country, `${country}|${sectors[0] ?? ''}`]) {
        const list = clusters.get(key) ?? [];
        list.push(id);
        clusters.set(key, list);
      }
    }
  }

  for (const org of organisations) {
    const p = org.kind === 'supplier' ? 0.75 : org.kind === 'cluster' ? 0 : 0.3;
    if (!random.chance(p)) continue;
    const sector = random.pick(org.sectors);
    const candidates = clusters.get(`${org.country}|${sector}`) ?? clusters.get(org.country) ?? [];
    const joined = random.few(candidates, random.chance(0.2) ? 2 : 1, org.id);
    if (joined.length > 0) org.member_of = joined;
  }

  const events = generateEvents(random, organisations, taxonomy, Math.round(options.orgs / 50));
  return { organisations, events };
}

function placesByCountry(taxonomy: Taxonomy): Map<CountryCode, Place[]> {
  const names = new Map(taxonomy.regions.map((r) => [r.code, r.name]));
  const known = new Set(taxonomy.countries.map((c) => c.code));
  const out = new Map<CountryCode, Place[]>();
  for (const region of taxonomy.regions) {
    const country = region.country as CountryCode;
    if (region.level !== 3 || !COUNTRIES.includes(country) || !known.has(country)) continue;
    const towns = townsOf(region);
    if (towns.length === 0) continue;
    const area = names.get(region.parentCode ?? '') ?? region.name;
    const list = out.get(country) ?? [];
    list.push({ region, area: area.replace(/, .*$/, ''), towns });
    out.set(country, list);
  }
  return out;
}

interface Draft {
  id: string;
  kind: OrganisationKind;
  country: CountryCode;
  place: Place;
  sectors: string[];
  taxonomy: Taxonomy;
  domains: Map<string, number>;
}

function organisation(random: Random, d: Draft): Organisation {
  const lang = LANGUAGE[d.country];
  const words = ORG_WORDS[lang];
  const people = PEOPLE[lang];
  const town = random.pick(d.place.towns);
  const sector = d.taxonomy.sectors.find((s) => s.id === d.sectors[0]);
  const values = {
    surname: random.pick(people.surnames),
    surname2: random.pick(people.surnames),
    town,
    region: d.place.area,
    trade: random.pick(words.trades),
    field: random.pick(words.fields),
    legal: random.pick(words.legal),
    label: sector?.labels[lang] ?? sector?.labels.en ?? '',
  };
  const name = fill(
    d.kind === 'supplier' ? random.pick(words.suppliers) : random.pick(words.kinds[d.kind]),
    values,
  );
  const domain = uniqueDomain(name, d.domains);

  const org: Organisation = {
    id: d.id,
    kind: d.kind,
    name,
    names: {},
    country: d.country,
    region: d.place.region.code,
    city: town,
    sectors: d.sectors,
    member_of: [],
    services: [],
    contacts: [],
  };
  const acronymChance = d.kind === 'supplier' ? 0.05 : d.kind === 'cluster' ? 0.7 : 0.5;
  if (random.chance(acronymChance)) {
    const acronym = initials(name);
    if (acronym !== undefined) org.acronym = acronym;
  }
  if (d.kind !== 'supplier' && random.chance(0.6)) {
    org.names = { en: fill(ENGLISH_NAMES[d.kind], { ...values, label: sector?.labels.en ?? '' }) };
  }
  if (random.chance(0.8)) {
    const template =
      d.kind === 'supplier'
        ? words.supplierDescription
        : d.kind === 'cluster'
          ? words.clusterDescription
          : words.supportDescription;
    org.description = fill(template, values);
  }
  if (random.chance(0.85)) {
    org.address = words.address(random.pick(words.streets), random.int(1, 199));
    org.postcode = random.digits(POSTCODE[d.country]);
  }
  if (random.chance(0.85)) org.website = `https://www.${domain}`;
  if (random.chance(0.75))
    org.email = `${random.pick(['info', 'office', 'kontakt', 'sales'])}@${domain}`;
  org.phone = phone(random, d.country);
  if (random.chance(0.2)) org.fax = phone(random, d.country);
  org.services = services(random, d);
  org.contacts = contacts(random, lang, d.country, domain);
  if (random.chance(0.7)) org.verified_at = isoDay(random.int(FIRST_VERIFIED, LAST_VERIFIED));
  return org;
}

/** A domain under `.example` from the name's first words, unique in the catalogue. */
function uniqueDomain(name: string, used: Map<string, number>): string {
  const base = asciiWords(name).slice(0, 3).join('-') || 'organisation';
  // Counting per base keeps this O(1) when thousands of names share their first words.
  const n = (used.get(base) ?? 0) + 1;
  used.set(base, n);
  return n === 1 ? `${base}.example` : `${base}-${n}.example`;
}

function phone(random: Random, country: CountryCode): string {
  const { code, formats } = PHONE[country];
  return `${code} ${random.digits(random.pick(formats))}`;
}

function services(random: Random, d: Draft): Service[] {
  const count =
    d.kind === 'supplier'
      ? random.weighted([30, 35, 25, 10])
      : d.kind === 'cluster'
        ? random.int(2, 5)
        : random.int(1, 4);
  const out: Service[] = [];
  for (let k = 0; k < count; k++) {
    const type =
      d.kind === 'research' && random.chance(0.6)
        ? (d.taxonomy.serviceTypes.find((t) => t.id === 'research-testing') ??
          random.pick(d.taxonomy.serviceTypes))
        : random.pick(d.taxonomy.serviceTypes);
    const service: Service = {
      id: `${d.id}-s${k + 1}`,
      title: random.pick(SERVICE_TITLES[type.id] ?? GENERIC_SERVICE_TITLES),
      type: type.id,
      sectors: [random.pick(d.sectors)],
    };
    if (random.chance(0.5)) {
      service.description = `${type.labels.en} for companies in ${d.place.area} and across the network.`;
    }
    out.push(service);
  }
  return out;
}

function contacts(random: Random, lang: Language, country: CountryCode, domain: string): Contact[] {
  const people = PEOPLE[lang];
  const count = random.weighted(CONTACT_COUNT_WEIGHTS);
  const out: Contact[] = [];
  const emails = new Set<string>();
  for (let k = 0; k < count; k++) {
    const female = random.chance(0.5);
    const first = random.pick(female ? people.female : people.male);
    const surname = random.pick(people.surnames);
    const family = female ? people.feminine(surname) : surname;
    const name = people.familyFirst === true ? `${family} ${first}` : `${first} ${family}`;
    let email = `${mailPart(first)}.${mailPart(family)}@${domain}`;
    if (emails.has(email)) email = `${mailPart(first)}.${mailPart(family)}${k + 1}@${domain}`;
    emails.add(email);
    const contact: Contact = {
      name,
      role: random.pick(people.roles),
      email,
      languages: random.chance(0.8) ? [lang, 'en'] : [lang],
    };
    if (random.chance(0.7)) contact.phone = phone(random, country);
    out.push(contact);
  }
  return out;
}
