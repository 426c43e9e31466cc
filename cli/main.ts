/**
 * The `catalogue` command line. Each command lives in cli/commands/<name>.ts and registers
 * itself here; they all share the `--db`, `--json` and `--help` conventions and report
 * failures as one line on standard error with a non-zero exit status.
 */
import { Command, CommanderError } from 'commander';
import { describeError, ExitError } from './output';

type Register = (program: Command) => void;

/** Commands in the order `catalogue --help` lists them. */
const COMMANDS: readonly (() => Promise<{ register: Register }>)[] = [
  () => import('./commands/search'),
  () => import('./commands/show'),
  () => import('./commands/import'),
  () => import('./commands/info'),
  () => import('./commands/shortlist'),
  () => import('./commands/note'),
  () => import('./commands/validate'),
  () => import('./commands/keygen'),
  () => import('./commands/publish'),
  () => import('./commands/sync'),
  () => import('./commands/export'),
  () => import('./commands/serve'),
];

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('catalogue')
    .description(
      'Meta-Cluster Catalogue: search, maintain, publish and sync the network catalogue.',
    )
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const load of COMMANDS) (await load()).register(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message (or the help text).
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof ExitError) return error.exitCode;
    process.stderr.write(`catalogue: ${describeError(error)}\n`);
    return 1;
  }
}
