/**
 * The taxonomies every catalogue record refers to: the network's sectors (mapped to NACE
 * Rev. 2.1), the service types, countries and NUTS 2024 regions. Loaded from the app's bundled
 * reference data (catalogue/taxonomy/, built from ../shared/data by build/build-taxonomy.ts).
 */

/** Labels by language code; `en` is always present. */
export type Labels = Readonly<Record<string, string>> & { readonly en: string };

export interface Sector {
  id: string;
  labels: Labels;
  /** NACE Rev. 2.1 codes (sections, divisions, groups or classes) the sector covers. */
  nace: readonly string[];
}

export interface ServiceType {
  id: string;
  labels: Labels;
}

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Eurostat's code (EL for Greece, UK for the United Kingdom), the NUTS level-0 code. */
  nutsCode: string;
  labels: Labels;
}

export interface Region {
  /** NUTS 2024 code, level 0 (country) to 3. */
  code: string;
  level: 0 | 1 | 2 | 3;
  parentCode: string | null;
  /** ISO alpha-2 of the region's country. */
  country: string;
  /** National name, with diacritics, exactly as Eurostat writes it. */
  name: string;
  /** Eurostat's Latin-script name (differs for Greek, Bulgarian and Cypriot regions). */
  nameLatin: string;
  /** True for Eurostat's "Extra-Regio" pseudo-regions (xxZ, xxZZ, xxZZZ): no territory. */
  extraRegio?: boolean;
}

export interface Taxonomy {
  sectors: readonly Sector[];
  serviceTypes: readonly ServiceType[];
  countries: readonly Country[];
  regions: readonly Region[];
}
