/** Where the app keeps the user's database on each system: one definition for every host. */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDatabasePath, userDataFolder } from '../../../core/app-paths';

describe('the app database', () => {
  it('lives in the per-user data folder unless METACLUSTER_DB says otherwise', () => {
    expect(defaultDatabasePath({ METACLUSTER_DB: '/x/y.sqlite' })).toBe('/x/y.sqlite');
    expect(defaultDatabasePath({ XDG_DATA_HOME: '/data' }, 'linux')).toBe(
      '/data/metacluster-catalogue/catalogue.sqlite',
    );
  });

  it('is in each system’s own data folder, named after the app', () => {
    expect(userDataFolder({}, 'linux')).toBe(
      join(homedir(), '.local', 'share', 'metacluster-catalogue'),
    );
    expect(userDataFolder({}, 'darwin')).toBe(
      join(homedir(), 'Library', 'Application Support', 'Meta-Cluster Catalogue'),
    );
    expect(userDataFolder({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toBe(
      join('C:\\Users\\u\\AppData\\Roaming', 'Meta-Cluster Catalogue'),
    );
  });
});
