/**
 * `catalogue import FILE`: replaces the catalogue part of the database with a catalogue
 * source (.json, .csv, .xlsx). An invalid source is refused with every problem listed and the
 * database is not changed; a valid one replaces the catalogue in one transaction. The user's
 * shortlists, notes and settings are kept.
 */
import type { Command } from 'commander';
import {
  escapeText,
  formatProblem,
  importCatalogue,
  loadTaxonomy,
  readSource,
  sizeLimitHelp,
  type ChangeSummary,
} from '../../core/catalogue-files';
import { ExitError, printJson } from '../output';
import { databasePath, plural, printLines, withDbOptions, type DbOptions } from '../options';
import { createProgress } from '../progress';
import { SUMMARIES } from '../summaries';

export function register(program: Command): void {
  withDbOptions(
    program
      .command('import')
      .description(SUMMARIES.import)
      .argument('<file>', 'catalogue source: .json, .csv or .xlsx')
      .addHelpText(
        'after',
        '\nAn invalid source changes nothing: every problem is listed with its row and field.\n' +
          sizeLimitHelp(),
      ),
    'print { imported, organisations, events, changes } (or { imported: false, problems, error }) as JSON',
  ).action(async (file: string, options: DbOptions) => {
    const result = await readSource(file, loadTaxonomy());
    if (!result.ok) {
      const message = `${escapeText(file)} has ${plural(result.problems.length, 'problem')}; nothing was imported.`;
      if (options.json === true) {
        printJson({
          imported: false,
          problems: result.problems,
          error: { code: 'INVALID_CATALOGUE', message },
        });
      } else {
        const lines = result.problems.map(formatProblem);
        process.stderr.write(`${lines.join('\n')}\ncatalogue: ${message}\n`);
      }
      throw new ExitError(1);
    }
    // The hash of the very bytes that were validated, not of a second read of the file.
    const { catalogue, sha256 } = result;
    const progress = createProgress('Importing', options.json !== true);
    let summary: ChangeSummary;
    try {
      summary = importCatalogue(databasePath(options), catalogue, sha256, (done, total) => {
        progress.update(done, total);
      });
    } finally {
      progress.stop();
    }
    const counts = {
      organisations: catalogue.organisations.length,
      events: catalogue.events.length,
    };
    if (options.json === true) {
      printJson({ imported: true, ...counts, changes: summary });
      return;
    }
    const kinds = summary.byKind ?? {};
    const line = (kind: string, label: string) => {
      const k = kinds[kind];
      return k ? `${label}: ${k.added} added, ${k.changed} changed, ${k.removed} removed` : '';
    };
    printLines(
      [
        `Imported ${plural(counts.organisations, 'organisation')} and ${plural(counts.events, 'event')} from ${escapeText(file)}.`,
        line('organisations', 'Organisations'),
        line('events', 'Events'),
      ].filter(Boolean),
    );
  });
}
