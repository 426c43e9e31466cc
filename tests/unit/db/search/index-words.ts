/** The search index read back word by word, for comparing two indexes of one catalogue. */
import { expect } from 'vitest';
import type { Db } from '../../../../db/sqlite';

/**
 * Every word of the index as (organisation id, column, offset, word), sorted; checks on the
 * way that no word belongs to a missing organisation and that FTS5 finds the index sound.
 */
export function indexWords(db: Db): string[] {
  db.exec(
    'CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING fts5vocab(main, organisation_fts, instance)',
  );
  const rows = db
    .prepare(
      `SELECT o.id, w.col, w."offset", w.term FROM temp.words w JOIN organisation o ON o.rid = w.doc`,
    )
    .raw()
    .all() as [string, string, number, string][];
  const orphans = db
    .prepare('SELECT count(*) FROM temp.words WHERE doc NOT IN (SELECT rid FROM organisation)')
    .pluck()
    .get();
  expect(orphans).toBe(0);
  db.exec("INSERT INTO organisation_fts (organisation_fts, rank) VALUES ('integrity-check', 0)");
  return rows.map((r) => r.join('|')).sort();
}
