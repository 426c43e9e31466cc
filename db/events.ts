/** Reading the catalogue's events, for the events view and the API. */
import type { Db } from './sqlite';
import type { EventKind } from '../catalogue-format/schema';

export interface EventFilter {
  /** Events that end (or start, without an end) on or after this date, YYYY-MM-DD. */
  from?: string | undefined;
  /** Events that start on or before this date. */
  to?: string | undefined;
  /** Events of this sector only. */
  sector?: string | undefined;
}

export interface EventRecord {
  id: string;
  kind: EventKind;
  title: string;
  start: string;
  end: string | null;
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

/** Events overlapping [from, to] (either end open), of one sector if given, by start date. */
export function listEvents(db: Db, filter: EventFilter = {}): EventRecord[] {
  const rows = db
    .prepare(
      `SELECT id, kind, title, start_date AS start, end_date AS "end", city, country,
              description, website, organisers, sectors
       FROM event
       WHERE (@from IS NULL OR coalesce(end_date, start_date) >= @from)
         AND (@to IS NULL OR start_date <= @to)
         AND (@sector IS NULL OR EXISTS (SELECT 1 FROM json_each(event.sectors) s WHERE s.value = @sector))
       ORDER BY start_date, id`,
    )
    .all({
      from: filter.from ?? null,
      to: filter.to ?? null,
      sector: filter.sector ?? null,
    }) as EventRow[];
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
