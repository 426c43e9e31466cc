/**
 * What each kind of organisation is called in each language of the network: one table for
 * the interface (renderer/src/i18n: `kinds`) and the spreadsheet exports written for people
 * (export/column-labels.ts), so a file says "Entwicklungsagentur" exactly where the screen does.
 */
import type { Locale, OrganisationKind } from './lists';

export const KIND_NAMES: Readonly<Record<Locale, Readonly<Record<OrganisationKind, string>>>> = {
  en: {
    cluster: 'Cluster',
    partner: 'Partner',
    supplier: 'Supplier',
    research: 'Research centre',
    agency: 'Development agency',
    other: 'Other',
  },
  de: {
    cluster: 'Cluster',
    partner: 'Partner',
    supplier: 'Zulieferer',
    research: 'Forschungseinrichtung',
    agency: 'Entwicklungsagentur',
    other: 'Sonstige',
  },
  it: {
    cluster: 'Cluster',
    partner: 'Partner',
    supplier: 'Fornitore',
    research: 'Centro di ricerca',
    agency: 'Agenzia di sviluppo',
    other: 'Altro',
  },
  sk: {
    cluster: 'Klaster',
    partner: 'Partner',
    supplier: 'Dodávateľ',
    research: 'Výskumné centrum',
    agency: 'Rozvojová agentúra',
    other: 'Iné',
  },
  cs: {
    cluster: 'Klastr',
    partner: 'Partner',
    supplier: 'Dodavatel',
    research: 'Výzkumné centrum',
    agency: 'Rozvojová agentura',
    other: 'Jiné',
  },
  hu: {
    cluster: 'Klaszter',
    partner: 'Partner',
    supplier: 'Beszállító',
    research: 'Kutatóközpont',
    agency: 'Fejlesztési ügynökség',
    other: 'Egyéb',
  },
  pl: {
    cluster: 'Klaster',
    partner: 'Partner',
    supplier: 'Dostawca',
    research: 'Ośrodek badawczy',
    agency: 'Agencja rozwoju',
    other: 'Inne',
  },
  sl: {
    cluster: 'Grozd',
    partner: 'Partner',
    supplier: 'Dobavitelj',
    research: 'Raziskovalni center',
    agency: 'Razvojna agencija',
    other: 'Drugo',
  },
};
