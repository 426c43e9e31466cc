/**
 * The `catalogue` command line. Each command lives in cli/commands/<name>.ts and registers
 * itself here; they all share the `--db`, `--json` and `--help` conventions and report
 * failures as one line on standard error with a non-zero exit status, and with `--json` also
 * as one object `{ "error": { "code", "message" } }` (README, "The command line").
 */
import { Command, CommanderError } from 'commander';
import {
  describeError,
  ExitError,
  failureOf,
  printJsonError,
  sendJsonTo,
  UsageError,
  wantsJson,
} from './output';
import { SUMMARIES, type CommandName } from './summaries';

type Register = (program: Command) => void;

/**
 * Each command with the name it registers. A run of one command imports only that command's
 * module (and what it needs): `catalogue serve` does not load the exporters or the feed
 * publisher. The overall help and unknown names load none (see listCommands()).
 */
const COMMANDS: readonly (readonly [
  name: CommandName,
  load: () => Promise<{ register: Register }>,
])[] = [
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
  ['changes', () => import('./commands/changes')],
  ['share', () => import('./commands/share')],
  ['export', () => import('./commands/export')],
  ['serve', () => import('./commands/serve')],
];

/**
 * Lists every command by name and summary, for the overall help and for commander's "unknown
 * command (did you mean …?)". None of them is ever run from here: a known name loads its module.
 */
function listCommands(program: Command): void {
  for (const [name, summary] of Object.entries(SUMMARIES)) {
    program.command(name).description(summary).allowUnknownOption().allowExcessArguments();
  }
}

/** The command a run names: `catalogue NAME ...` or `catalogue help NAME`. */
function named(argv: readonly string[]): (typeof COMMANDS)[number] | undefined {
  const name = argv[0] === 'help' ? argv[1] : argv[0];
  return COMMANDS.find(([command]) => command === name);
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('catalogue')
    .description(
      'Meta-Cluster Catalogue: search, maintain, publish and sync the network catalogue.',
    )
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const command = named(argv);
  if (command === undefined) listCommands(program);
  else (await command[1]()).register(program);
  sendJsonTo(process.stdout);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    // The command has already reported its failure, in its own JSON shape with --json.
    if (error instanceof ExitError) return error.exitCode;
    // Help or version asked for: printed, and not a failure.
    if (error instanceof CommanderError && error.exitCode === 0) return 0;
    report(error);
    if (wantsJson(argv)) printJsonError(failureOf(error));
    return failureOf(error).exitCode;
  }
}

/** The failure as one line on standard error (commander has already printed its own). */
function report(error: unknown): void {
  if (error instanceof CommanderError) return;
  if (error instanceof UsageError) {
    const where = error.command === undefined ? 'catalogue' : `catalogue ${error.command}`;
    process.stderr.write(`${where}: ${error.message}\n(run with --help for usage)\n`);
    return;
  }
  process.stderr.write(`catalogue: ${describeError(error)}\n`);
}
