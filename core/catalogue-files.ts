/**
 * The catalogue source files administrators maintain (JSON, CSV, XLSX), as the command line
 * reads, checks and imports them; and the one way a value from such a file or the command
 * line is shown in a message (escaped, quoted, cut).
 */
import { replaceCatalogue, type ChangeSummary } from '../db/catalogue-store';
import { openAppDatabase } from '../db/app-database';
import type { Catalogue } from '../catalogue-format/schema';

export { readSource } from '../catalogue-format/read-source';
export { sizeLimitHelp } from '../catalogue-format/source-file';
export { escapeText, quote } from '../catalogue-format/show-value';
export { formatProblem } from '../catalogue-format/validate';
export { loadTaxonomy } from '../db/taxonomy';
export type { ChangeSummary };

/**
 * Replaces the catalogue in the database at `dbPath` with a valid source, in one transaction;
 * the user's shortlists, notes and settings are kept. A database that cannot be written is
 * refused (READ_ONLY) before anything is done.
 */
export function importCatalogue(
  dbPath: string,
  catalogue: Catalogue,
  sha256: string,
  onProgress: (done: number, total: number) => void,
): ChangeSummary {
  const db = openAppDatabase(dbPath);
  try {
    return replaceCatalogue(
      db,
      catalogue,
      { version: 0, source: 'import', sha256 },
      { onProgress },
    );
  } finally {
    db.close();
  }
}
