/** The user-data tests' database: a small catalogue of the store's fixture, fresh per test. */
import { replaceCatalogue } from '../../../../db/catalogue-store';
import type { Db } from '../../../../db/sqlite';
import { sampleCatalogue, tempDb } from '../catalogue-store.fixture';

/** A fresh database holding the store fixture's sample catalogue (version 0, bundled). */
export function userDataDb(): { db: Db; cleanup: () => void } {
  const opened = tempDb('mcc-user-data-');
  replaceCatalogue(opened.db, sampleCatalogue(), { version: 0, source: 'bundled' });
  return opened;
}

/** The code of the error `fn` throws (undefined when it does not throw). */
export function code(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}
