/**
 * `catalogue note ID [TEXT] [--clear]`: the user's note on an organisation — the app's
 * `getNote` and `setNote` calls. With TEXT it sets the note, with --clear it deletes it, with
 * neither it prints it.
 */
import type { Command } from 'commander';
import { printJson } from '../output';
import { printLines, usageError, withCore, withDbOptions, type DbOptions } from '../options';
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
    const writing = options.clear === true || text !== undefined;
    const note = await withCore(options, writing ? 'write' : 'read', (core) =>
      writing ? core.call('setNote', { id, text: text ?? '' }) : core.call('getNote', { id }),
    );
    // The API answers an empty text for "no note"; the command says so with null.
    const result = note.updatedAt === null ? undefined : note;
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
