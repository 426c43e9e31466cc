import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createShortlist, listShortlists } from '../../../db/user-data';
import { exportContacts, EXPORT_FORMATS } from '../../../export/export';
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
  constructor(private readonly onWrite: () => void) {
    super({ highWaterMark: 256 });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null) => void) {
    this.bytes += chunk.length;
    this.writes += 1;
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
