/**
 * `catalogue note ID [TEXT] [--clear]`: the user's note on an organisation. With TEXT it sets
 * the note, with --clear it deletes it, with neither it prints it.
 */
import type { Command } from 'commander';
import { getNote, setNote } from '../../db/user-data/notes';
import { printJson } from '../output';
import {
  printLines,
  readingDatabase,
  usageError,
  withDatabase,
  withDbOptions,
  type DbOptions,
} from '../options';
import { SUMMARIES } from '../summaries';

interface NoteOptions extends DbOptions {
  clear?: boolean;
}

export function register(program: Command): void {
  withDbOptions(
    program
      .command('note')
      .description(SUMMARIES.note)
      .argument('<id>', 'organisation id')
      .argument('[text]', 'the note (replaces the existing one); omit to print the note')
      .option('--clear', 'delete the note'),
    'print { id, text, updatedAt } as JSON',
  ).action(async function (
    this: Command,
    id: string,
    text: string | undefined,
    options: NoteOptions,
  ) {
    if (options.clear === true && text !== undefined) {
      usageError(this, 'give either TEXT or --clear, not both', 'USAGE');
    }
    if (text?.trim() === '') {
      usageError(this, 'the note text is empty; use --clear to delete a note');
    }
    const result =
      options.clear === true || text !== undefined
        ? await withDatabase(options, (db) => setNote(db, id, text ?? ''))
        : await readingDatabase(options, (db) => getNote(db, id));
    if (options.json === true) {
      printJson({ id, text: result?.text ?? null, updatedAt: result?.updatedAt ?? null });
    } else if (options.clear === true) {
      printLines([`Cleared the note on ${id}.`]);
    } else if (text !== undefined) {
      printLines([`Saved the note on ${id}.`]);
    } else {
      printLines([result ? result.text : `No note on ${id}.`]);
    }
  });
}
