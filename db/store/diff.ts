/**
 * What changed between two catalogues, record by record: the delta a publisher ships and the
 * summary an import prints. Two records are equal when their canonical JSON is equal: keys
 * sorted, absent and undefined fields alike, and the set-valued fields (`sectors`,
 * `member_of`) compared as sets, because the store keeps them as sets.
 */
import type { CatalogueEvent, Catalogue, Organisation } from '../../catalogue-format/schema';

export interface ChangeSet {
  upserts: { organisations: Organisation[]; events: CatalogueEvent[] };
  /** Ids of removed records (tombstones). */
  deletes: { organisations: string[]; events: string[] };
}

export interface KindSummary {
  added: number;
  changed: number;
  removed: number;
}

/** Totals over every kind of record, and the same per kind (`organisations`, `events`). */
export interface ChangeSummary extends KindSummary {
  byKind?: Record<string, KindSummary>;
}

/** Fields whose order carries no meaning. */
const SET_FIELDS = new Set(['sectors', 'member_of']);

/**
 * Whether two records are equal as their canonical JSON would be (see above), without building
 * the JSON: diffing 100,000 organisations is on the path of every import.
 */
export function sameRecord(
  a: Organisation | CatalogueEvent,
  b: Organisation | CatalogueEvent,
): boolean {
  return equalValues(a, b, undefined);
}

/** Whether two field values are equal in the same sense (`key` names the field). */
export function sameField(a: unknown, b: unknown, key: string): boolean {
  return equalValues(a, b, key);
}

function equalValues(a: unknown, b: unknown, key: string | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return false;
    if (key !== undefined && SET_FIELDS.has(key)) return equalSets(a, b);
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equalValues(a[i], b[i], undefined)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let definedInA = 0;
  for (const k in ra) {
    const va = ra[k];
    if (va === undefined) continue;
    definedInA++;
    if (!equalValues(va, rb[k], k)) return false;
  }
  let definedInB = 0;
  for (const k in rb) if (rb[k] !== undefined) definedInB++;
  return definedInA === definedInB;
}

function equalSets(a: readonly unknown[], b: readonly unknown[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size !== sb.size) return false;
  for (const v of sa) if (!sb.has(v)) return false;
  return true;
}

export function emptySummary(): ChangeSummary {
  return {
    added: 0,
    changed: 0,
    removed: 0,
    byKind: {
      organisations: { added: 0, changed: 0, removed: 0 },
      events: { added: 0, changed: 0, removed: 0 },
    },
  };
}

/** Adds one kind's counts to a summary (totals and byKind). */
export function count(
  summary: ChangeSummary,
  kind: 'organisations' | 'events',
  what: keyof KindSummary,
  n = 1,
): void {
  summary[what] += n;
  const byKind = (summary.byKind ??= {});
  (byKind[kind] ??= { added: 0, changed: 0, removed: 0 })[what] += n;
}

function diffKind<T extends Organisation | CatalogueEvent>(
  before: readonly T[],
  after: readonly T[],
  kind: 'organisations' | 'events',
  summary: ChangeSummary,
): { upserts: T[]; deletes: string[] } {
  const old = new Map(before.map((r) => [r.id, r]));
  const upserts: T[] = [];
  const seen = new Set<string>();
  for (const record of after) {
    seen.add(record.id);
    const previous = old.get(record.id);
    if (!previous) {
      upserts.push(record);
      count(summary, kind, 'added');
    } else if (!sameRecord(previous, record)) {
      upserts.push(record);
      count(summary, kind, 'changed');
    }
  }
  const deletes = before.filter((r) => !seen.has(r.id)).map((r) => r.id);
  count(summary, kind, 'removed', deletes.length);
  return { upserts, deletes };
}

/** The change set that turns `before` into `after`, and how many records it touches. */
export function diffCatalogues(
  before: Catalogue,
  after: Catalogue,
): { changes: ChangeSet; summary: ChangeSummary } {
  const summary = emptySummary();
  const orgs = diffKind(before.organisations, after.organisations, 'organisations', summary);
  const events = diffKind(before.events, after.events, 'events', summary);
  return {
    changes: {
      upserts: { organisations: orgs.upserts, events: events.upserts },
      deletes: { organisations: orgs.deletes, events: events.deletes },
    },
    summary,
  };
}
