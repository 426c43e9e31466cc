/** How much the database holds, for `catalogue info` and the app's About box. */
import type { Db } from './sqlite';

export interface DatabaseCounts {
  organisations: number;
  contacts: number;
  services: number;
  events: number;
  shortlists: number;
  notes: number;
}

const TABLES = {
  organisations: 'organisation',
  contacts: 'contact',
  services: 'service',
  events: 'event',
  shortlists: 'shortlist',
  notes: 'note',
} as const satisfies Record<keyof DatabaseCounts, string>;

export function databaseCounts(db: Db): DatabaseCounts {
  // Table names come from the constant above, never from input.
  const count = (table: string) =>
    db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;
  return Object.fromEntries(
    Object.entries(TABLES).map(([key, table]) => [key, count(table)]),
  ) as unknown as DatabaseCounts;
}
