/** Runs an export into memory for the format tests. */
import { Writable } from 'node:stream';
import type { Db } from '../../../db/sqlite';
import { exportContacts, type ExportCounts, type ExportOptions } from '../../../export/export';

export class MemoryStream extends Writable {
  chunks: Buffer[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null) => void) {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export async function exportToBuffer(
  db: Db,
  opts: ExportOptions,
): Promise<{ bytes: Buffer; counts: ExportCounts }> {
  const out = new MemoryStream({ highWaterMark: 1024 });
  const counts = await exportContacts(db, opts, out);
  return { bytes: out.bytes(), counts };
}
