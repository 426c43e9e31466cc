/**
 * `tsx build/release/check-release.ts [--dev]`: the gate `npm run dist` passes before
 * electron-builder packages anything (see release-checks.ts). `--dev` allows the development
 * keys and placeholder feed address, for a local test package that must never be published.
 */
import { checkRelease, developmentKeyIds } from './release-checks';

const root = new URL('../../', import.meta.url);
const dev = process.argv.includes('--dev');
const problems = checkRelease({
  cataloguePath: new URL('dist/catalogue.sqlite', root).pathname,
  feedConfigUrl: new URL('config/feed.json', root),
  forbiddenKeyIds: dev ? new Set() : developmentKeyIds(new URL('tests/fixtures/keys/', root)),
}).filter((p) => !dev || !p.includes('can never be reached'));

for (const problem of problems) process.stderr.write(`✖ ${problem}\n`);
if (problems.length > 0) {
  process.stderr.write('Release build stopped: fix the above and run `npm run dist` again.\n');
  process.exitCode = 1;
} else if (dev) {
  process.stdout.write('⚠ development build: trusts the public test keys — never publish it\n');
} else {
  process.stdout.write(
    '✔ release inputs: bundled catalogue, https feed address, production keys\n',
  );
}
