/**
 * `--name=value` options of `npm run bench -- <suite> ...`, shared by the suites (bench/main.ts
 * reads every bare word as a suite name, so `--name value` works only where the value is not a
 * bare word it would take for a suite: prefer `--name=value`).
 */
export function option(args: readonly string[], name: string, fallback: string): string {
  const joined = args.find((a) => a.startsWith(`--${name}=`));
  if (joined !== undefined) return joined.slice(name.length + 3);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
}
