/**
 * The contract keeps its own copies of a few lists (kinds, export formats, feed error codes)
 * so that the renderer's bundle never pulls in db/, feed/ or export/. This keeps the copies
 * equal to the lists the engine actually uses.
 */
import { describe, expect, it } from 'vitest';
import { FEED_ERROR_CODES as API_FEED_CODES } from '../../../api/api-error';
import { EVENT_KINDS, EXPORT_FORMATS, ORGANISATION_KINDS } from '../../../api/schemas';
import * as source from '../../../catalogue-format/schema';
import { EXPORT_FORMATS as WRITER_FORMATS } from '../../../export/export';
import { FEED_ERROR_CODES } from '../../../feed/errors';

describe('the contract lists match the engine', () => {
  it('organisation and event kinds', () => {
    expect(ORGANISATION_KINDS).toEqual(source.ORGANISATION_KINDS);
    expect(EVENT_KINDS).toEqual(source.EVENT_KINDS);
  });

  it('export formats', () => {
    expect(EXPORT_FORMATS).toEqual(WRITER_FORMATS);
  });

  it('feed error codes', () => {
    expect(API_FEED_CODES).toEqual(FEED_ERROR_CODES);
  });
});
