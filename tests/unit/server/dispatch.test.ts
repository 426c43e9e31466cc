/** The dispatcher and the error data every transport relies on. */
import { describe, expect, it } from 'vitest';
import { LOCAL_CALLER } from '../../../server/context';
import { createDispatcher } from '../../../server/dispatch';
import { toErrorData } from '../../../server/error-data';
import type { HandlerTable } from '../../../server/handler-table';
import { CatalogueError } from '../../../db/errors';
import { FeedError } from '../../../feed/errors';

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
