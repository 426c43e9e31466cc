import { describe, expect } from 'vitest';
import { getSetting, setSetting } from '../../../../db/user-data/settings';
import { it } from './fixture';

describe('settings', () => {
  it('stores JSON values by key, and removes one set to undefined', ({ db }) => {
    setSetting(db, 'locale', 'de');
    setSetting(db, 'columns', ['name', 'email']);
    expect(getSetting(db, 'locale')).toBe('de');
    expect(getSetting(db, 'columns')).toEqual(['name', 'email']);
    setSetting(db, 'locale', undefined);
    expect(getSetting(db, 'locale')).toBeUndefined();
  });
});
