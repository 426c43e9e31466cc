/**
 * One measurement in its own process, so each format's peak memory is its own: opens the
 * benchmark database, exports the rows to a file, prints one JSON line with the time, the
 * peak resident memory growth and the size written.
 *
 * Usage (started by bench/export.ts): node --import tsx bench/export/child.ts DB FORMAT|floor ROWS OUT
 */
import { createWriteStream, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { finished } from 'node:stream/promises';
import { openDatabase } from '../../db/connection';
import { contactRows } from '../../db/contact-rows';
import { exportContacts, parseExportFormat } from '../../export/export';
import { TextSink } from '../../export/sink';
import { idsForRows } from './database';

const [dbPath = '', format = '', rowsText = '', outPath = ''] = process.argv.slice(2);

/** The floor: the same rows read the same way, each written as one JSON.stringify line. */
async function floor(
  db: ReturnType<typeof openDatabase>,
  ids: string[],
  out: NodeJS.WritableStream,
): Promise<{ contacts: number; organisations: number }> {
  const sink = new TextSink(out);
  let contacts = 0;
  for (const page of contactRows(db, ids)) {
    for (const row of page) {
      contacts += 1;
      if (sink.push(`${JSON.stringify(row)}\n`)) await sink.flush();
    }
  }
  await sink.flush();
  return { contacts, organisations: ids.length };
}

const db = openDatabase(dbPath, { readonly: true });
const ids = idsForRows(db, Number(rowsText));
// Warm the page cache and the statement once, outside the measurement, for every format alike.
let warmed = 0;
for (const page of contactRows(db, ids.slice(0, 1000))) warmed += page.length;
if (warmed === 0) throw new Error('the benchmark catalogue is empty');
const out = createWriteStream(outPath);
const baseline = process.memoryUsage().rss;
const start = performance.now();
const counts =
  format === 'floor'
    ? await floor(db, ids, out)
    : await exportContacts(db, { format: parseExportFormat(format), ids }, out);
out.end();
await finished(out);
const elapsed = performance.now() - start;
const peak = process.resourceUsage().maxRSS * 1024;
db.close();
process.stdout.write(
  `${JSON.stringify({
    format,
    ms: elapsed,
    contacts: counts.contacts,
    organisations: counts.organisations,
    bytes: statSync(outPath).size,
    rssGrowth: Math.max(0, peak - baseline),
  })}\n`,
);
