/**
 * `catalogue shortlist create|add|remove|list|rename|delete`: the user's own lists of
 * organisations, kept across every import and sync — the app's shortlist calls. An
 * organisation the catalogue has since removed stays on a list and is shown as removed.
 */
import type { Command } from 'commander';
import { plural, printAnswer, styling, withDbOptions, type DbOptions } from '../options';
import { SUMMARIES } from '../summaries';

export function register(program: Command): void {
  const shortlist = program.command('shortlist').description(SUMMARIES.shortlist);

  withDbOptions(
    shortlist.command('create').description('create an empty shortlist').argument('<name>'),
  ).action((name: string, options: DbOptions) =>
    printAnswer(options, 'write', (core) => core.call('createShortlist', { name }), {
      json: (list) => list,
      lines: (list) => [`Created shortlist "${list.name}".`],
    }),
  );

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
    ).action((name: string, ids: string[], options: DbOptions) =>
      printAnswer(options, 'write', (core) => core.call(method, { name, ids }), {
        json: ({ changed }) => ({ shortlist: name, [field]: changed }),
        lines: ({ changed }) => [sentence(plural(changed, 'organisation'), name)],
      }),
    );
  }

  withDbOptions(
    shortlist
      .command('list')
      .description('list your shortlists, or the organisations on one')
      .argument('[name]'),
  ).action(async (name: string | undefined, options: DbOptions) => {
    const { dim } = styling();
    if (name === undefined) {
      await printAnswer(options, 'read', (core) => core.call('listShortlists'), {
        json: ({ shortlists }) => shortlists,
        lines: ({ shortlists }) =>
          shortlists.length === 0
            ? ['No shortlists yet. Create one with `catalogue shortlist create NAME`.']
            : shortlists.map(
                (l) =>
                  `${l.name}  ${dim(`${plural(l.count, 'organisation')}${l.removed > 0 ? `, ${l.removed} removed from the catalogue` : ''}`)}`,
              ),
      });
      return;
    }
    await printAnswer(options, 'read', (core) => core.call('shortlistItems', { name }), {
      json: ({ items }) => items,
      lines: ({ items }) =>
        items.length === 0
          ? [`"${name}" is empty.`]
          : items.map((i) =>
              i.removed
                ? `${i.id}  ${dim('(removed from the catalogue)')}`
                : `${i.name ?? ''}  ${dim(i.id)}`,
            ),
    });
  });

  withDbOptions(
    shortlist
      .command('rename')
      .description('rename a shortlist')
      .argument('<name>')
      .argument('<new-name>'),
  ).action((name: string, newName: string, options: DbOptions) =>
    printAnswer(options, 'write', (core) => core.call('renameShortlist', { name, newName }), {
      json: ({ renamedTo }) => ({ renamed: name, to: renamedTo }),
      lines: ({ renamedTo }) => [`Renamed "${name}" to "${renamedTo}".`],
    }),
  );

  withDbOptions(
    shortlist.command('delete').description('delete a shortlist').argument('<name>'),
  ).action((name: string, options: DbOptions) =>
    printAnswer(options, 'write', (core) => core.call('deleteShortlist', { name }), {
      json: () => ({ deleted: name }),
      lines: () => [`Deleted shortlist "${name}".`],
    }),
  );
}
