import { describe, expect } from 'vitest';
import { getNote, listNotes, setNote } from '../../../../db/user-data/notes';
import {
  addToShortlist,
  createShortlist,
  shortlistItems,
} from '../../../../db/user-data/shortlists';
import { code, it } from './fixture';

describe('notes', () => {
  it('sets, reads, lists and clears a note; validates length and the organisation id', ({ db }) => {
    expect(setNote(db, 'sk-piestany-spa', 'Met Ms Nováková at the stand.')?.text).toBe(
      'Met Ms Nováková at the stand.',
    );
    expect(getNote(db, 'sk-piestany-spa')).toMatchObject({
      name: 'Kúpele Piešťany',
      removed: false,
    });
    expect(code(() => setNote(db, 'no-such-org', 'x'))).toBe('NOT_FOUND');
    expect(() => setNote(db, 'sk-piestany-spa', 'x'.repeat(10_001))).toThrow(/at most 10000/);
    expect(listNotes(db).map((n) => n.id)).toEqual(['sk-piestany-spa']);
    expect(setNote(db, 'sk-piestany-spa', '  ')).toBeUndefined();
    expect(getNote(db, 'sk-piestany-spa')).toBeUndefined();
  });

  it('shows in a shortlist as its first line with text', ({ db }) => {
    createShortlist(db, 'Spa');
    addToShortlist(db, 'Spa', ['sk-piestany-spa']);
    expect(shortlistItems(db, 'Spa')[0]?.note).toBeUndefined();
    setNote(db, 'sk-piestany-spa', '\n  Met Ms Nováková at the stand.  \nShe prefers e-mail.');
    expect(shortlistItems(db, 'Spa')[0]).toMatchObject({
      id: 'sk-piestany-spa',
      note: 'Met Ms Nováková at the stand.',
    });
  });
});
