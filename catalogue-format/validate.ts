/**
 * Validation of a catalogue source: every record through the zod schema, then the rules that
 * need the whole catalogue (cross-checks.ts). All problems are collected in one pass, so an
 * administrator fixes a spreadsheet in one round, not one error at a time.
 *
 * Cost is linear in the number of records (one schema parse each, then hash-set lookups), so
 * 100,000 organisations validate in a few seconds.
 */
import type { z } from 'zod';
import type { Taxonomy } from './taxonomy-types';
import { checkCrossRecord, text, type RawRecord } from './cross-checks';
import {
  issueMessages,
  jsonFieldName,
  makeProblem,
  type FieldNamer,
  type FieldPath,
  type RecordLocation,
  type Section,
} from './problems';
import {
  CATALOGUE_SCHEMA,
  eventSchema,
  organisationSchema,
  type Catalogue,
  type CatalogueEvent,
  type Organisation,
  type SourceProblem,
} from './schema';
import { escapeText, showFound } from './show-value';

export type SourceResult =
  | { ok: true; catalogue: Catalogue }
  | {
      ok: false;
      problems: SourceProblem[];
      /** Records found, when the file could be read that far (for summaries). */
      counts?: { organisations: number; events: number };
    };

/**
 * A source read into the JSON shape validateCatalogue checks, with how its problems are
 * located; or the problems that stopped the reading (not UTF-8, malformed, ...).
 */
export type RawSource = { ok: true; raw: unknown; options?: ValidateOptions } | Unreadable;

/** What stopped a source from being read. */
export interface Unreadable {
  ok: false;
  problems: SourceProblem[];
}

/** A source that could not be read, for one reason. */
export function unreadable(message: string, row?: number): Unreadable {
  return { ok: false, problems: [row === undefined ? { message } : { row, message }] };
}

/** Validates what a reader produced, passing on its problems if it could not read. */
export function validateSource(source: RawSource, taxonomy: Taxonomy): SourceResult {
  return source.ok ? validateCatalogue(source.raw, taxonomy, source.options) : source;
}

export interface ValidateOptions {
  /** Row shown for the record at index i of each list (default i + 1). */
  rows?: { organisations?: readonly number[]; events?: readonly number[] };
  /** How fields are named in problems (default JSON paths such as `contacts[1].email`). */
  fieldName?: FieldNamer;
  /** Problems the reader already found (unknown columns...), reported with the others. */
  readerProblems?: readonly SourceProblem[];
  /**
   * Ids of organisations outside the records given that `member_of` and event `organisers`
   * may refer to: a feed delta's records refer to the catalogue it is applied to.
   */
  knownOrganisations?: ReadonlySet<string>;
}

const TOP_LEVEL_FIELDS = new Set(['schema', 'organisations', 'events']);

/** Shared by every record the schema accepted (most of them): one set, not 100,000. */
const NOTHING_REJECTED: ReadonlySet<string> = new Set<string>();

export function validateCatalogue(
  raw: unknown,
  taxonomy: Taxonomy,
  options: ValidateOptions = {},
): SourceResult {
  const name = options.fieldName ?? jsonFieldName;
  const problems: SourceProblem[] = [...(options.readerProblems ?? [])];

  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [
        {
          message: `a catalogue is an object { "schema": "${CATALOGUE_SCHEMA}", "organisations": [...], "events": [...] } (found ${showFound(raw)})`,
        },
      ],
    };
  }
  const top = raw as Record<string, unknown>;
  if (top.schema !== CATALOGUE_SCHEMA) {
    problems.push({
      field: 'schema',
      message: `must be "${CATALOGUE_SCHEMA}"${top.schema === undefined ? '' : ` (found ${showFound(top.schema)})`}`,
    });
  }
  for (const key of Object.keys(top)) {
    if (!TOP_LEVEL_FIELDS.has(key)) {
      problems.push({ field: escapeText(key), message: 'is not a field of the catalogue format' });
    }
  }
  const orgInput = listAt(top, 'organisations', true, problems);
  const eventInput = listAt(top, 'events', false, problems);

  const locate = (section: Section, index: number, record: unknown): RecordLocation => {
    const row = options.rows?.[section]?.[index] ?? index + 1;
    const id =
      typeof record === 'object' && record !== null
        ? text((record as Record<string, unknown>).id)
        : undefined;
    return id === undefined ? { section, index, row } : { section, index, row, id };
  };
  const report = (at: RecordLocation, path: FieldPath, message: string) => {
    problems.push(makeProblem(at, path, message, name));
  };

  /**
   * Parses a section's records: the valid ones, normalised, are pushed to `valid`; every record
   * is returned raw with the fields its parse rejected, for the cross-record checks.
   */
  const parseSection = <T>(
    section: Section,
    input: readonly unknown[],
    schema: z.ZodType<T>,
    normalise: (parsed: T) => T,
    valid: T[],
  ): RawRecord[] =>
    input.map((record, i) => {
      const at = locate(section, i, record);
      const parsed = schema.safeParse(record);
      if (parsed.success) {
        valid.push(normalise(parsed.data));
        return { raw: record, at, rejected: NOTHING_REJECTED };
      }
      return { raw: record, at, rejected: reportIssues(parsed.error.issues, record, at, report) };
    });
  const organisations: Organisation[] = [];
  const orgRecords = parseSection(
    'organisations',
    orgInput,
    organisationSchema,
    normaliseOrganisation,
    organisations,
  );
  const events: CatalogueEvent[] = [];
  const eventRecords = parseSection('events', eventInput, eventSchema, normaliseEvent, events);

  checkCrossRecord(orgRecords, eventRecords, taxonomy, report, options.knownOrganisations);

  if (problems.length > 0) {
    return {
      ok: false,
      problems: sortProblems(problems),
      counts: { organisations: orgInput.length, events: eventInput.length },
    };
  }
  return { ok: true, catalogue: { organisations, events } };
}

/** One line for a person: `row 4 (id pl-arleg), contact_2_email: is not an e-mail address`. */
export function formatProblem(p: SourceProblem): string {
  let where = '';
  if (p.row !== undefined) where = `${p.section === 'events' ? 'events row' : 'row'} ${p.row}`;
  else if (p.section === 'events') where = 'events';
  if (p.id !== undefined) where += where === '' ? `id ${p.id}` : ` (id ${p.id})`;
  if (p.field !== undefined) where += where === '' ? p.field : `, ${p.field}`;
  return where === '' ? p.message : `${where}: ${p.message}`;
}

function listAt(
  top: Record<string, unknown>,
  key: 'organisations' | 'events',
  required: boolean,
  problems: SourceProblem[],
): unknown[] {
  const value = top[key];
  if (Array.isArray(value)) return value;
  if (value === undefined && !required) return [];
  problems.push({
    field: key,
    message: value === undefined ? 'is required' : `must be a list (found ${showFound(value)})`,
  });
  return [];
}

type Issues = Parameters<typeof issueMessages>[0][];

function reportIssues(
  issues: Issues,
  record: unknown,
  at: RecordLocation,
  report: (at: RecordLocation, path: FieldPath, message: string) => void,
): Set<string> {
  const rejected = new Set<string>();
  for (const issue of issues) {
    for (const { path, message } of issueMessages(issue, valueAt(record, issue.path))) {
      const key = jsonFieldName(path, at.section, at.index);
      // One problem per field: a date that fails its format is not also "not a real date".
      if (rejected.has(key)) continue;
      rejected.add(key);
      report(at, path, message);
    }
  }
  return rejected;
}

function valueAt(record: unknown, path: FieldPath): unknown {
  let value = record;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Problems in file order: the file-level ones, then organisations, then events, by row. */
function sortProblems(problems: SourceProblem[]): SourceProblem[] {
  const rank = (p: SourceProblem) => (p.row === undefined ? 0 : p.section === 'events' ? 2 : 1);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

/** Lists are sets in the data model (a sector or a cluster counts once), so repeats go. */
function unique<T>(values: T[]): T[] {
  return values.length < 2 || new Set(values).size === values.length
    ? values
    : [...new Set(values)];
}

function normaliseOrganisation(org: Organisation): Organisation {
  org.sectors = unique(org.sectors);
  org.member_of = unique(org.member_of);
  for (const service of org.services) service.sectors = unique(service.sectors);
  for (const contact of org.contacts) contact.languages = unique(contact.languages);
  return org;
}

function normaliseEvent(event: CatalogueEvent): CatalogueEvent {
  event.organisers = unique(event.organisers);
  event.sectors = unique(event.sectors);
  return event;
}
