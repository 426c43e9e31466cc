/**
 * The words of a spreadsheet export (csv, csv-semicolon, xlsx) for people: its column headers
 * and its kind values in the interface language, for the clerk who opens the file in Excel.
 * Scripts get the English form (`englishWording`: English headers, kind ids), which is also
 * what `catalogue export` writes, so a script never breaks when someone changes language.
 * Kind names are the interface's own (renderer/src/i18n: `kinds`; a test keeps them equal).
 */
import type { Locale } from '../contract/lists';
import type { OrganisationKind } from '../contract/lists';
import { COLUMN_HEADERS, type TableColumn } from './columns';

export interface ColumnWording {
  headers: Readonly<Record<TableColumn, string>>;
  kind: (kind: OrganisationKind) => string;
}

interface Words {
  headers: Readonly<Record<TableColumn, string>>;
  kinds: Readonly<Record<OrganisationKind, string>>;
}

const h = (...names: string[]): Record<TableColumn, string> => {
  const ids: TableColumn[] = [
    'organisation',
    'kind',
    'contact_name',
    'role',
    'email',
    'phone',
    'website',
    'address',
    'postcode',
    'city',
    'country',
    'region',
    'sectors',
    'services',
    'notes',
  ];
  return Object.fromEntries(ids.map((id, i) => [id, names[i] ?? ''])) as Record<
    TableColumn,
    string
  >;
};

const WORDS: Readonly<Record<Locale, Words>> = {
  en: {
    headers: { ...COLUMN_HEADERS, notes: 'Notes' },
    kinds: {
      cluster: 'Cluster',
      partner: 'Partner',
      supplier: 'Supplier',
      research: 'Research centre',
      agency: 'Development agency',
      other: 'Other',
    },
  },
  de: {
    headers: h(
      'Organisation',
      'Art',
      'Kontaktperson',
      'Funktion',
      'E-Mail',
      'Telefon',
      'Website',
      'Adresse',
      'PLZ',
      'Ort',
      'Land',
      'Region',
      'Branchen',
      'Leistungen',
      'Notizen',
    ),
    kinds: {
      cluster: 'Cluster',
      partner: 'Partner',
      supplier: 'Zulieferer',
      research: 'Forschungseinrichtung',
      agency: 'Entwicklungsagentur',
      other: 'Sonstige',
    },
  },
  it: {
    headers: h(
      'Organizzazione',
      'Tipo',
      'Referente',
      'Ruolo',
      'E-mail',
      'Telefono',
      'Sito web',
      'Indirizzo',
      'CAP',
      'Città',
      'Paese',
      'Regione',
      'Settori',
      'Servizi',
      'Note',
    ),
    kinds: {
      cluster: 'Cluster',
      partner: 'Partner',
      supplier: 'Fornitore',
      research: 'Centro di ricerca',
      agency: 'Agenzia di sviluppo',
      other: 'Altro',
    },
  },
  sk: {
    headers: h(
      'Organizácia',
      'Druh',
      'Kontaktná osoba',
      'Funkcia',
      'E-mail',
      'Telefón',
      'Webová stránka',
      'Adresa',
      'PSČ',
      'Mesto',
      'Krajina',
      'Región',
      'Sektory',
      'Služby',
      'Poznámky',
    ),
    kinds: {
      cluster: 'Klaster',
      partner: 'Partner',
      supplier: 'Dodávateľ',
      research: 'Výskumné centrum',
      agency: 'Rozvojová agentúra',
      other: 'Iné',
    },
  },
  cs: {
    headers: h(
      'Organizace',
      'Druh',
      'Kontaktní osoba',
      'Funkce',
      'E-mail',
      'Telefon',
      'Web',
      'Adresa',
      'PSČ',
      'Město',
      'Země',
      'Region',
      'Odvětví',
      'Služby',
      'Poznámky',
    ),
    kinds: {
      cluster: 'Klastr',
      partner: 'Partner',
      supplier: 'Dodavatel',
      research: 'Výzkumné centrum',
      agency: 'Rozvojová agentura',
      other: 'Jiné',
    },
  },
  hu: {
    headers: h(
      'Szervezet',
      'Típus',
      'Kapcsolattartó',
      'Beosztás',
      'E-mail',
      'Telefon',
      'Weboldal',
      'Cím',
      'Irányítószám',
      'Település',
      'Ország',
      'Régió',
      'Ágazatok',
      'Szolgáltatások',
      'Jegyzetek',
    ),
    kinds: {
      cluster: 'Klaszter',
      partner: 'Partner',
      supplier: 'Beszállító',
      research: 'Kutatóközpont',
      agency: 'Fejlesztési ügynökség',
      other: 'Egyéb',
    },
  },
  pl: {
    headers: h(
      'Organizacja',
      'Rodzaj',
      'Osoba kontaktowa',
      'Funkcja',
      'E-mail',
      'Telefon',
      'Strona internetowa',
      'Adres',
      'Kod pocztowy',
      'Miejscowość',
      'Kraj',
      'Region',
      'Sektory',
      'Usługi',
      'Notatki',
    ),
    kinds: {
      cluster: 'Klaster',
      partner: 'Partner',
      supplier: 'Dostawca',
      research: 'Ośrodek badawczy',
      agency: 'Agencja rozwoju',
      other: 'Inne',
    },
  },
  sl: {
    headers: h(
      'Organizacija',
      'Vrsta',
      'Kontaktna oseba',
      'Vloga',
      'E-pošta',
      'Telefon',
      'Spletna stran',
      'Naslov',
      'Poštna številka',
      'Kraj',
      'Država',
      'Regija',
      'Sektorji',
      'Storitve',
      'Opombe',
    ),
    kinds: {
      cluster: 'Grozd',
      partner: 'Partner',
      supplier: 'Dobavitelj',
      research: 'Raziskovalni center',
      agency: 'Razvojna agencija',
      other: 'Drugo',
    },
  },
};

/** English headers and kind ids: the stable form for scripts (and the command line). */
export const englishWording: ColumnWording = {
  headers: WORDS.en.headers,
  kind: (kind) => kind,
};

/** Headers and kind names in an interface language. */
export function localWording(locale: Locale): ColumnWording {
  const words = WORDS[locale];
  return { headers: words.headers, kind: (kind) => words.kinds[kind] };
}
