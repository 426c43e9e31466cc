/** The shape of every migration test: a database of the version before, filled, then upgraded. */
import { expect } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { MIGRATIONS } from '../../../db/migrations/index';
import type { Db } from '../../../db/sqlite';

/**
 * Creates the database at `path` with only the first `from` migrations, lets `fill` write what
 * that version holds, closes it, and opens it again with the first `to` migrations, checking
 * it reached version `to`. The caller closes what this returns.
 */
export function upgrade(path: string, from: number, to: number, fill: (old: Db) => void): Db {
  const old = openDatabase(path, { migrations: MIGRATIONS.slice(0, from) });
  try {
    fill(old);
  } finally {
    old.close();
  }
  const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, to) });
  expect(db.pragma('user_version', { simple: true })).toBe(to);
  return db;
}

/**
 * `upgrade` of a database whose user wrote a note before: checks that the note is still there
 * afterwards, as every migration must keep user data.
 */
export function upgradeKeepingNote(path: string, from: number, to: number): Db {
  const db = upgrade(path, from, to, (old) => {
    old
      .prepare("INSERT INTO note (organisation_id, text, updated_at) VALUES ('x', 'keep', 'now')")
      .run();
  });
  expect(db.prepare('SELECT text FROM note').pluck().get()).toBe('keep');
  return db;
}
