/**
 * `catalogue validate FILE [--json]`: checks a catalogue source (.json, .csv or .xlsx) and
 * lists every problem with its row and field, so an administrator can fix a spreadsheet in one
 * round. It reads no database, so it takes no `--db`. Exit status 0 when the source is valid,
 * 1 when it has problems (or cannot be read).
 */
import type { Command } from 'commander';
import {
  escapeText,
  formatProblem,
  loadTaxonomy,
  readSource,
  sizeLimitHelp,
} from '../../core/catalogue-files';
import { ExitError, printJson } from '../output';
import { SUMMARIES } from '../summaries';

export function register(program: Command): void {
  program
    .command('validate')
    .description(SUMMARIES.validate)
    .argument('<file>', 'catalogue source: .json, .csv or .xlsx')
    .option(
      '--json',
      'print { valid, organisations, events, problems } (and error, when not valid) as JSON',
    )
    .addHelpText(
      'after',
      '\nThe format is described in docs/catalogue-format.md. Exit status: 0 valid, 1 problems.\n' +
        sizeLimitHelp(),
    )
    .action(async (file: string, options: { json?: boolean }) => {
      const result = await readSource(file, loadTaxonomy());
      const organisations = result.ok
        ? result.catalogue.organisations.length
        : (result.counts?.organisations ?? 0);
      const events = result.ok ? result.catalogue.events.length : (result.counts?.events ?? 0);
      const problems = result.ok ? [] : result.problems;

      if (options.json === true) {
        printJson({
          valid: result.ok,
          organisations,
          events,
          problems,
          // The common failure shape every --json command prints, beside the full list.
          ...(result.ok
            ? {}
            : {
                error: {
                  code: 'INVALID_CATALOGUE',
                  message: `${escapeText(file)} has ${plural(problems.length, 'problem')}: nothing to publish or import until it is fixed.`,
                },
              }),
        });
      } else {
        const lines = problems.map(formatProblem);
        lines.push(
          result.ok
            ? `✔ ${plural(organisations, 'organisation')}, ${plural(events, 'event')}: valid`
            : `✖ ${plural(problems.length, 'problem')}`,
        );
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      if (!result.ok) throw new ExitError(1);
    });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
