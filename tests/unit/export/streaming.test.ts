import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceCatalogue } from '../../../db/catalogue-store';
import { openDatabase } from '../../../db/connection';
import { createShortlist, listShortlists } from '../../../db/user-data/shortlists';
import { EXPORT_FORMATS } from '../../../contract/lists';
import { exportContacts } from '../../../export/export';
import { org, tempDb, type TempDb } from './fixture';

let t: TempDb | undefined;
afterEach(() => {
  t?.close();
  t = undefined;
});

/** A slow consumer: accepts one small chunk at a time, on a later turn of the event loop. */
class SlowStream extends Writable {
  bytes = 0;
  writes = 0;
  readonly chunks: Buffer[] = [];
  constructor(private readonly onWrite: () => void) {
    super({ highWaterMark: 256 });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null) => void) {
    this.bytes += chunk.length;
    this.writes += 1;
    this.chunks.push(chunk);
    this.onWrite();
    setImmediate(done);
  }
}

describe('streaming exports', () => {
  it.each(EXPORT_FORMATS)(
    '%s: the database stays usable while a slow output drains',
    async (format) => {
      const organisations = Array.from({ length: 1200 }, (_, i) =>
        org(`org-${String(i)}`, {
          name: `Organisation ${String(i)} Žilina`,
          contacts: [{ name: `Person ${String(i)}`, role: 'Manager', languages: [] }],
        }),
      );
      const { db } = (t = tempDb({ events: [], organisations }));
      let saved = 0;
      const out = new SlowStream(() => {
        // What the app may do during an export: save a shortlist on the same connection.
        if (saved < 3) createShortlist(db, `during export ${String(saved++)}`);
      });
      const counts = await exportContacts(db, { format, ids: organisations.map((o) => o.id) }, out);
      expect(counts).toEqual({ contacts: 1200, organisations: 1200 });
      expect(out.writes).toBeGreaterThan(1);
      expect(saved).toBeGreaterThan(0);
      expect(listShortlists(db)).toHaveLength(saved);
    },
  );
});

describe('an export while a sync commits', () => {
  it('writes every page from the catalogue as it was when the export began', async () => {
    // Enough rows that the output's first 64 KB chunk is written while pages remain to read.
    const organisations = Array.from({ length: 5000 }, (_, i) =>
      org(`org-${String(i)}`, {
        name: `Before ${String(i)}`,
        contacts: [{ name: `Person ${String(i)}`, languages: [] }],
      }),
    );
    const { db } = (t = tempDb({ events: [], organisations }));
    // A sync on its own connection, as the app's apply worker has.
    const sync = openDatabase(db.name);
    let synced = false;
    const out = new SlowStream(() => {
      if (synced) return;
      synced = true;
      const renamed = organisations.map((o) => ({ ...o, name: o.name.replace('Before', 'After') }));
      replaceCatalogue(
        sync,
        { events: [], organisations: renamed },
        { version: 2, source: 'feed' },
      );
    });
    await exportContacts(db, { format: 'csv', ids: organisations.map((o) => o.id) }, out);
    sync.close();
    const csv = Buffer.concat(out.chunks).toString('utf8');
    expect(synced).toBe(true);
    expect(csv).toContain('Before 4999');
    expect(csv).not.toContain('After ');
    // And the app's own connection sees the synced catalogue right away.
    expect(db.prepare("SELECT name FROM organisation WHERE id = 'org-1'").pluck().get()).toBe(
      'After 1',
    );
  });
});
