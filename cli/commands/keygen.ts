/**
 * `catalogue keygen --out DIR`: a new Ed25519 signing key pair for feed administrators.
 * `private.pem` is written readable by its owner only (0600) and never overwritten; keep it
 * offline. `public.pem` goes into the app's config/keys/ for the next app build.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { generateKeyPair } from '../../core/feed-admin';
import { printJson } from '../output';
import { printLines, usageError } from '../options';
import { SUMMARIES } from '../summaries';

export function register(program: Command): void {
  program
    .command('keygen')
    .description(SUMMARIES.keygen)
    .requiredOption('--out <dir>', 'folder for private.pem (owner-only) and public.pem')
    .option('--json', 'print { keyid, private, public } as JSON')
    .addHelpText(
      'after',
      '\nExisting keys are never overwritten. See docs/feed.md, "Keys and rotation".',
    )
    .action(function (this: Command, options: { out: string; json?: boolean }) {
      const privatePath = join(options.out, 'private.pem');
      const publicPath = join(options.out, 'public.pem');
      const existing = [privatePath, publicPath].filter((p) => existsSync(p));
      if (existing.length > 0) {
        usageError(
          this,
          `${existing.join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'}; choose another --out folder (keys are never overwritten).`,
        );
      }
      const pair = generateKeyPair();
      mkdirSync(options.out, { recursive: true, mode: 0o700 });
      // 'wx': fail rather than overwrite if the file appeared meanwhile.
      writeFileSync(privatePath, pair.privatePem, { mode: 0o600, flag: 'wx' });
      writeFileSync(publicPath, pair.publicPem, { mode: 0o644, flag: 'wx' });
      if (options.json === true) {
        printJson({ keyid: pair.keyid, private: privatePath, public: publicPath });
        return;
      }
      printLines([
        `Key id: ${pair.keyid}`,
        `Private key: ${privatePath} (owner-only; keep it offline, never on the web host)`,
        `Public key:  ${publicPath} (add it to config/keys/ of the app)`,
      ]);
    });
}
