/**
 * What a release build must have, checked before electron-builder runs: a bundled catalogue
 * the first run can be created from, an https feed address that can resolve, and trusted
 * production keys — and never the development keys or the switch that trusts them. Without
 * that the build fails with a sentence saying what to fix, instead of producing an app that
 * cannot update, or one that accepts feeds anyone can sign.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import {
  DEV_TRUST_VARIABLE,
  devTrustRequested,
  loadFeedConfig,
  type FeedConfig,
} from '../../feed/app-config';
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
  /** The environment of the build, where the development trust switch must not be on. */
  env?: NodeJS.ProcessEnv;
  /**
   * A local test package (`npm run dist:dev`) that must never be published: the placeholder
   * feed address and missing production keys are let through. The development keys and their
   * switch are refused all the same.
   */
  development?: boolean;
}

export function checkRelease(inputs: ReleaseInputs): string[] {
  return [
    ...checkCatalogue(inputs.cataloguePath),
    ...checkDevelopmentTrust(inputs),
    ...checkFeed(inputs),
  ];
}

/** The development trust switch in the build's environment. */
function checkDevelopmentTrust(inputs: ReleaseInputs): string[] {
  let on: boolean;
  try {
    on = devTrustRequested(inputs.env ?? process.env);
  } catch {
    on = true; // a value it does not understand is no better
  }
  return on
    ? [
        `${DEV_TRUST_VARIABLE} is set: it makes a run from source trust the public development keys and has no place in a release build; unset it and build again.`,
      ]
    : [];
}

/** Every PEM file under `dir`, with its path. */
function pemFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.pem'))
    .map((name) => join(dir, name));
}

/** The key id of a PEM file's key (public or private), or undefined if it holds none. */
function pemKeyId(path: string): string | undefined {
  const pem = readFileSync(path, 'utf8');
  try {
    return keyId(pem.includes('PRIVATE KEY') ? loadPrivateKey(pem) : loadPublicKey(pem));
  } catch {
    return undefined;
  }
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
    // The file as it will ship, without the switch (refused on its own above).
    config = loadFeedConfig(inputs.feedConfigUrl, {});
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
      inputs.development !== true &&
      (/(^|\.)(example|invalid|localhost|test)$/.test(url.hostname) || url.hostname === '127.0.0.1')
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
  // Everything in config/ ships inside the app: a development key there, even unlisted, is one
  // edit away from being trusted. (A listed one is reported just above.)
  const trusted = new Set(config.keys.map((pem) => keyId(loadPublicKey(pem))));
  const configDir = fileURLToPath(new URL('.', inputs.feedConfigUrl));
  for (const file of pemFiles(configDir)) {
    const id = pemKeyId(file);
    if (id !== undefined && inputs.forbiddenKeyIds.has(id) && !trusted.has(id)) {
      problems.push(
        `${relative(configDir, file)} in ${configDir} is a development key whose private half is public: remove it, the app ships everything in that folder.`,
      );
    }
  }
  if (inputs.development !== true && config.keys.length === 0) {
    problems.push(
      "config/feed.json trusts no key, so the app could never accept an update: list the network's active and backup public keys in it (docs/packaging.md).",
    );
  } else if (inputs.development !== true && config.keys.length === 1) {
    problems.push(
      'config/feed.json trusts a single key: add a backup key, so a lost or rotated key does not strand every installed app.',
    );
  }
  return problems;
}
