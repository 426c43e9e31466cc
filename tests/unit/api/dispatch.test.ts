/** The dispatcher and the error helpers both transports rely on. */
import { describe, expect, it } from 'vitest';
import { ApiError, encodeErrorMessage, toApiError } from '../../../api/contract';
import { LOCAL_CALLER } from '../../../api/context';
import { toErrorData } from '../../../api/errors';
import { createDispatcher, type HandlerTable } from '../../../api/handlers';
import { CatalogueError } from '../../../db/errors';
import { FeedError } from '../../../feed/errors';

describe('toApiError', () => {
  it('keeps the code through the preload’s "[CODE] message" form', () => {
    const error = new Error(encodeErrorMessage({ code: 'CONFLICT', message: 'Name taken.' }));
    expect(toApiError(error)).toMatchObject({ code: 'CONFLICT', message: 'Name taken.' });
  });
  it('accepts an error object from the wire, and makes anything else INTERNAL', () => {
    expect(toApiError({ code: 'NOT_FOUND', message: 'x' })).toBeInstanceOf(ApiError);
    expect(toApiError({ code: 'NOT_FOUND', message: 'x' }).code).toBe('NOT_FOUND');
    expect(toApiError(new Error('[MADE_UP] x')).code).toBe('INTERNAL');
    expect(toApiError('boom')).toMatchObject({ code: 'INTERNAL', message: 'boom' });
  });
});

describe('toErrorData', () => {
  it('maps catalogue and feed errors to contract codes', () => {
    expect(toErrorData(new CatalogueError('INVALID_CATALOGUE', 'bad'))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'bad',
    });
    expect(toErrorData(new FeedError('ROLLBACK', 'older'))).toEqual({
      code: 'ROLLBACK',
      message: 'older',
    });
    expect(toErrorData(new RangeError('oops'))).toEqual({
      code: 'INTERNAL',
      message: 'Internal error: oops',
    });
  });
});

describe('createDispatcher', () => {
  const table = {
    appInfo: () => ({ appName: 'x' }),
    getNote: ({ id }: { id: string }) => ({ id, text: '', updatedAt: null }),
  } as unknown as HandlerTable;
  const dispatch = createDispatcher(table);

  it('reports a result that breaks the contract as INTERNAL instead of passing it on', async () => {
    expect(await dispatch('appInfo', {}, LOCAL_CALLER)).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });
  it('passes a valid result, and refuses unknown or inherited method names', async () => {
    expect(await dispatch('getNote', { id: 'a' }, LOCAL_CALLER)).toEqual({
      ok: true,
      value: { id: 'a', text: '', updatedAt: null },
    });
    for (const name of ['toString', 'constructor', 'hasOwnProperty', 'nope']) {
      expect(await dispatch(name, {}, LOCAL_CALLER)).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
  });
});
