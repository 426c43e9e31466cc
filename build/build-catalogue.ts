/**
 * `npm run build:catalogue [-- SOURCE [OUT]]`: turns the bundled catalogue source
 * (catalogue/network.json) into the database the app ships (dist/catalogue.sqlite), from
 * which the first start creates the user's database. Refuses an invalid source, listing
 * every problem. The output is deterministic apart from SQLite's page layout: its
 * catalogue_meta says version 0, source "bundled" and the sha256 of the source file, which is
 * how an installed app recognises a newer bundled catalogue.
 */
import { relative } from 'node:path';
import { buildCatalogueDatabase, bundledDatabasePath, bundledSourcePath } from '../db/app-database';
import { CatalogueError } from '../db/errors';
import { formatProblem } from '../catalogue-format/validate';
import type { SourceProblem } from '../catalogue-format/schema';

const [source = bundledSourcePath(), out = bundledDatabasePath()] = process.argv.slice(2);
const started = performance.now();
try {
  const built = buildCatalogueDatabase(source, out);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `Built ${relative(process.cwd(), out)} from ${relative(process.cwd(), source)}: ` +
      `${built.organisations} organisations, ${built.events} events, ` +
      `${(built.bytes / 1024).toFixed(0)} KiB, sha256 ${built.sha256.slice(0, 12)}…, ${ms} ms\n`,
  );
} catch (error) {
  if (error instanceof CatalogueError && Array.isArray(error.details)) {
    const problems = error.details as SourceProblem[];
    process.stderr.write(
      `build:catalogue: ${source} is invalid (${problems.length} problem(s)); nothing was built:\n`,
    );
    for (const p of problems) process.stderr.write(`  ${formatProblem(p)}\n`);
  } else {
    process.stderr.write(`build:catalogue: ${(error as Error).message}\n`);
  }
  process.exitCode = 1;
}
