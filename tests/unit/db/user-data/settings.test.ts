import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../db/sqlite';
import { getSetting, setSetting } from '../../../../db/user-data/settings';
import { userDataDb } from './fixture';

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = userDataDb());
});
afterEach(() => {
  cleanup();
});

describe('settings', () => {
  it('stores JSON values by key, and removes one set to undefined', () => {
    setSetting(db, 'locale', 'de');
    setSetting(db, 'columns', ['name', 'email']);
    expect(getSetting(db, 'locale')).toBe('de');
    expect(getSetting(db, 'columns')).toEqual(['name', 'email']);
    setSetting(db, 'locale', undefined);
    expect(getSetting(db, 'locale')).toBeUndefined();
  });
});
