/** The app's settings (user data): any JSON value by key. */
import { CatalogueError } from '../errors';
import type { Db } from '../sqlite';

export function getSetting(db: Db, key: string): unknown {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

/** Stores any JSON value; `undefined` removes the setting. */
export function setSetting(db: Db, key: string, value: unknown): void {
  if (key.trim() === '') throw new CatalogueError('INVALID_ARGUMENT', 'A setting needs a key.');
  if (value === undefined) {
    db.prepare('DELETE FROM setting WHERE key = ?').run(key);
    return;
  }
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) {
    throw new CatalogueError('INVALID_ARGUMENT', `The setting ${key} is not a JSON value.`);
  }
  db.prepare(
    'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, json);
}
