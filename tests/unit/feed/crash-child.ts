/**
 * Child process of the crash-safety test: applies the next version (catalogue A or B, as a
 * snapshot or as a delta computed from the current one) exactly as the sync worker does
 * (runApplyJob), printing "ready" just before the write transaction starts, so the parent
 * can SIGKILL it at a random moment inside it.
 *
 * argv: DB_PATH A_JSON B_JSON snapshot|delta [worker|in-place] (how a snapshot's index is built)
 */
import { readFileSync } from 'node:fs';
import { diffCatalogues, readCatalogue, readMeta } from '../../../db/catalogue-store';
import { openDatabase } from '../../../db/connection';
import { CATALOGUE_SCHEMA, type Catalogue } from '../../../catalogue-format/schema';
import { runApplyJob } from '../../../feed/apply-job';
import { DELTA_SCHEMA } from '../../../feed/format';

const [dbPath = '', aPath = '', bPath = '', kind = 'snapshot', index] = process.argv.slice(2);
const db = openDatabase(dbPath);
const current = readMeta(db)?.version ?? 0;
const next = current + 1;
// Odd versions hold catalogue A, even versions catalogue B.
const target = JSON.parse(readFileSync(next % 2 === 1 ? aPath : bPath, 'utf8')) as Catalogue;
let payload: Buffer;
if (kind === 'delta') {
  const { changes } = diffCatalogues(readCatalogue(db), target);
  payload = Buffer.from(
    JSON.stringify({ schema: DELTA_SCHEMA, base_version: current, version: next, ...changes }),
  );
} else {
  payload = Buffer.from(JSON.stringify({ schema: CATALOGUE_SCHEMA, ...target }));
}
db.close();

let readySent = false;
runApplyJob(
  {
    dbPath,
    kind: kind === 'delta' ? 'delta' : 'snapshot',
    payload,
    meta: { version: next, source: 'feed', channel: 'stable' },
    ...(kind === 'delta' ? { baseVersion: current } : {}),
    ...(index === undefined ? {} : { indexInWorker: index === 'worker' }),
  },
  (message) => {
    if (message.type === 'progress' && !readySent) {
      readySent = true;
      process.stdout.write('ready\n');
    } else if (message.type === 'done') process.stdout.write('done\n');
    else if (message.type === 'error') process.stdout.write(`error ${message.message}\n`);
  },
);
