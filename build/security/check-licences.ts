/**
 * `npm run security:licences`: fails when a production dependency (what ships inside the
 * app) has a licence outside the policy in licence-policy.ts.
 */
import { readFileSync } from 'node:fs';
import { init, type ModuleInfos } from 'license-checker-rseidelsohn';
import { licenceViolations } from './licence-policy';

const root = new URL('../../', import.meta.url).pathname;
const own = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { name: string };

const packages = await new Promise<ModuleInfos>((resolve, reject) => {
  init({ start: root, production: true }, (error, result) => {
    // The typings say `Error`, but the callback gets null on success.
    if ((error as Error | null) !== null) reject(error);
    else resolve(result);
  });
});
const licences = Object.fromEntries(
  Object.entries(packages).map(([pkg, info]) => [
    pkg,
    Array.isArray(info.licenses) ? info.licenses.join(' OR ') : (info.licenses ?? 'UNKNOWN'),
  ]),
);
const violations = licenceViolations(licences, own.name);
if (violations.length > 0) {
  for (const v of violations)
    process.stderr.write(`licence not allowed: ${v.pkg} (${v.licence})\n`);
  process.stderr.write(
    `✖ ${violations.length} production dependencies outside the licence policy (build/security/licence-policy.ts): replace them, or review and record them in REVIEWED.\n`,
  );
  process.exitCode = 1;
} else {
  process.stdout.write(
    `✔ licences: ${Object.keys(licences).length - 1} production dependencies, all within policy\n`,
  );
}
