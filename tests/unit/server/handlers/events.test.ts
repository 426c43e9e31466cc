/**
 * The events method keeps the catalogue's events between calls (the main search asks with
 * every answer): what it keeps must never outlive a change of the catalogue, whether this
 * connection wrote it or another one did (a sync's worker, another process).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceCatalogue } from '../../../../db/catalogue-store';
import { openDatabase } from '../../../../db/connection';
import type { Db } from '../../../../db/sqlite';
import { loadTaxonomy } from '../../../../db/taxonomy';
import { answerEvents } from '../../../../server/handlers/events';
import { event, sampleCatalogue, tempDb } from '../../db/catalogue-store.fixture';

let db: Db;
let path: string;
let cleanup: () => void;
const taxonomy = loadTaxonomy();

function withEvent(title: string) {
  const catalogue = sampleCatalogue();
  catalogue.events = [event('fair', { title, country: 'AT', sectors: ['food'] })];
  return catalogue;
}

const titlesFound = (text: string) => {
  const answer = answerEvents(db, taxonomy, { text, locale: 'de' }, '2020-01-01');
  return answer.upcoming.map((e) => e.title);
};

beforeEach(() => {
  ({ db, path, cleanup } = tempDb('mcc-events-handler-'));
  replaceCatalogue(db, withEvent('Lebensmittelmesse Linz'), { version: 1, source: 'feed' });
});
afterEach(() => {
  cleanup();
});

describe('events answered from what the handler keeps', () => {
  it('finds by the words of the asked language, again and again', () => {
    expect(titlesFound('osterreich')).toEqual(['Lebensmittelmesse Linz']);
    expect(titlesFound('lebensmittel linz')).toEqual(['Lebensmittelmesse Linz']);
    expect(titlesFound('wien')).toEqual([]);
  });

  it('sees a catalogue written by this connection', () => {
    expect(titlesFound('linz')).toEqual(['Lebensmittelmesse Linz']);
    replaceCatalogue(db, withEvent('Lebensmittelmesse Wien'), { version: 2, source: 'feed' });
    expect(titlesFound('linz')).toEqual([]);
    expect(titlesFound('wien')).toEqual(['Lebensmittelmesse Wien']);
  });

  it('sees a catalogue another connection committed (a sync on its worker)', () => {
    expect(titlesFound('linz')).toEqual(['Lebensmittelmesse Linz']);
    const worker = openDatabase(path);
    replaceCatalogue(worker, withEvent('Lebensmittelmesse Graz'), { version: 2, source: 'feed' });
    worker.close();
    expect(titlesFound('linz')).toEqual([]);
    expect(titlesFound('graz')).toEqual(['Lebensmittelmesse Graz']);
  });
});
