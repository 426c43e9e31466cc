/**
 * A NUTS 2024 region for an ECHE institution, only where its city certainly lies in it. The
 * ECHE list has no region column, and a wrong region is worse than none (a region filter
 * would show the institution in the wrong place), so the rule is narrow:
 *
 * - The city is itself the name of a region of its country: "Wien" (AT130), "Budapest"
 *   (HU110), "Milano" (ITC4C), "Salzburg" (AT32). Italian, Spanish, Turkish, Romanian,
 *   Bulgarian, Greek and Albanian level-3 regions, and German Regierungsbezirke, are named
 *   after their seat town.
 * - A name that marks a city counts as that city: "Leipzig, Kreisfreie Stadt",
 *   "Karlsruhe, Stadtkreis", "Miasto Kraków", "Hlavní město Praha", "Grad Zagreb",
 *   "Sofia (stolitsa)", "City of Belgrade". Where such a region exists, it wins: the plain
 *   "Leipzig" (DED52) and "Sofia" (BG412) are the districts around those cities, which do not
 *   contain them. A "…, Landkreis" is never a city.
 * - French départements take the names of rivers and mountains, not towns: the town of
 *   Vienne (Isère, postcode 38200) is not in the département of Vienne (FRI34). In France
 *   only Paris (FR101, the commune itself) is used.
 * - Several matching regions must lie on one line of ancestors (Wien: AT13 ⊃ AT130); the
 *   deepest is taken. Matches in different branches are ambiguous and give no region.
 * - Spellings: case, accents, "ue"/"ü" and punctuation are ignored ("MUENCHEN", "München",
 *   "L AQUILA", "L'Aquila"); a district number or CEDEX after the town is dropped ("Praha 1",
 *   "Praha 19 - Kbely", "PARIS CEDEX 05", "DUBLIN 2"), and so is an Italian province in
 *   parentheses ("ROMA (RM)"). Exonyms ("Vienna", "Prague", "Warsaw") are not NUTS names and
 *   give no region.
 *
 * Every city → region pair this gives for the ECHE list was read by hand (see the test).
 */
import { fold } from '../../db/search/fold';
import type { Region, Taxonomy } from '../../catalogue-format/taxonomy-types';

/** Region name patterns that say "this region is the city X"; X is the first group. */
const CITY_MARKERS: readonly RegExp[] = [
  /^(.+), (?:Kreisfreie Stadt|Stadtkreis)$/u,
  /^Miasto (.+)$/u,
  /^Hlavní město (.+)$/u,
  /^Grad (.+)$/u,
  /^(.+) \((?:stolitsa|столица)\)$/u,
  /^City of (.+)$/u,
];
/** Region names that are the district around a town, never the town. */
const DISTRICT_MARKER = ', Landkreis';

/** Regions whose territory is a single city although their name carries no marker. */
const WHOLE_CITY_REGIONS: ReadonlySet<string> = new Set(['FR101']);
/** Countries whose regions are not named after towns: only WHOLE_CITY_REGIONS are used. */
const REGIONS_NOT_NAMED_AFTER_TOWNS: ReadonlySet<string> = new Set(['FR']);

/** Folded words joined by one space: "L'AQUILA" and "L’Aquila" are both "l aquila". */
function placeKey(text: string): string {
  return fold(text.normalize('NFC'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Both German spellings of a key with ä/ö/ü: "münchen" also as "muenchen". */
function spellings(name: string): string[] {
  const plain = placeKey(name);
  const spelled = placeKey(
    name.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue'),
  );
  return spelled === plain ? [plain] : [plain, spelled];
}

/** What an ECHE city adds to its town: a district number, CEDEX, a province in parentheses. */
const CITY_SUFFIX = /\s*(?:\([^)]*\)|\bcedex\b.*|\s\d.*)$/iu;

export function cityKey(city: string): string {
  return placeKey(city.replace(CITY_SUFFIX, ''));
}

interface Candidate {
  region: Region;
  isCity: boolean;
}

export type RegionFinder = (country: string, city: string) => string | undefined;

/** Builds the lookup once: a map from (country, folded town name) to candidate regions. */
export function regionFinder(taxonomy: Taxonomy): RegionFinder {
  const byKey = new Map<string, Candidate[]>();
  const add = (region: Region, town: string, isCity: boolean) => {
    for (const key of spellings(town)) {
      const mapKey = `${region.country} ${key}`;
      const list = byKey.get(mapKey) ?? [];
      if (!list.some((c) => c.region.code === region.code)) list.push({ region, isCity });
      byKey.set(mapKey, list);
    }
  };
  for (const region of taxonomy.regions) {
    if (region.level === 0 || region.extraRegio === true) continue;
    for (const name of new Set([region.name, region.nameLatin])) {
      // "Valencia/València", "Ferizaj/Uroševac": a slash separates the names of one region.
      for (const part of name.split('/').map((p) => p.trim())) {
        if (part.endsWith(DISTRICT_MARKER)) continue;
        const marked = CITY_MARKERS.map((m) => m.exec(part)?.[1]).find((t) => t !== undefined);
        if (marked !== undefined) add(region, marked, true);
        else if (WHOLE_CITY_REGIONS.has(region.code)) add(region, part, true);
        else if (!REGIONS_NOT_NAMED_AFTER_TOWNS.has(region.country)) add(region, part, false);
      }
    }
  }
  const parents = new Map(taxonomy.regions.map((r) => [r.code, r.parentCode]));
  const isAncestor = (ancestor: string, code: string): boolean => {
    for (let c = parents.get(code); c != null; c = parents.get(c)) if (c === ancestor) return true;
    return false;
  };

  return (country, city) => {
    const key = cityKey(city);
    if (key === '') return undefined;
    const found = byKey.get(`${country} ${key}`) ?? [];
    const cities = found.filter((c) => c.isCity);
    const candidates = cities.length > 0 ? cities : found;
    if (candidates.length === 0) return undefined;
    const deepest = candidates.reduce((a, b) => (b.region.level > a.region.level ? b : a));
    const onOneLine = candidates.every(
      (c) => c === deepest || isAncestor(c.region.code, deepest.region.code),
    );
    return onOneLine ? deepest.region.code : undefined;
  };
}
