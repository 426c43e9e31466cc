/**
 * The composition root every host starts from: it opens the user's database, answers the
 * contract's calls in process and through `dispatch` alike, and closes again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../contract/errors';
import { LOCAL_CALLER, openAppCore } from '../../../core/app-core';
import { makeDatabase } from '../server/http/fixture';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcc-app-core-'));
  dbPath = makeDatabase(dir);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('openAppCore', () => {
  it('opens the database and answers a search, in process and through dispatch alike', async () => {
    const core = openAppCore({ mode: 'cli', dbPath, appVersion: '9.9.9' });
    try {
      expect(core.dbPath).toBe(dbPath);
      expect(core.readOnly).toBe(false);
      const found = await core.call('search', { text: 'lodz' });
      expect(found.results.map((hit) => hit.id)).toEqual(['pl-lodz']);
      expect(await core.dispatch('search', { text: 'lodz' }, LOCAL_CALLER)).toEqual({
        ok: true,
        value: found,
      });
      const info = await core.call('appInfo');
      expect(info).toMatchObject({ appVersion: '9.9.9', mode: 'cli', organisations: 3 });
    } finally {
      core.close();
    }
  });

  it('refuses a bad argument with the same error in process and as data', async () => {
    const core = openAppCore({ mode: 'cli', dbPath });
    try {
      const refused = await core.dispatch('profile', { id: 42 }, LOCAL_CALLER);
      expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
      await expect(core.call('profile', { id: 'nobody' })).rejects.toThrow(ApiError);
      await expect(core.call('profile', { id: 'nobody' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      // A host that set up no export target says so instead of writing anywhere.
      await expect(
        core.call('exportContacts', { format: 'csv', scope: { kind: 'ids', ids: ['pl-lodz'] } }),
      ).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    } finally {
      core.close();
    }
  });

  it('closes the database: a closed core answers nothing, and what it saved is there next time', async () => {
    const core = openAppCore({ mode: 'desktop', dbPath });
    core.setHostSetting('window', { width: 900, height: 700 });
    core.close();
    await expect(core.call('search', { text: 'lodz' })).rejects.toThrow();

    const again = openAppCore({ mode: 'desktop', dbPath });
    try {
      expect(again.hostSetting('window')).toEqual({ width: 900, height: 700 });
    } finally {
      again.close();
    }
  });
});
