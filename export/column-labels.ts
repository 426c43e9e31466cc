/**
 * The words of a spreadsheet export (csv, csv-semicolon, xlsx) for people: its column headers
 * and its kind values in the interface language, for the clerk who opens the file in Excel.
 * Scripts get the English form (`englishWording`: English headers, kind ids), which is also
 * what `catalogue export` writes, so a script never breaks when someone changes language.
 * Kind names are the interface's own (contract/kind-names.ts).
 */
import { KIND_NAMES } from '../contract/kind-names';
import { COLUMN_IDS, type Locale, type OrganisationKind } from '../contract/lists';
import { COLUMN_HEADERS, type TableColumn } from './columns';

export interface ColumnWording {
  headers: Readonly<Record<TableColumn, string>>;
  kind: (kind: OrganisationKind) => string;
}

interface Words {
  headers: Readonly<Record<TableColumn, string>>;
}

/** Headers in the order of the columns (COLUMN_IDS, then the notes). */
const h = (...names: string[]): Record<TableColumn, string> => {
  const ids: readonly TableColumn[] = [...COLUMN_IDS, 'notes'];
  return Object.fromEntries(ids.map((id, i) => [id, names[i] ?? ''])) as Record<
    TableColumn,
    string
  >;
};

const WORDS: Readonly<Record<Locale, Words>> = {
  en: {
    headers: { ...COLUMN_HEADERS, notes: 'Notes' },
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
  },
};

/** English headers and kind ids: the stable form for scripts (and the command line). */
export const englishWording: ColumnWording = {
  headers: WORDS.en.headers,
  kind: (kind) => kind,
};

/** Headers and kind names in an interface language. */
export function localWording(locale: Locale): ColumnWording {
  const kinds = KIND_NAMES[locale];
  return { headers: WORDS[locale].headers, kind: (kind) => kinds[kind] };
}

/** What a spreadsheet format (CSV, XLSX) is told: which columns, in which words. */
export interface TableOptions {
  columns?: readonly TableColumn[];
  /** Headers and kind values (default: English headers and kind ids, for scripts). */
  wording?: ColumnWording;
}

/** The columns and wording `options` choose, by default every column in English. */
export function tableLayout(options: TableOptions): {
  columns: readonly TableColumn[];
  wording: ColumnWording;
} {
  return { columns: options.columns ?? COLUMN_IDS, wording: options.wording ?? englishWording };
}
