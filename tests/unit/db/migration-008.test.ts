import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { listEvents } from '../../../db/events';
import { MIGRATIONS } from '../../../db/migrations/index';
import { useTempDir } from '../../support/temp-dir';

const dir = useTempDir('mcc-migration-008-');

describe('migration 008 (event dates known to the month or the year)', () => {
  it('keeps the events of a version-7 catalogue, with no note, and takes partial dates with one', () => {
    const path = join(dir(), 'a.sqlite');
    const v7 = openDatabase(path, { migrations: MIGRATIONS.filter((m) => m.version < 8) });
    v7.exec(`INSERT INTO event (id, kind, title, start_date, end_date)
             VALUES ('forum', 'exchange-forum', 'Exchange forum', '2012-02-21', '2012-02-22')`);
    expect(() => v7.prepare('SELECT date_note FROM event').all()).toThrow(/no such column/);
    v7.close();

    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(8);
    db.exec(`INSERT INTO event (id, kind, title, start_date, date_note)
             VALUES ('later', 'exchange-forum', 'Later forum', '2012-06', 'exact dates not published')`);
    expect(listEvents(db).map((e) => [e.id, e.start, e.end, e.dateNote])).toEqual([
      ['forum', '2012-02-21', '2012-02-22', null],
      ['later', '2012-06', null, 'exact dates not published'],
    ]);
    db.close();
  });
});
