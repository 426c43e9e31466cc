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
