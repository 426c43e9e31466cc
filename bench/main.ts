/**
 * `npm run bench -- <suite>...`: runs benchmark suites and prints their tables. Every goal is
 * a ratio against a baseline measured in the same run, never a wall-clock threshold, so the
 * figures mean the same on a slow laptop and a fast CI machine.
 */
export {};

const SUITES = {
  search: () => import('./search'),
  sync: () => import('./sync'),
  export: () => import('./export'),
  ui: () => import('./ui'),
} as const;

type SuiteName = keyof typeof SUITES;

function isSuite(name: string): name is SuiteName {
  return Object.hasOwn(SUITES, name);
}

const requested = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = requested.length > 0 ? requested : Object.keys(SUITES);
for (const name of names) {
  if (!isSuite(name)) {
    process.stderr.write(
      `bench: unknown suite "${name}"; choose from ${Object.keys(SUITES).join(', ')}\n`,
    );
    process.exit(2);
  }
}
for (const name of names as SuiteName[]) {
  const suite = await SUITES[name]();
  process.stdout.write(`\n## ${name}\n\n`);
  await suite.run(process.argv.slice(2));
}
