/**
 * Writes a catalogue as a JSON source, one record per line, streamed: a 100,000-organisation
 * catalogue is never one giant string in memory, and the output is byte-for-byte the same for
 * the same catalogue (records in list order, fields in the order they were set).
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { CATALOGUE_SCHEMA, type Catalogue } from './schema';

/** Records per write: large enough that writes are few, small enough to stream. */
const BATCH = 500;

/** Streams the catalogue to `out` (left open). */
export async function writeJson(catalogue: Catalogue, out: Writable): Promise<void> {
  await write(out, `{\n  "schema": ${JSON.stringify(CATALOGUE_SCHEMA)},\n  "organisations": [`);
  await writeList(out, catalogue.organisations);
  await write(out, '\n  ],\n  "events": [');
  await writeList(out, catalogue.events);
  await write(out, '\n  ]\n}\n');
}

async function writeList(out: Writable, records: readonly unknown[]): Promise<void> {
  for (let i = 0; i < records.length; i += BATCH) {
    let chunk = '';
    const end = Math.min(i + BATCH, records.length);
    for (let j = i; j < end; j++) {
      chunk += `${j === 0 ? '' : ','}\n    ${JSON.stringify(records[j])}`;
    }
    await write(out, chunk);
  }
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}
