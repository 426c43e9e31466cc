/**
 * The network's reference data (Eurostat NUTS, NACE, ISO 3166 names, the ECHE directory) sits
 * in `shared/data/` beside the repository, on the team's machines and in CI alike. Tests that
 * check the product against it require it: a missing file fails with what to do, instead of
 * quietly skipping the one check that compares the committed data with its source.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHARED_DATA =
  process.env.METACLUSTER_SHARED_DATA ??
  fileURLToPath(new URL('../../../shared/data', import.meta.url));

/** The path of a reference data file; throws, naming the folder, when it is not there. */
export function sharedDataFile(name: string): string {
  const path = join(SHARED_DATA, name);
  if (!existsSync(path)) {
    throw new Error(
      `The reference data file ${path} is missing: put the network's shared/data folder beside ` +
        'the repository, or point METACLUSTER_SHARED_DATA at it.',
    );
  }
  return path;
}
