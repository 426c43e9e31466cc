/**
 * `catalogue shortlist create|add|remove|list|rename|delete`: the user's own lists of
 * organisations, kept across every import and sync. An organisation the catalogue has since
 * removed stays on a list and is shown as removed.
 */
import type { Command } from 'commander';
import {
  addToShortlist,
  createShortlist,
  deleteShortlist,
  listShortlists,
  removeFromShortlist,
  renameShortlist,
  shortlistItems,
} from '../../db/user-data/shortlists';
import { printJson } from '../output';
import {
  plural,
  printLines,
  readingDatabase,
  styling,
  withDatabase,
  withDbOptions,
  type DbOptions,
} from '../options';
import { SUMMARIES } from '../summaries';

export function register(program: Command): void {
  const shortlist = program.command('shortlist').description(SUMMARIES.shortlist);

  withDbOptions(
    shortlist.command('create').description('create an empty shortlist').argument('<name>'),
  ).action(async (name: string, options: DbOptions) => {
    const list = await withDatabase(options, (db) => createShortlist(db, name));
    if (options.json === true) printJson(list);
    else printLines([`Created shortlist "${list.name}".`]);
  });

  withDbOptions(
    shortlist
      .command('add')
      .description('add organisations (by id) to a shortlist')
      .argument('<name>')
      .argument('<ids...>', 'organisation ids'),
  ).action(async (name: string, ids: string[], options: DbOptions) => {
    const added = await withDatabase(options, (db) => addToShortlist(db, name, ids));
    if (options.json === true) printJson({ shortlist: name, added });
    else printLines([`Added ${plural(added, 'organisation')} to "${name}".`]);
  });

  withDbOptions(
    shortlist
      .command('remove')
      .description('remove organisations (by id) from a shortlist')
      .argument('<name>')
      .argument('<ids...>', 'organisation ids'),
  ).action(async (name: string, ids: string[], options: DbOptions) => {
    const removed = await withDatabase(options, (db) => removeFromShortlist(db, name, ids));
    if (options.json === true) printJson({ shortlist: name, removed });
    else printLines([`Removed ${plural(removed, 'organisation')} from "${name}".`]);
  });

  withDbOptions(
    shortlist
      .command('list')
      .description('list your shortlists, or the organisations on one')
      .argument('[name]'),
  ).action(async (name: string | undefined, options: DbOptions) => {
    const { dim } = styling();
    if (name === undefined) {
      const lists = await readingDatabase(options, (db) => listShortlists(db));
      if (options.json === true) printJson(lists);
      else
        printLines(
          lists.length === 0
            ? ['No shortlists yet. Create one with `catalogue shortlist create NAME`.']
            : lists.map(
                (l) =>
                  `${l.name}  ${dim(`${plural(l.count, 'organisation')}${l.removed > 0 ? `, ${l.removed} removed from the catalogue` : ''}`)}`,
              ),
        );
      return;
    }
    const items = await readingDatabase(options, (db) => shortlistItems(db, name));
    if (options.json === true) printJson(items);
    else
      printLines(
        items.length === 0
          ? [`"${name}" is empty.`]
          : items.map((i) =>
              i.removed
                ? `${i.id}  ${dim('(removed from the catalogue)')}`
                : `${i.name ?? ''}  ${dim(i.id)}`,
            ),
      );
  });

  withDbOptions(
    shortlist
      .command('rename')
      .description('rename a shortlist')
      .argument('<name>')
      .argument('<new-name>'),
  ).action(async (name: string, newName: string, options: DbOptions) => {
    await withDatabase(options, (db) => {
      renameShortlist(db, name, newName);
    });
    if (options.json === true) printJson({ renamed: name, to: newName.trim() });
    else printLines([`Renamed "${name}" to "${newName.trim()}".`]);
  });

  withDbOptions(
    shortlist.command('delete').description('delete a shortlist').argument('<name>'),
  ).action(async (name: string, options: DbOptions) => {
    await withDatabase(options, (db) => {
      deleteShortlist(db, name);
    });
    if (options.json === true) printJson({ deleted: name });
    else printLines([`Deleted shortlist "${name}".`]);
  });
}
