/**
 * `catalogue share --out DIR [--json]`: the catalogue this app holds, written as a feed folder
 * carrying the network's own signature — the app's `shareCatalogue` call. A colleague's app
 * applies it with `catalogue sync --feed DIR` (every check of a normal sync). Refused, with
 * nothing written, when the app holds no signed version (NOTHING_TO_SHARE), when the database
 * does not reproduce the signed snapshot (SHARE_MISMATCH) or when DIR holds a newer version
 * (NEWER_IN_FOLDER). docs/feed.md, "Passing the catalogue on".
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { printJson } from '../output';
import { printLines, withCore, withDbOptions, type DbOptions } from '../options';
import { SUMMARIES } from '../summaries';

interface ShareOptions extends DbOptions {
  out: string;
}

export function register(program: Command): void {
  withDbOptions(
    program
      .command('share')
      .description(SUMMARIES.share)
      .requiredOption('--out <dir>', 'the folder to write (a USB stick): feed.json and snapshots/'),
    'print { out, version, channel, expires, files, bytes } as JSON',
  ).action(async (options: ShareOptions) => {
    // Sharing only reads the database: it works from a write-protected stick too.
    const result = await withCore(options, 'read', (core) =>
      core.call('shareCatalogue', { out: resolve(options.out) }),
    );
    if (options.json === true) {
      printJson(result);
      return;
    }
    const lines = [
      `Wrote version ${result.version} (channel ${result.channel}) to ${result.out}: ${result.files.join(', ')}, ${result.bytes} bytes.`,
      `A colleague applies it with: catalogue sync --feed ${result.out}`,
    ];
    if (Date.parse(result.expires) <= Date.now()) {
      lines.push(
        `Note: its signature expired on ${result.expires}; apps will refuse it (EXPIRED) until the network publishes a newer version.`,
      );
    }
    printLines(lines);
  });
}
