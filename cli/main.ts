/**
 * The `catalogue` command line. Each command lives in cli/commands/<name>.ts and registers
 * itself here; they all share the `--db`, `--json` and `--help` conventions and report
 * failures as one line on standard error with a non-zero exit status.
 */
import { Command, CommanderError } from 'commander';
import { describeError, ExitError } from './output';

type Register = (program: Command) => void;

/**
 * Commands in the order `catalogue --help` lists them, each with the name it registers. A run
 * of one command imports only that command's module (and what it needs): `catalogue serve`
 * does not load the exporters or the feed publisher. Help and unknown names load them all.
 */
const COMMANDS: readonly (readonly [name: string, load: () => Promise<{ register: Register }>])[] =
  [
    ['search', () => import('./commands/search')],
    ['show', () => import('./commands/show')],
    ['import', () => import('./commands/import')],
    ['info', () => import('./commands/info')],
    ['shortlist', () => import('./commands/shortlist')],
    ['note', () => import('./commands/note')],
    ['validate', () => import('./commands/validate')],
    ['keygen', () => import('./commands/keygen')],
    ['publish', () => import('./commands/publish')],
    ['sync', () => import('./commands/sync')],
    ['export', () => import('./commands/export')],
    ['serve', () => import('./commands/serve')],
  ];

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('catalogue')
    .description(
      'Meta-Cluster Catalogue: search, maintain, publish and sync the network catalogue.',
    )
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const only = COMMANDS.filter(([name]) => name === argv[0]);
  const modules = await Promise.all((only.length > 0 ? only : COMMANDS).map(([, load]) => load()));
  for (const command of modules) command.register(program);
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
