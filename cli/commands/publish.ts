/**
 * `catalogue publish --source FILE --key PRIVATE_KEY --out DIR`: validates a catalogue source,
 * compares it with the latest version in DIR and writes the next signed feed version (feed.json
 * last). `--dry-run` prints what would change and writes nothing. Exit 0 when published or
 * unchanged, 1 when the source is broken or the key or folder unusable.
 */
import type { Command } from 'commander';
import { sizeLimitHelp } from '../../core/catalogue-files';
import {
  DEFAULT_EXPIRES_IN,
  parseDuration,
  publishFeed,
  type PublishResult,
} from '../../core/feed-admin';
import { printJson } from '../output';
import { plural, printLines, usageError } from '../options';
import { createProgress } from '../progress';
import { SUMMARIES } from '../summaries';

interface PublishOptions {
  source: string;
  key: string;
  out: string;
  channel?: string;
  expiresIn: string;
  dryRun?: boolean;
  renew?: boolean;
  json?: boolean;
}

function changeLines(result: PublishResult): string[] {
  const byKind = result.summary.byKind ?? {};
  return Object.entries(byKind).map(
    ([kind, c]) => `  ${kind}: ${c.added} added, ${c.changed} changed, ${c.removed} removed`,
  );
}

export function register(program: Command): void {
  program
    .command('publish')
    .description(SUMMARIES.publish)
    .requiredOption('--source <file>', 'catalogue source: .json, .csv or .xlsx')
    .requiredOption('--key <file>', 'private key PEM (from `catalogue keygen`)')
    .requiredOption('--out <dir>', 'feed folder to update (serve it with any static web host)')
    .option('--channel <name>', 'channel name (default: the folder\'s, else "stable")')
    .option(
      '--expires-in <duration>',
      'how long clients accept this version: 30d, 12h, 90m, 45s, 2w',
      DEFAULT_EXPIRES_IN,
    )
    .option('--dry-run', 'print what would change and write nothing')
    .option('--renew', 'publish a new version even if the source is unchanged (pushes the expiry)')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', `\n${sizeLimitHelp()}`)
    .action(async function (this: Command, options: PublishOptions) {
      try {
        parseDuration(options.expiresIn);
      } catch (error) {
        usageError(this, `--expires-in: ${(error as Error).message}`);
      }
      const bar = createProgress('Publishing', options.json !== true);
      let result: PublishResult;
      try {
        result = await publishFeed({
          source: options.source,
          key: options.key,
          out: options.out,
          expiresIn: options.expiresIn,
          dryRun: options.dryRun === true,
          renew: options.renew === true,
          ...(options.channel === undefined ? {} : { channel: options.channel }),
          onStep: (step, done, total) => {
            bar.update(done, total, step);
          },
        });
      } finally {
        bar.stop();
      }
      if (options.json === true) {
        printJson(result);
        return;
      }
      const s = result.summary;
      const lines = [
        `Changes since version ${result.previousVersion}: ${s.added} added, ${s.changed} changed, ${s.removed} removed`,
        ...changeLines(result),
      ];
      if (result.reason === 'unchanged') {
        lines.push(
          `Unchanged: version ${result.version} already holds this catalogue; nothing was written (use --renew to push the expiry).`,
        );
      } else if (result.reason === 'dry-run') {
        lines.push(
          `Dry run: would write version ${result.version} (${plural(result.files.length, 'file')}), nothing was written.`,
        );
      } else {
        lines.push(
          `Published version ${result.version} on channel ${result.channel}, expires ${result.expires}, signed by ${result.keyid.slice(0, 16)}…`,
          `Wrote ${result.files.join(', ')}`,
        );
      }
      printLines(lines);
    });
}
