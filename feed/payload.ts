/**
 * Turning verified payload bytes into something the store can apply, refusing (INVALID_FEED)
 * anything that breaks the format or the catalogue's rules. A snapshot must pass the same
 * validation as an administrator's source; a delta's records pass it too, and its references
 * (`member_of`, event `organisers`) must resolve in the catalogue as it will be after the
 * delta, so a signed but inconsistent delta never reaches the database.
 */
import type { Db } from '../db/sqlite';
import type { ChangeSet } from '../db/catalogue-store';
import { referencesTo, storedOrganisationIds } from '../db/store/references';
import type { CatalogueStream } from '../db/catalogue-store';
import { asBuffer, decodeUtf8, utf8Problem } from '../catalogue-format/decode-utf8';
import { parseElement, scanCatalogue, type Spans } from '../catalogue-format/json-records';
import { CatalogueChecker, formatProblem, validateCatalogue } from '../catalogue-format/validate';
import {
  CATALOGUE_SCHEMA,
  type CatalogueEvent,
  type Organisation,
  type SourceProblem,
} from '../catalogue-format/schema';
import type { Taxonomy } from '../catalogue-format/taxonomy-types';
import { FeedError } from './errors';
import { describeIssues, deltaSchema, type DeltaFile } from './format';

/** Signed bytes are decoded as strictly as an administrator's source: never into U+FFFD. */
function parseJson(bytes: Uint8Array, what: string): unknown {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw notUtf8(what, decoded.problem);
  try {
    return JSON.parse(decoded.text);
  } catch {
    throw notJson(what);
  }
}

function notUtf8(what: string, problem: string): FeedError {
  return new FeedError('INVALID_FEED', `The ${what} is not UTF-8 text: ${problem}.`);
}

function notJson(what: string): FeedError {
  return new FeedError('INVALID_FEED', `The ${what} is not JSON.`);
}

function invalid(what: string, problems: readonly SourceProblem[]): FeedError {
  const shown = problems.slice(0, 3).map(formatProblem);
  if (problems.length > 3) shown.push(`and ${problems.length - 3} more`);
  return new FeedError(
    'INVALID_FEED',
    `The ${what} breaks the catalogue rules: ${shown.join('; ')}.`,
  );
}

/**
 * A verified snapshot, read one organisation at a time as the store writes it (see
 * CatalogueStream): the whole 100 MB document is never a string or a tree in memory. Its
 * outline is scanned first (catalogue-format/json-records.ts); its events (a few, and each
 * organisation's search document lists the titles of its events) are checked before the
 * organisations. The result is exactly that of parsing and checking it whole: the same
 * records, or the same refusal — a record that is not JSON refuses the snapshot as "not
 * JSON" (whatever else is wrong), and the rule problems come after the last organisation,
 * in file order, so the store's transaction rolls back. A document outside the common shape
 * is parsed whole.
 */
export function parseSnapshot(bytes: Uint8Array, taxonomy: Taxonomy): CatalogueStream {
  const buffer = asBuffer(bytes);
  const problem = utf8Problem(buffer);
  if (problem !== undefined) throw notUtf8('snapshot', problem);
  const scanned = scanCatalogue(buffer);
  if (scanned === undefined) {
    const result = validateCatalogue(parseJson(buffer, 'snapshot'), taxonomy);
    if (!result.ok) throw invalid('snapshot', result.problems);
    const { organisations, events } = result.catalogue;
    return { organisations, organisationCount: organisations.length, events };
  }
  const checker = new CatalogueChecker(taxonomy);
  checker.top(scanned.top);
  const element = (spans: Spans, index: number): unknown => {
    try {
      return parseElement(buffer, spans, index);
    } catch {
      throw notJson('snapshot');
    }
  };
  const eventSpans = scanned.lists.events ?? NO_SPANS;
  const events: CatalogueEvent[] = [];
  for (let i = 0; i < eventSpans.starts.length; i++) {
    const event = checker.event(i, element(eventSpans, i));
    if (event !== undefined) events.push(event);
  }
  const orgSpans = scanned.lists.organisations ?? NO_SPANS;
  function* organisations(): Generator<Organisation> {
    for (let i = 0; i < orgSpans.starts.length; i++) {
      const org = checker.organisation(i, element(orgSpans, i));
      if (org !== undefined) yield org;
    }
    const problems = checker.finish();
    if (problems.length > 0) throw invalid('snapshot', problems);
  }
  return {
    organisations: organisations(),
    organisationCount: orgSpans.starts.length,
    events,
    json: { bytes: buffer, ...orgSpans },
  };
}

const NO_SPANS: Spans = { starts: [], ends: [] };

export function parseDelta(
  bytes: Uint8Array,
  expected: { base: number; version: number },
): DeltaFile {
  const parsed = deltaSchema.safeParse(parseJson(bytes, 'delta'));
  if (!parsed.success) {
    throw new FeedError('INVALID_FEED', `The delta: ${describeIssues(parsed.error)}.`);
  }
  const delta = parsed.data;
  if (delta.base_version !== expected.base || delta.version !== expected.version) {
    // Mix-and-match: a delta file must join exactly the versions the signed index says.
    throw new FeedError(
      'INVALID_FEED',
      `The delta goes from version ${delta.base_version} to ${delta.version}, but the index lists it as ${expected.base} to ${expected.version}.`,
    );
  }
  return delta;
}

/**
 * Validates a delta's records and references against `db` (call inside the transaction that
 * applies it, so the catalogue cannot change in between) and returns the normalised change set.
 * References to organisations the delta does not carry must resolve in the database, to an
 * organisation the delta does not remove.
 */
export function checkDelta(db: Db, delta: DeltaFile, taxonomy: Taxonomy): ChangeSet {
  const { upserts, deletes } = delta;
  const deletedOrgs = new Set(deletes.organisations);
  const referenced = new Set<string>();
  const collect = (record: unknown, key: string) => {
    const refs = (record as Record<string, unknown> | null)?.[key];
    if (!Array.isArray(refs)) return;
    for (const ref of refs) if (typeof ref === 'string') referenced.add(ref.trim());
  };
  for (const o of upserts.organisations) collect(o, 'member_of');
  for (const e of upserts.events) collect(e, 'organisers');
  const stored = storedOrganisationIds(
    db,
    [...referenced].filter((id) => !deletedOrgs.has(id)),
  );
  const result = validateCatalogue(
    { schema: CATALOGUE_SCHEMA, organisations: upserts.organisations, events: upserts.events },
    taxonomy,
    { knownOrganisations: stored },
  );
  if (!result.ok) throw invalid('delta', result.problems);
  const catalogue = result.catalogue;

  const upsertOrgIds = new Set(catalogue.organisations.map((o) => o.id));
  const upsertEventIds = new Set(catalogue.events.map((e) => e.id));
  const both =
    deletes.organisations.find((id) => upsertOrgIds.has(id)) ??
    deletes.events.find((id) => upsertEventIds.has(id));
  if (both !== undefined) {
    throw new FeedError('INVALID_FEED', `The delta both updates and deletes "${both}".`);
  }
  if (deletedOrgs.size > 0) {
    // A removed organisation must not stay referenced by a record the delta leaves alone.
    const goneEvents = new Set(deletes.events);
    const dangling = referencesTo(db, deletedOrgs).find(({ section, from }) =>
      section === 'events'
        ? !goneEvents.has(from) && !upsertEventIds.has(from)
        : !deletedOrgs.has(from) && !upsertOrgIds.has(from),
    );
    if (dangling !== undefined) {
      throw new FeedError(
        'INVALID_FEED',
        `The delta removes "${dangling.to}" but "${dangling.from}" still refers to it.`,
      );
    }
  }
  return {
    upserts: { organisations: catalogue.organisations, events: catalogue.events },
    deletes: { organisations: [...deletes.organisations], events: [...deletes.events] },
  };
}
