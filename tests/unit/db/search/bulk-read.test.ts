import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFlat, readRows } from '../../../../db/search/bulk-read';
import { createFixture, type Fixture } from './fixture';

let fixture: Fixture;

beforeAll(() => {
  fixture = createFixture([
    { id: 'a', name: 'Plain Name', region: 'SK021' },
    { id: 'b', name: 'Odd\u001fName' },
  ]);
});
afterAll(() => {
  fixture.close();
});

describe('reading columns in bulk', () => {
  it('returns values flat, NULL as empty text', () => {
    expect(
      readFlat(fixture.db, 'SELECT id, region FROM organisation ORDER BY rid', ['id', 'region']),
    ).toEqual(['a', 'SK021', 'b', '']);
  });

  it('stays exact when a value contains the separator', () => {
    expect(
      readFlat(fixture.db, 'SELECT id, name FROM organisation ORDER BY rid', ['id', 'name']),
    ).toEqual(['a', 'Plain Name', 'b', 'Odd\u001fName']);
    expect(
      readRows(fixture.db, 'SELECT rid, name FROM organisation ORDER BY rid', ['rid', 'name']),
    ).toEqual([
      [1, 'Plain Name'],
      [2, 'Odd\u001fName'],
    ]);
  });

  it('returns nothing for no rows', () => {
    expect(readFlat(fixture.db, 'SELECT id FROM organisation WHERE 0', ['id'])).toEqual([]);
    expect(readRows(fixture.db, 'SELECT id FROM organisation WHERE 0', ['id'])).toEqual([]);
  });
});
