/**
 * Reading a whole column set at once, as ONE value built by SQLite and split once in
 * JavaScript. Returning 100,000 rows one by one through better-sqlite3 costs a few
 * microseconds of marshalling per row; one string and one split cost a fraction of that,
 * which is most of the time to open the catalogue and answer the first search.
 */
import type { Db } from '../sqlite';

const UNIT = '\u001f'; // ASCII unit separator: never in ids, codes or kinds

/**
 * Values of `select` (a SELECT of exactly `columns`, none of them containing U+001F) as one
 * flat array: row i's column j is at i * columns.length + j; NULL reads as ''. Falls back to
 * JSON (slower, but exact for any text) if a value did contain the separator.
 */
export function readFlat(db: Db, select: string, columns: readonly string[]): string[] {
  const fields = columns.map((c) => `ifnull(${c}, '')`).join(` || char(31) || `);
  const row = db
    .prepare(`SELECT count(*), group_concat(${fields}, char(31)) FROM (${select})`)
    .raw()
    .get() as [number, string | null];
  const [count, joined] = row;
  if (count === 0 || joined === null) return [];
  const flat = joined.split(UNIT);
  if (flat.length === count * columns.length) return flat;
  return readRows<(string | number | null)[]>(db, select, columns).flatMap((r) =>
    r.map((v) => (v === null ? '' : String(v))),
  );
}

/** Rows of `select` (a SELECT of exactly `columns`) as arrays, exact for any text. */
export function readRows<T extends unknown[]>(
  db: Db,
  select: string,
  columns: readonly string[],
): T[] {
  const json = db
    .prepare(`SELECT json_group_array(json_array(${columns.join(', ')})) FROM (${select})`)
    .pluck()
    .get() as string | null;
  return json === null ? [] : (JSON.parse(json) as T[]);
}
