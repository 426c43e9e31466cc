/**
 * What a release build must have, checked before electron-builder runs: a bundled catalogue
 * the first run can be created from, an https feed address that can resolve, and trusted
 * production keys. Without them the build fails with a sentence saying what to fix, instead
 * of producing an app that cannot update.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { loadFeedConfig, type FeedConfig } from '../../feed/app-config';
import { keyId, loadPrivateKey, loadPublicKey } from '../../feed/keys';

/**
 * Key ids of the development keys. Their private halves are committed for tests
 * (tests/fixtures/keys), so a feed signed with them proves nothing: a release never trusts them.
 */
export function developmentKeyIds(dir: URL): Set<string> {
  return new Set(
    readdirSync(dir)
      .filter((name) => name.endsWith('.private.pem'))
      .map((name) => keyId(loadPrivateKey(readFileSync(new URL(name, dir), 'utf8')))),
  );
}

export interface ReleaseInputs {
  /** The bundled catalogue database built by `npm run build:catalogue`. */
  cataloguePath: string;
  /** The feed configuration the app is built with (config/feed.json). */
  feedConfigUrl: URL;
  /** Key ids that must not be trusted by a release (the development keys). */
  forbiddenKeyIds: ReadonlySet<string>;
}

export function checkRelease(inputs: ReleaseInputs): string[] {
  return [...checkCatalogue(inputs.cataloguePath), ...checkFeed(inputs)];
}

function checkCatalogue(path: string): string[] {
  if (!existsSync(path)) {
    return [`The bundled catalogue ${path} is missing: run \`npm run build:catalogue\` first.`];
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const meta = db.prepare('SELECT version FROM catalogue_meta').get();
    const { n } = db.prepare('SELECT count(*) AS n FROM organisation').get() as { n: number };
    if (meta === undefined || n === 0) {
      return [
        `The bundled catalogue ${path} is empty: rebuild it with \`npm run build:catalogue\`.`,
      ];
    }
    return [];
  } catch (error) {
    return [
      `The bundled catalogue ${path} cannot be read (${(error as Error).message}): rebuild it with \`npm run build:catalogue\`.`,
    ];
  } finally {
    db?.close();
  }
}

function checkFeed(inputs: ReleaseInputs): string[] {
  let config: FeedConfig;
  try {
    config = loadFeedConfig(inputs.feedConfigUrl);
  } catch (error) {
    return [
      `The feed configuration ${inputs.feedConfigUrl.pathname} is invalid (${(error as Error).message}): fix its address and key files (docs/feed.md).`,
    ];
  }
  const problems: string[] = [];
  let url: URL | undefined;
  try {
    url = new URL(config.url);
  } catch {
    problems.push(`The feed address "${config.url}" is not a URL: set "url" in config/feed.json.`);
  }
  if (url) {
    if (url.protocol !== 'https:') {
      problems.push(
        `The feed address ${config.url} must use https: so updates cannot be intercepted.`,
      );
    }
    if (
      /(^|\.)(example|invalid|localhost|test)$/.test(url.hostname) ||
      url.hostname === '127.0.0.1'
    ) {
      problems.push(
        `The feed address ${config.url} can never be reached by an installed app: set the network's real feed address in config/feed.json.`,
      );
    }
  }
  const dev = config.keys.filter((pem) => inputs.forbiddenKeyIds.has(keyId(loadPublicKey(pem))));
  if (dev.length > 0) {
    problems.push(
      `config/feed.json trusts ${dev.length} development key(s) whose private halves are public: replace them with the network's production public keys (docs/feed.md, "Keys and rotation").`,
    );
  }
  if (config.keys.length < 2) {
    problems.push(
      'config/feed.json trusts a single key: add a backup key, so a lost or rotated key does not strand every installed app.',
    );
  }
  return problems;
}
