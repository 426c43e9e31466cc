/**
 * A query finds the user's own notes too (#15.5): an organisation whose note holds every word,
 * folded as the catalogue is (case, accents, ł, ß, "ue"), marked as matched by its note, with
 * the note's first line on every hit that has a note; filters still apply, and a note edited
 * or deleted is searched as it now is.
 */
import { describe, expect, it } from 'vitest';
import { firstLine, setNote } from '../../../../db/user-data/notes';
import { searchFixture } from './engine-fixture';

const { engine, db } = searchFixture([
  { id: 'linz', name: 'Automobil-Cluster Oberösterreich', country: 'AT' },
  { id: 'lodz', name: 'Łódź Special Economic Zone', country: 'PL' },
  { id: 'graz', name: 'Grazer Messe', country: 'AT', description: 'Trade fair grounds' },
  { id: 'plain', name: 'Quiet Partner', country: 'SK' },
]);

const search = (text: string, extra: { countries?: string[]; sort?: 'name' } = {}) =>
  engine().search({ text, ...extra });
const ids = (text: string, extra = {}) => search(text, extra).results.map((h) => h.id);

describe('notes in search', () => {
  it('finds an organisation by its note, folded like the catalogue, marked as such', () => {
    setNote(db(), 'lodz', 'Met Paweł at the Münster fair\nCall in May about batteries');
    setNote(db(), 'linz', 'Great contact for e-mobility');
    expect(ids('pawel')).toEqual(['lodz']);
    expect(ids('MUENSTER batt')).toEqual(['lodz']);
    const [hit] = search('pawel').results;
    expect(hit).toMatchObject({
      id: 'lodz',
      noteMatch: true,
      note: 'Met Paweł at the Münster fair',
    });
    // Every word must be in the note (or the catalogue finds it): no match for a half.
    expect(ids('pawel zebra')).toEqual([]);
  });

  it('adds note matches after name matches, and marks a hit found both ways', () => {
    setNote(db(), 'graz', 'Ask Grazer Messe for the 2027 dates');
    setNote(db(), 'plain', 'Introduced us to Grazer Messe');
    const hits = search('grazer').results;
    expect(hits.map((h) => h.id)).toEqual(['graz', 'plain']);
    expect(hits[0]).toMatchObject({ noteMatch: true, note: 'Ask Grazer Messe for the 2027 dates' });
    expect(hits[1]).toMatchObject({ noteMatch: true });
    expect(search('grazer').total).toBe(2);
  });

  it('carries the first line of a note on hits found by the catalogue alone', () => {
    const hit = search('automobil').results[0];
    expect(hit).toMatchObject({ id: 'linz', note: 'Great contact for e-mobility' });
    expect(hit?.noteMatch).toBeUndefined();
    expect(search('quiet').results[0]).toMatchObject({ note: 'Introduced us to Grazer Messe' });
    expect(search('zone').results[0]?.note).toBe('Met Paweł at the Münster fair');
  });

  it('keeps the filters: a note match outside them is not shown', () => {
    expect(ids('grazer', { countries: ['AT'] })).toEqual(['graz']);
    expect(ids('grazer', { sort: 'name' })).toEqual(['graz', 'plain']);
  });

  it('searches a note as it now is, and forgets a deleted one', () => {
    setNote(db(), 'plain', 'Now about hydrogen');
    expect(ids('grazer')).toEqual(['graz']);
    expect(ids('hydrogen')).toEqual(['plain']);
    setNote(db(), 'plain', '');
    expect(ids('hydrogen')).toEqual([]);
    expect(search('quiet').results[0]?.note).toBeUndefined();
  });

  it('shows the first line with text, cut on a long line', () => {
    expect(firstLine('\n  \n  Second line first  \nthird')).toBe('Second line first');
    const long = firstLine('x'.repeat(500));
    expect(long).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
  });
});
