/**
 * The lists every layer shares, defined once: the catalogue source format, the database, the
 * exporters, the search engine and the UI import them from here. Plain constants, free of zod
 * and of everything else, so the smallest bundle (the desktop preload) may use them too.
 */

/** What an organisation is, in the catalogue source format and everywhere after it. */
export const ORGANISATION_KINDS = [
  'cluster',
  'partner',
  'supplier',
  'research',
  'agency',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const EVENT_KINDS = [
  'exchange-forum',
  'company-tour',
  'study-visit',
  'trade-fair',
  'workshop',
  'conference',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The network's languages: the UI is translated into each, labels and names come in each. */
export const LOCALES = ['en', 'de', 'it', 'sk', 'cs', 'hu', 'pl', 'sl'] as const;
export type Locale = (typeof LOCALES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Contact-list formats (docs/export.md). */
export const EXPORT_FORMATS = [
  'csv',
  'csv-semicolon',
  'google',
  'outlook',
  'vcard',
  'vcard4',
  'xlsx',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The columns of the spreadsheet formats, in their default order (docs/export.md). */
export const COLUMN_IDS = [
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
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** The formats whose columns the user chooses; the others have a fixed layout. */
export const FORMATS_WITH_COLUMNS: readonly ExportFormat[] = ['csv', 'csv-semicolon', 'xlsx'];

/** Who serves the contract: the desktop shell, web mode, or the command line in process. */
export const APP_MODES = ['desktop', 'web', 'cli'] as const;
export type AppMode = (typeof APP_MODES)[number];

/**
 * What the app says about updates (docs/feed.md, "Status"), decided in feed/update-state.ts:
 * refused, out of date, offline, up to date, or not checked yet.
 */
export const UPDATE_STATES = [
  'up-to-date',
  'offline',
  'out-of-date',
  'refused',
  'never-checked',
] as const;
export type UpdateState = (typeof UPDATE_STATES)[number];

/**
 * The units of a duration as people type it (`45s`, `90m`, `12h`, `30d`, `2w`), in ms: the one
 * table of `publish --expires-in`, `serve --check-every` and the setting `checkEvery`.
 */
export const DURATION_UNITS_MS = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
} as const;
