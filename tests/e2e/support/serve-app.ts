/**
 * Web mode for the end-to-end tests that need a test feed: the same `startWebMode` that
 * `catalogue serve` runs, with the feed address and trusted key pointed at a feed the test
 * signed. Prints `Listening on <url>` like `catalogue serve`, and stops on SIGTERM.
 *
 *   node --import tsx tests/e2e/support/serve-app.ts --db FILE --feed-url URL --trust-file PEM
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startWebMode } from '../../../api/web-mode';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    'feed-url': { type: 'string' },
    'trust-file': { type: 'string' },
  },
});
if (values.db === undefined) throw new Error('serve-app: --db FILE is required');

const feedUrl = values['feed-url'];
const trustFile = values['trust-file'];
const app = await startWebMode({
  dbPath: values.db,
  host: '127.0.0.1',
  port: 0,
  ...(feedUrl !== undefined && trustFile !== undefined
    ? { feed: { defaultUrl: feedUrl, trust: [readFileSync(trustFile, 'utf8')] } }
    : {}),
});
process.stdout.write(`Listening on ${app.url}\n`);
process.on('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
