/** The user-data tests' database: the store fixture's sample catalogue, fresh for each test. */
import { it as base } from 'vitest';
import { replaceCatalogue } from '../../../../db/catalogue-store';
import type { Db } from '../../../../db/sqlite';
import { sampleCatalogue, tempDb } from '../catalogue-store.fixture';

/** `it` with `db`: a database holding the sample catalogue (version 0, bundled), removed after. */
export const it = base.extend<{ db: Db }>({
  // The first parameter must be destructured (vitest reads which fixtures a fixture uses).
  db: async ({ task: _task }, use) => {
    const { db, cleanup } = tempDb('mcc-user-data-');
    try {
      replaceCatalogue(db, sampleCatalogue(), { version: 0, source: 'bundled' });
      await use(db);
    } finally {
      cleanup();
    }
  },
});

/** The code of the error `fn` throws (undefined when it does not throw). */
export function code(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}
