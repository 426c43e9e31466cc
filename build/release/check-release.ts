/**
 * `tsx build/release/check-release.ts [--dev]`: the gate `npm run dist` passes before
 * electron-builder packages anything (see release-checks.ts). `--dev` lets the placeholder
 * feed address and missing production keys through, for a local test package that must never
 * be published (it cannot update); the development keys and CATALOGUE_DEV_TRUST are refused
 * all the same.
 */
import { checkRelease, developmentKeyIds } from './release-checks';

const root = new URL('../../', import.meta.url);
const dev = process.argv.includes('--dev');
const problems = checkRelease({
  cataloguePath: new URL('dist/catalogue.sqlite', root).pathname,
  feedConfigUrl: new URL('config/feed.json', root),
  forbiddenKeyIds: developmentKeyIds(new URL('tests/fixtures/keys/', root)),
  development: dev,
});

for (const problem of problems) process.stderr.write(`✖ ${problem}\n`);
if (problems.length > 0) {
  process.stderr.write('Release build stopped: fix the above and run `npm run dist` again.\n');
  process.exitCode = 1;
} else if (dev) {
  process.stdout.write(
    '⚠ development build: placeholder feed address or no production keys — never publish it\n',
  );
} else {
  process.stdout.write(
    '✔ release inputs: bundled catalogue, https feed address, production keys\n',
  );
}
