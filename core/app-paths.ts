/**
 * Where the app keeps its things, decided once for the desktop app, web mode and the command
 * line: the per-user data folder of each OS and the database in it, the built renderer, and
 * the app's version. (The app's name itself is the contract's APP_NAME.)
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_NAME } from '../contract/app';
import { DATABASE_FILE, type BundleLocation } from '../db/app-database';

/** Linux folder names are lower case by custom (the package's name). */
const LINUX_FOLDER = 'metacluster-catalogue';

/**
 * The per-user data folder: `$XDG_DATA_HOME/metacluster-catalogue` (default
 * `~/.local/share/…`), `~/Library/Application Support/Meta-Cluster Catalogue`,
 * `%APPDATA%\Meta-Cluster Catalogue`.
 */
export function userDataFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  }
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), LINUX_FOLDER);
}

/** The user's database: `$METACLUSTER_DB` if set, else catalogue.sqlite in the data folder. */
export function defaultDatabasePath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.METACLUSTER_DB) return env.METACLUSTER_DB;
  return join(userDataFolder(env, platform), DATABASE_FILE);
}

/**
 * The bundled catalogue of a packaged desktop app: beside the asar (electron-builder's
 * extraResources), since SQLite cannot open a file inside the archive.
 */
export function packagedBundle(resourcesPath: string): BundleLocation {
  return { database: join(resourcesPath, DATABASE_FILE) };
}

/** The built renderer, produced by `vite build`. */
export function rendererDistPath(): string {
  return fileURLToPath(new URL('../renderer/dist/', import.meta.url));
}

/** This app's version, as package.json gives it. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
