/**
 * `catalogue changes [--since VERSION] [--json]`: what each applied sync changed, newest first
 * — the app's `listChanges` call. `--json` prints an array of `{ from_version, version,
 * applied_at, added: [{ id, name }], changed: [{ id, name, fields }], removed: [{ id, name }],
 * events: { added, changed, removed } }`: the first three lists are organisations (#13).
 */
import type { Command } from 'commander';
import type { ChangeSet } from '../../contract';
import { invalidValue, printAnswer, styling, withDbOptions, type DbOptions } from '../options';
import { SUMMARIES } from '../summaries';

interface ChangesOptions extends DbOptions {
  since?: number;
}

function version(value: string): number {
  if (!/^\d+$/.test(value.trim())) invalidValue('--since', value, 'a catalogue version number');
  return Number(value);
}

/** A change set in the command's documented JSON shape. */
export function changeSetJson(set: ChangeSet) {
  return {
    from_version: set.fromVersion,
    version: set.version,
    applied_at: set.appliedAt,
    added: set.organisations.added,
    changed: set.organisations.changed,
    removed: set.organisations.removed,
    events: set.events,
  };
}

function describe(sets: readonly ChangeSet[]): string[] {
  const { bold } = styling();
  if (sets.length === 0) return ['No changes recorded: no sync has updated this catalogue yet.'];
  return sets.flatMap((set) => {
    const o = set.organisations;
    const e = set.events;
    const lines = [
      bold(
        `Version ${set.fromVersion} → ${set.version}, applied ${set.appliedAt}: ${o.added.length} new, ${o.changed.length} changed, ${o.removed.length} withdrawn organisations; ${e.added.length + e.changed.length + e.removed.length} event changes`,
      ),
    ];
    for (const r of o.added) lines.push(`  + ${r.id}  ${r.name}`);
    for (const r of o.changed) lines.push(`  ~ ${r.id}  ${r.name}  (${r.fields.join(', ')})`);
    for (const r of o.removed) lines.push(`  - ${r.id}  ${r.name}`);
    for (const r of e.added) lines.push(`  + event ${r.id}  ${r.name}`);
    for (const r of e.changed) lines.push(`  ~ event ${r.id}  ${r.name}  (${r.fields.join(', ')})`);
    for (const r of e.removed) lines.push(`  - event ${r.id}  ${r.name}`);
    return lines;
  });
}

export function register(program: Command): void {
  withDbOptions(
    program
      .command('changes')
      .description(SUMMARIES.changes)
      .option('--since <version>', 'only the syncs that brought a version after this one', version),
    'print the change sets as a JSON array, newest first',
  ).action((options: ChangesOptions) =>
    printAnswer(
      options,
      'read',
      (core) =>
        core.call(
          'listChanges',
          options.since === undefined ? {} : { sinceVersion: options.since },
        ),
      {
        json: ({ changeSets }) => changeSets.map(changeSetJson),
        lines: ({ changeSets }) => describe(changeSets),
      },
    ),
  );
}
