import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp-dir';
import { upgradeKeepingNote } from './migration.fixture';

const dir = useTempDir('mcc-migration-002-');

describe('migration 002 (taxonomy_meta)', () => {
  it('upgrades a version-1 database and keeps its data', () => {
    const db = upgradeKeepingNote(join(dir(), 'a.sqlite'), 1, 2);
    const sql = db
      .prepare("SELECT sql FROM sqlite_schema WHERE name = 'taxonomy_meta'")
      .pluck()
      .get() as string;
    expect(sql).toMatch(/STRICT/);
    db.prepare("INSERT INTO taxonomy_meta VALUES (1, ?, 'now')").run('a'.repeat(64));
    // One row only, and only a sha256-sized hash.
    expect(() =>
      db.prepare("INSERT INTO taxonomy_meta VALUES (2, ?, 'now')").run('b'.repeat(64)),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE taxonomy_meta SET sha256 = 'short'").run()).toThrow(/CHECK/);
    db.close();
  });
});
