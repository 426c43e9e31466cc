/**
 * A signed delta must leave a consistent catalogue: its records pass the catalogue rules, and
 * every reference resolves in the catalogue as it will be after the delta.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../db/taxonomy';
import { DELTA_SCHEMA } from '../../../feed/format';
import { checkDelta, parseDelta } from '../../../feed/payload';
import { feedDb } from './craft';
import { tempDir } from './helpers';
import { syntheticCatalogue } from './synthetic';

const dir = tempDir('feed-payload-');
// syntheticCatalogue(30): org-0 is the cluster every other organisation is a member of and
// the organiser of event-0.
const db = feedDb(join(dir.path, 'app.sqlite'), 4, syntheticCatalogue(30));
afterAll(() => {
  db.close();
  dir.remove();
});

function check(
  upserts: unknown[],
  deletes: string[] = [],
  events: unknown[] = [],
  deletedEvents: string[] = [],
) {
  const bytes = Buffer.from(
    JSON.stringify({
      schema: DELTA_SCHEMA,
      base_version: 4,
      version: 5,
      upserts: { organisations: upserts, events },
      deletes: { organisations: deletes, events: deletedEvents },
    }),
  );
  return () => checkDelta(db, parseDelta(bytes, { base: 4, version: 5 }), loadTaxonomy());
}

const org = (id: string, fields: Record<string, unknown> = {}) => ({
  ...syntheticCatalogue(30).organisations[7],
  id,
  services: [],
  ...fields,
});

describe('delta consistency', () => {
  it('accepts new records referring to organisations already in the database', () => {
    const changes = check([org('new-1', { member_of: ['org-0'] })], ['org-29'])();
    expect(changes.upserts.organisations.map((o) => o.id)).toEqual(['new-1']);
    expect(changes.deletes.organisations).toEqual(['org-29']);
  });

  it('refuses a reference to an organisation that is nowhere', () => {
    expect(check([org('new-1', { member_of: ['ghost'] })])).toThrow(/ghost/);
  });

  it('refuses removing an organisation that others still refer to', () => {
    expect(check([], ['org-0'], [], ['event-0'])).toThrow(/still refers to it/);
    expect(check([], ['org-3'])()).toBeTruthy();
  });

  it('refuses removing an event organiser while the event stays', () => {
    const members = syntheticCatalogue(30)
      .organisations.slice(1)
      .map((o) => o.id);
    expect(check([], ['org-0', ...members])).toThrow(/event-0/);
    expect(check([], ['org-0', ...members], [], ['event-0'])()).toBeTruthy();
  });

  it('refuses a delta that both updates and deletes a record, or joins other versions', () => {
    expect(check([org('org-5')], ['org-5'])).toThrow(/both updates and deletes/);
    const bytes = Buffer.from(
      JSON.stringify({
        schema: DELTA_SCHEMA,
        base_version: 3,
        version: 5,
        upserts: { organisations: [], events: [] },
        deletes: { organisations: [], events: [] },
      }),
    );
    expect(() => parseDelta(bytes, { base: 4, version: 5 })).toThrow(/index lists it as 4 to 5/);
  });
});

describe('signed bytes are decoded strictly', () => {
  it('refuses a delta that is not UTF-8, naming where, instead of importing U+FFFD', () => {
    const json = JSON.stringify({
      schema: DELTA_SCHEMA,
      base_version: 4,
      version: 5,
      upserts: { organisations: [], events: [] },
      deletes: { organisations: [], events: [] },
    });
    // A Latin-1 "ü" (0xFC) inside the JSON: valid JSON once decoded leniently.
    const bytes = Buffer.concat([
      Buffer.from(json.slice(0, -1)),
      Buffer.from(',"note":"M'),
      Buffer.from([0xfc]),
      Buffer.from('nchen"}'),
    ]);
    expect(() => parseDelta(bytes, { base: 4, version: 5 })).toThrow(
      /delta is not UTF-8 text: line 1, byte offset \d+: byte 0xFC after ".*M" is not UTF-8/,
    );
  });
});
