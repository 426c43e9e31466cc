/**
 * `catalogue serve [--host HOST] [--port PORT] [--open] [--db PATH] [--feed URL] [--trust PEM]...
 * [--json]`: web mode. Serves the built UI and the CatalogueApi on 127.0.0.1 (port 0 picks a
 * free port; the real one is printed), until Ctrl+C or SIGTERM. Bound to any other address it
 * requires the random access token that the printed address carries.
 */
import { spawn } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import type { Command } from 'commander';
import type { FeedConfig } from '../../core/app-core';
import {
  devTrustRequested,
  loadFeedConfig,
  MIN_CHECK_EVERY_MS,
  parseDuration,
} from '../../core/feed-admin';
import { isLoopback, startWebMode, type WebMode } from '../../core/web-mode';
import { printJson } from '../output';
import {
  databasePath,
  invalidValue,
  readTrustFiles,
  repeat,
  warnDevTrust,
  withDbOptions,
  type DbOptions,
} from '../options';
import { SUMMARIES } from '../summaries';

interface ServeOptions extends DbOptions {
  host: string;
  port: number;
  open?: boolean;
  feed?: string;
  trust?: string[];
  checkEvery?: number | 'off';
}

/** `--check-every`: `off`, or a duration of at least a minute (feed/duration.ts). */
function checkEvery(value: string): number | 'off' {
  if (value.trim() === 'off') return 'off';
  let ms: number;
  try {
    ms = parseDuration(value);
  } catch {
    invalidValue('--check-every', value, 'a duration such as 30m, 6h or 1d, or off');
  }
  if (ms < MIN_CHECK_EVERY_MS) invalidValue('--check-every', value, 'at least 1m, or off');
  return ms;
}

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65_535) {
    invalidValue('--port', value, 'a port number from 0 to 65535');
  }
  return n;
}

/** The addresses other computers can use, when bound to every interface. */
function networkAddresses(web: WebMode, host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [];
  const query = web.token === undefined ? '' : `?token=${web.token}`;
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && !a.internal && a.family === 'IPv4')
    .map((a) => `http://${a?.address ?? ''}:${web.port}/${query}`);
}

/** Opens the address in the default browser; failing to is not an error (no desktop here). */
function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser to open: the printed address is enough.
  }
}

export function register(program: Command): void {
  withDbOptions(
    program
      .command('serve')
      .description(SUMMARIES.serve)
      .option(
        '--host <host>',
        'address to listen on (another than 127.0.0.1 requires the printed token)',
        '127.0.0.1',
      )
      .option('--port <port>', 'port to listen on (0: any free port)', port, 0)
      .option('--open', 'open the address in the default web browser')
      .option('--feed <url>', 'default feed address (https:, http: on loopback, or a folder)')
      .option('--trust <pem>', 'also trust this public key file (repeatable)', repeat)
      .option(
        '--check-every <duration|off>',
        "check the feed every DURATION (s m h d w, at least 1m), or off (default: the app's setting, 6h)",
        checkEvery,
      ),
    'print { url, port, token, db } as JSON once listening',
  ).action(async function (this: Command, options: ServeOptions) {
    const dbPath = databasePath(options);
    if (devTrustRequested()) warnDevTrust();
    let feed: FeedConfig | undefined;
    if (options.feed !== undefined || options.trust !== undefined) {
      const built = loadFeedConfig();
      feed = {
        defaultUrl: options.feed ?? built.url,
        trust: [...built.keys, ...readTrustFiles(this, options.trust)],
        channel: built.channel,
      };
    }
    const web = await startWebMode({
      dbPath,
      host: options.host,
      port: options.port,
      ...(feed ? { feed } : {}),
      ...(options.checkEvery === undefined ? {} : { checkEvery: options.checkEvery }),
    });
    const local = isLoopback(options.host)
      ? web.url
      : `http://127.0.0.1:${web.port}/${web.token === undefined ? '' : `?token=${web.token}`}`;
    if (options.json === true) {
      printJson({ url: local, port: web.port, token: web.token ?? null, db: dbPath });
    } else {
      process.stdout.write(`Serving the catalogue at ${local}\n`);
      for (const address of networkAddresses(web, options.host)) {
        process.stdout.write(`  on the network: ${address}\n`);
      }
      process.stdout.write('Press Ctrl+C to stop.\n');
    }
    if (options.open === true) openInBrowser(local);

    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await web.close();
  });
}
