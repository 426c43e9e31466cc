/**
 * A deterministic synthetic catalogue of any size that passes validation (taxonomy ids taken
 * from the bundled taxonomy), for feed tests and the sync benchmark. `revision` changes the
 * names of every `changeEvery`-th organisation, so two revisions differ predictably.
 */
import type { Catalogue, Organisation, OrganisationKind } from '../../../catalogue-format/schema';
import { loadTaxonomy } from '../../../db/taxonomy';

const WORDS = [
  'Nová',
  'Technika',
  'Strojárne',
  'Łódź',
  'Präzision',
  'Óbuda',
  'Meccanica',
  'Žilina',
  'Automotive',
  'Biotech',
  'Energie',
  'Logistika',
  'Kraków',
  'Wärme',
  'Plasty',
  'Fémipar',
] as const;
const KINDS: readonly OrganisationKind[] = [
  'supplier',
  'supplier',
  'supplier',
  'research',
  'agency',
  'partner',
];

function pick<T>(list: readonly T[], n: number): T {
  const value = list[n % list.length];
  if (value === undefined) throw new Error('empty list');
  return value;
}

export function syntheticCatalogue(
  count: number,
  options: { revision?: number; changeEvery?: number; clusters?: number } = {},
): Catalogue {
  const taxonomy = loadTaxonomy();
  const regions = taxonomy.regions.filter(
    (r) =>
      r.level === 3 &&
      !r.extraRegio &&
      ['AT', 'SK', 'CZ', 'HU', 'PL', 'IT', 'DE'].includes(r.country),
  );
  const sectors = taxonomy.sectors.map((s) => s.id);
  const types = taxonomy.serviceTypes.map((t) => t.id);
  const revision = options.revision ?? 0;
  const changeEvery = options.changeEvery ?? 10;
  const clusters = Math.max(1, Math.min(options.clusters ?? Math.ceil(count / 500), count));
  const organisations: Organisation[] = [];
  for (let i = 0; i < count; i++) {
    const region = pick(regions, i * 7);
    const isCluster = i < clusters;
    const changed = revision > 0 && i % changeEvery === 0;
    const name = `${pick(WORDS, i)} ${pick(WORDS, i * 3 + 1)} ${i}${changed ? ` r${revision}` : ''}`;
    organisations.push({
      id: `org-${i}`,
      kind: isCluster ? 'cluster' : pick(KINDS, i),
      name,
      names: {},
      country: region.country,
      region: region.code,
      city: `${pick(WORDS, i * 5)}ov`,
      website: `https://org-${i}.example.org`,
      email: `info@org-${i}.example.org`,
      sectors: [pick(sectors, i), pick(sectors, i * 11 + 3)].filter(
        (s, k, a) => a.indexOf(s) === k,
      ),
      member_of: isCluster ? [] : [`org-${i % clusters}`],
      services: [
        {
          id: `svc-${i}`,
          title: `${pick(WORDS, i + 2)} service`,
          type: pick(types, i),
          sectors: [],
        },
      ],
      contacts: [
        {
          name: `Contact ${i}`,
          role: 'Manager',
          email: `c${i}@org-${i}.example.org`,
          languages: [],
        },
      ],
    });
  }
  const events = Array.from({ length: Math.min(20, clusters) }, (_, i) => ({
    id: `event-${i}`,
    kind: 'exchange-forum' as const,
    title: `Exchange forum ${i}`,
    start: '2026-05-04',
    organisers: [`org-${i}`],
    sectors: [],
  }));
  return { organisations, events };
}
