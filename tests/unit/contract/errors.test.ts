/** Errors as data: the envelope every transport carries, and what the UI's clients make of it. */
import { describe, expect, it } from 'vitest';
import { ApiError, API_ERROR_CODES, FEED_ERROR_CODES, toApiError, unwrap } from '../../../contract';

describe('unwrap', () => {
  it('gives the value of a success, and throws a failure as an ApiError with its code intact', () => {
    expect(unwrap({ ok: true, value: { total: 3 } })).toEqual({ total: 3 });
    const thrown = (() => {
      try {
        return unwrap({ ok: false, error: { code: 'CONFLICT', message: 'Name taken.' } });
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ code: 'CONFLICT', message: 'Name taken.' });
  });
});

describe('toApiError', () => {
  it('keeps an ApiError as it is, and makes anything else INTERNAL with its message', () => {
    const error = new ApiError('NOT_FOUND', 'x');
    expect(toApiError(error)).toBe(error);
    // A message that looks like the old "[CODE] message" form is not decoded any more.
    expect(toApiError(new Error('[CONFLICT] x'))).toMatchObject({
      code: 'INTERNAL',
      message: '[CONFLICT] x',
    });
    expect(toApiError('boom')).toMatchObject({ code: 'INTERNAL', message: 'boom' });
  });
});

describe('the error codes', () => {
  it('include every feed code, once, and INTERNAL last', () => {
    for (const code of FEED_ERROR_CODES) expect(API_ERROR_CODES).toContain(code);
    expect(new Set(API_ERROR_CODES).size).toBe(API_ERROR_CODES.length);
    expect(API_ERROR_CODES.at(-1)).toBe('INTERNAL');
  });
});
