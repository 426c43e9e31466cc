/**
 * `npm run security:electronegativity`: runs Electronegativity over the shell's sources and
 * fails on any finding that is not in the reviewed baseline. Electronegativity always exits
 * 0 by itself, so the gate reads its findings instead of its exit status.
 *
 * The AvailableSecurityFixes check is excluded: it downloads Electron's release list from
 * outside the npm registry (not reachable here); check-electron-version.ts covers the same
 * risk from the registry.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative } from 'node:path';
import {
  newFindings,
  staleEntries,
  type BaselineEntry,
  type Finding,
} from './electronegativity-baseline';

interface RawIssue {
  file: string;
  id: string;
  description: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
}
type Run = (options: Record<string, unknown>) => Promise<{
  issues: RawIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}>;

const root = new URL('../../', import.meta.url).pathname;
const require = createRequire(import.meta.url);
// Electronegativity downloads translations from the web on every run; the gate must not
// send traffic anywhere, so its HTTP client answers "offline" and the English texts are used.
const gotPath = require.resolve('got', {
  paths: [dirname(require.resolve('@doyensec/electronegativity'))],
});
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: () => Promise.reject(new Error('offline: the security gate makes no network requests')),
} as unknown as NodeJS.Module;
const module = require('@doyensec/electronegativity') as Run | { default: Run };
const run = typeof module === 'function' ? module : module.default;
const electronVersion = (
  JSON.parse(readFileSync(`${root}node_modules/electron/package.json`, 'utf8')) as {
    version: string;
  }
).version;

const { issues, errors } = await run({
  input: `${root}electron`,
  isRelative: false,
  electronVersionOverride: electronVersion,
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  parserPlugins: [],
});

const broken = errors.filter((e) => !e.tolerable);
for (const e of broken)
  process.stderr.write(`electronegativity could not parse ${e.file}: ${e.message}\n`);

const findings: Finding[] = issues.map((i) => ({
  id: i.id,
  file: i.file === 'N/A' ? 'N/A' : relative(root, i.file),
  line: i.location.line,
  description: i.description,
  severity: i.severity.name,
}));
const baseline = JSON.parse(
  readFileSync(new URL('./electronegativity-baseline.json', import.meta.url), 'utf8'),
) as BaselineEntry[];
const fresh = newFindings(findings, baseline);
for (const entry of staleEntries(findings, baseline)) {
  process.stdout.write(`- baseline entry no longer found, remove it: ${entry.id} ${entry.file}\n`);
}
for (const f of fresh) {
  process.stderr.write(`${f.severity} ${f.id} ${f.file}:${f.line} — ${f.description}\n`);
}
if (fresh.length > 0 || broken.length > 0) {
  process.stderr.write(
    `✖ electronegativity: ${fresh.length} finding(s) not in the reviewed baseline (build/security/electronegativity-baseline.json). Fix them, or review and add them with a reason.\n`,
  );
  process.exitCode = 1;
} else {
  process.stdout.write(
    `✔ electronegativity: ${findings.length} finding(s), all reviewed in the baseline\n`,
  );
}
