/**
 * Turning verified payload bytes into something the store can apply, refusing (INVALID_FEED)
 * anything that breaks the format or the catalogue's rules. A snapshot must pass the same
 * validation as an administrator's source; a delta's records pass it too, and its references
 * (`member_of`, event `organisers`) must resolve in the catalogue as it will be after the
 * delta, so a signed but inconsistent delta never reaches the database.
 */
import type { Db } from '../db/sqlite';
import type { ChangeSet } from '../db/catalogue-store';
import { decodeUtf8 } from '../catalogue-format/decode-utf8';
import { formatProblem, validateCatalogue } from '../catalogue-format/validate';
import { CATALOGUE_SCHEMA, type Catalogue, type SourceProblem } from '../catalogue-format/schema';
import type { Taxonomy } from '../catalogue-format/taxonomy-types';
import { FeedError } from './errors';
import { describeIssues, deltaSchema, type DeltaFile } from './format';

/** Signed bytes are decoded as strictly as an administrator's source: never into U+FFFD. */
function parseJson(bytes: Uint8Array, what: string): unknown {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    throw new FeedError('INVALID_FEED', `The ${what} is not UTF-8 text: ${decoded.problem}.`);
  }
  try {
    return JSON.parse(decoded.text);
  } catch {
    throw new FeedError('INVALID_FEED', `The ${what} is not JSON.`);
  }
}

function invalid(what: string, problems: readonly SourceProblem[]): FeedError {
  const shown = problems.slice(0, 3).map(formatProblem);
  if (problems.length > 3) shown.push(`and ${problems.length - 3} more`);
  return new FeedError(
    'INVALID_FEED',
    `The ${what} breaks the catalogue rules: ${shown.join('; ')}.`,
  );
}

export function parseSnapshot(bytes: Uint8Array, taxonomy: Taxonomy): Catalogue {
  const result = validateCatalogue(parseJson(bytes, 'snapshot'), taxonomy);
  if (!result.ok) throw invalid('snapshot', result.problems);
  return result.catalogue;
}

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
 * References to organisations the delta does not carry must resolve in the database: those
 * organisations join the validation as stand-ins, which are dropped afterwards.
 */
export function checkDelta(db: Db, delta: DeltaFile, taxonomy: Taxonomy): ChangeSet {
  const { upserts, deletes } = delta;
  const deletedOrgs = new Set(deletes.organisations);
  const exists = db.prepare('SELECT 1 FROM organisation WHERE id = ?').pluck();
  const carried = new Set<string>();
  for (const o of upserts.organisations) {
    const id = (o as { id?: unknown } | null)?.id;
    if (typeof id === 'string') carried.add(id.trim());
  }
  const standIns = new Set<string>();
  const collect = (record: unknown, key: string) => {
    const refs = (record as Record<string, unknown> | null)?.[key];
    if (!Array.isArray(refs)) return;
    for (const ref of refs) {
      if (typeof ref !== 'string') continue;
      const id = ref.trim();
      if (!carried.has(id) && !deletedOrgs.has(id) && exists.get(id) !== undefined) {
        standIns.add(id);
      }
    }
  };
  for (const o of upserts.organisations) collect(o, 'member_of');
  for (const e of upserts.events) collect(e, 'organisers');
  const result = validateCatalogue(
    {
      schema: CATALOGUE_SCHEMA,
      organisations: [
        ...upserts.organisations,
        ...[...standIns].map((id) => ({ id, kind: 'other', name: id, country: 'AT' })),
      ],
      events: upserts.events,
    },
    taxonomy,
  );
  if (!result.ok) throw invalid('delta', result.problems);
  const catalogue = {
    organisations: result.catalogue.organisations.filter((o) => !standIns.has(o.id)),
    events: result.catalogue.events,
  };

  const upsertOrgIds = new Set(catalogue.organisations.map((o) => o.id));
  const upsertEventIds = new Set(catalogue.events.map((e) => e.id));
  const both =
    deletes.organisations.find((id) => upsertOrgIds.has(id)) ??
    deletes.events.find((id) => upsertEventIds.has(id));
  if (both !== undefined) {
    throw new FeedError('INVALID_FEED', `The delta both updates and deletes "${both}".`);
  }
  if (deletedOrgs.size > 0)
    checkRemovals(db, deletedOrgs, deletes.events, upsertOrgIds, upsertEventIds);
  return {
    upserts: { organisations: catalogue.organisations, events: catalogue.events },
    deletes: { organisations: [...deletes.organisations], events: [...deletes.events] },
  };
}

/** A removed organisation must not stay referenced by a record the delta leaves alone. */
function checkRemovals(
  db: Db,
  deletedOrgs: ReadonlySet<string>,
  deletedEvents: readonly string[],
  upsertOrgIds: ReadonlySet<string>,
  upsertEventIds: ReadonlySet<string>,
): void {
  const members = db.prepare(
    `SELECT o.id FROM membership m JOIN organisation o ON o.rid = m.member_rid WHERE m.cluster_id = ?`,
  );
  const goneEvents = new Set(deletedEvents);
  // Organisers of every event, read once (events are few next to organisations).
  const organisers = db
    .prepare('SELECT e.id AS event, j.value AS organiser FROM event e, json_each(e.organisers) j')
    .all() as { event: string; organiser: string }[];
  for (const { event, organiser } of organisers) {
    if (deletedOrgs.has(organiser) && !goneEvents.has(event) && !upsertEventIds.has(event)) {
      throw new FeedError(
        'INVALID_FEED',
        `The delta removes "${organiser}" but "${event}" still refers to it.`,
      );
    }
  }
  for (const id of deletedOrgs) {
    const dangling = (members.pluck().all(id) as string[]).find(
      (m) => !deletedOrgs.has(m) && !upsertOrgIds.has(m),
    );
    if (dangling !== undefined) {
      throw new FeedError(
        'INVALID_FEED',
        `The delta removes "${id}" but "${dangling}" still refers to it.`,
      );
    }
  }
}
