/** Reading the catalogue's events, for the events view and the API. */
import type { Db } from './sqlite';
import type { EventKind } from '../catalogue-format/schema';

export interface EventRecord {
  id: string;
  kind: EventKind;
  title: string;
  /** A day, a month or a year (catalogue-format/partial-date.ts), as the source gave it. */
  start: string;
  end: string | null;
  /** What the dates leave open, in words ("exact dates not published"). */
  dateNote: string | null;
  city: string | null;
  country: string | null;
  description: string | null;
  website: string | null;
  sectors: string[];
  /** Organisers by id; `name` is null for one the catalogue no longer holds. */
  organisers: { id: string; name: string | null }[];
}

interface EventRow extends Omit<EventRecord, 'sectors' | 'organisers'> {
  sectors: string;
  organisers: string;
}

/**
 * Every event of the catalogue with its organisers named. Filtering, ordering and counting
 * happen in code (event-query.ts): a partial date is compared by the days it covers, and a
 * catalogue holds about one event per 50 organisations.
 */
export function listEvents(db: Db): EventRecord[] {
  const rows = db
    .prepare(
      `SELECT id, kind, title, start_date AS start, end_date AS "end", date_note AS dateNote,
              city, country, description, website, organisers, sectors
       FROM event ORDER BY start_date, id`,
    )
    .all() as EventRow[];
  const nameOf = db.prepare<[string], string>('SELECT name FROM organisation WHERE id = ?').pluck();
  return rows.map((row) => ({
    ...row,
    sectors: JSON.parse(row.sectors) as string[],
    organisers: (JSON.parse(row.organisers) as string[]).map((id) => ({
      id,
      name: nameOf.get(id) ?? null,
    })),
  }));
}
