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
import { checkCrossRecord, crossCheckView, text, type RawRecord } from './cross-checks';
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
  const checker = new CatalogueChecker(taxonomy, options);
  const lists = checker.top(raw as Record<string, unknown>);
  const organisations: Organisation[] = [];
  lists.organisations.forEach((record, i) => {
    const org = checker.organisation(i, record);
    if (org !== undefined) organisations.push(org);
  });
  const events: CatalogueEvent[] = [];
  lists.events.forEach((record, i) => {
    const event = checker.event(i, record);
    if (event !== undefined) events.push(event);
  });
  const problems = checker.finish();
  if (problems.length > 0) {
    return {
      ok: false,
      problems,
      counts: { organisations: lists.organisations.length, events: lists.events.length },
    };
  }
  return { ok: true, catalogue: { organisations, events } };
}

/**
 * The checks of validateCatalogue, one record at a time, for a caller that reads records one
 * by one (a feed snapshot, see feed/payload.ts) and must not hold them all: the top-level
 * fields first, then each record in any order of the two lists (its index says where it is),
 * then finish() for the rules that need every record. A record's checked copy is returned
 * (or undefined when it has problems); what the cross-record rules need of it is kept, in
 * crossCheckView's small form. The problems are the same, in the same order, as
 * validateCatalogue's.
 */
export class CatalogueChecker {
  private readonly problems: SourceProblem[];
  private readonly name: FieldNamer;
  private readonly orgRecords: RawRecord[] = [];
  private readonly eventRecords: RawRecord[] = [];
  private readonly report = (at: RecordLocation, path: FieldPath, message: string) => {
    this.problems.push(makeProblem(at, path, message, this.name));
  };

  constructor(
    private readonly taxonomy: Taxonomy,
    private readonly options: ValidateOptions = {},
  ) {
    this.name = options.fieldName ?? jsonFieldName;
    this.problems = [...(options.readerProblems ?? [])];
  }

  /** Checks the top-level object and returns its record lists (empty where they are not). */
  top(top: Record<string, unknown>): { organisations: unknown[]; events: unknown[] } {
    const { problems } = this;
    if (top.schema !== CATALOGUE_SCHEMA) {
      problems.push({
        field: 'schema',
        message: `must be "${CATALOGUE_SCHEMA}"${top.schema === undefined ? '' : ` (found ${showFound(top.schema)})`}`,
      });
    }
    for (const key of Object.keys(top)) {
      if (!TOP_LEVEL_FIELDS.has(key)) {
        problems.push({
          field: escapeText(key),
          message: 'is not a field of the catalogue format',
        });
      }
    }
    return {
      organisations: listAt(top, 'organisations', true, problems),
      events: listAt(top, 'events', false, problems),
    };
  }

  /** Organisation `index` of the list: its checked copy, or undefined when it has problems. */
  organisation(index: number, record: unknown): Organisation | undefined {
    return this.parse('organisations', index, record, organisationSchema, normaliseOrganisation);
  }

  /** Event `index` of the list: its checked copy, or undefined when it has problems. */
  event(index: number, record: unknown): CatalogueEvent | undefined {
    return this.parse('events', index, record, eventSchema, normaliseEvent);
  }

  /** The rules that need every record; then every problem found, in file order. */
  finish(): SourceProblem[] {
    const byIndex = (a: RawRecord, b: RawRecord) => a.at.index - b.at.index;
    checkCrossRecord(
      this.orgRecords.sort(byIndex),
      this.eventRecords.sort(byIndex),
      this.taxonomy,
      this.report,
      this.options.knownOrganisations,
    );
    return sortProblems(this.problems);
  }

  private parse<T>(
    section: Section,
    index: number,
    record: unknown,
    schema: z.ZodType<T>,
    normalise: (parsed: T) => T,
  ): T | undefined {
    const at = this.locate(section, index, record);
    const parsed = schema.safeParse(record);
    const records = section === 'organisations' ? this.orgRecords : this.eventRecords;
    const raw = section === 'organisations' ? crossCheckView(record) : record;
    if (parsed.success) {
      records.push({ raw, at, rejected: NOTHING_REJECTED });
      return normalise(parsed.data);
    }
    records.push({ raw, at, rejected: reportIssues(parsed.error.issues, record, at, this.report) });
    return undefined;
  }

  private locate(section: Section, index: number, record: unknown): RecordLocation {
    const row = this.options.rows?.[section]?.[index] ?? index + 1;
    const id =
      typeof record === 'object' && record !== null
        ? text((record as Record<string, unknown>).id)
        : undefined;
    return id === undefined ? { section, index, row } : { section, index, row, id };
  }
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

/**
 * An organisation record as the checks normalise it, or undefined when its schema refuses it
 * (without saying why: for a reader that only needs the checked record, such as the index
 * worker reading a snapshot that CatalogueChecker checks in full on the other thread).
 */
export function checkedOrganisation(record: unknown): Organisation | undefined {
  const parsed = organisationSchema.safeParse(record);
  return parsed.success ? normaliseOrganisation(parsed.data) : undefined;
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
