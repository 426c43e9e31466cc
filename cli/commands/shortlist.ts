/**
 * `catalogue shortlist create|add|remove|list|rename|delete`: the user's own lists of
 * organisations, kept across every import and sync — the app's shortlist calls. An
 * organisation the catalogue has since removed stays on a list and is shown as removed.
 */
import type { Command } from 'commander';
import { printJson } from '../output';
import { plural, printLines, styling, withCore, withDbOptions, type DbOptions } from '../options';
import { SUMMARIES } from '../summaries';

export function register(program: Command): void {
  const shortlist = program.command('shortlist').description(SUMMARIES.shortlist);

  withDbOptions(
    shortlist.command('create').description('create an empty shortlist').argument('<name>'),
  ).action(async (name: string, options: DbOptions) => {
    const list = await withCore(options, 'write', (core) => core.call('createShortlist', { name }));
    if (options.json === true) printJson(list);
    else printLines([`Created shortlist "${list.name}".`]);
  });

  // add and remove differ only in their words and the API method they call.
  const changes = [
    {
      command: 'add',
      description: 'add organisations (by id) to a shortlist',
      method: 'addToShortlist',
      field: 'added',
      sentence: (count: string, name: string) => `Added ${count} to "${name}".`,
    },
    {
      command: 'remove',
      description: 'remove organisations (by id) from a shortlist',
      method: 'removeFromShortlist',
      field: 'removed',
      sentence: (count: string, name: string) => `Removed ${count} from "${name}".`,
    },
  ] as const;
  for (const { command, description, method, field, sentence } of changes) {
    withDbOptions(
      shortlist
        .command(command)
        .description(description)
        .argument('<name>')
        .argument('<ids...>', 'organisation ids'),
    ).action(async (name: string, ids: string[], options: DbOptions) => {
      const { changed } = await withCore(options, 'write', (core) =>
        core.call(method, { name, ids }),
      );
      if (options.json === true) printJson({ shortlist: name, [field]: changed });
      else printLines([sentence(plural(changed, 'organisation'), name)]);
    });
  }

  withDbOptions(
    shortlist
      .command('list')
      .description('list your shortlists, or the organisations on one')
      .argument('[name]'),
  ).action(async (name: string | undefined, options: DbOptions) => {
    const { dim } = styling();
    if (name === undefined) {
      const { shortlists } = await withCore(options, 'read', (core) => core.call('listShortlists'));
      if (options.json === true) printJson(shortlists);
      else
        printLines(
          shortlists.length === 0
            ? ['No shortlists yet. Create one with `catalogue shortlist create NAME`.']
            : shortlists.map(
                (l) =>
                  `${l.name}  ${dim(`${plural(l.count, 'organisation')}${l.removed > 0 ? `, ${l.removed} removed from the catalogue` : ''}`)}`,
              ),
        );
      return;
    }
    const { items } = await withCore(options, 'read', (core) =>
      core.call('shortlistItems', { name }),
    );
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
    const { renamedTo } = await withCore(options, 'write', (core) =>
      core.call('renameShortlist', { name, newName }),
    );
    if (options.json === true) printJson({ renamed: name, to: renamedTo });
    else printLines([`Renamed "${name}" to "${renamedTo}".`]);
  });

  withDbOptions(
    shortlist.command('delete').description('delete a shortlist').argument('<name>'),
  ).action(async (name: string, options: DbOptions) => {
    await withCore(options, 'write', (core) => core.call('deleteShortlist', { name }));
    if (options.json === true) printJson({ deleted: name });
    else printLines([`Deleted shortlist "${name}".`]);
  });
}
