/**
 * What every transport calls with a method name and untrusted arguments: the desktop shell's
 * IPC wrapper, web mode's API route and the command line, in process. It validates the
 * arguments against the contract (missing, extra or wrongly typed → INVALID_ARGUMENT before
 * anything runs, so nothing changes), runs the handler, checks the result against the contract
 * too, and always answers with the `{ ok, ... }` envelope: arguments are validated here once,
 * and an error travels as data from here to the UI.
 */
import { ApiError, type ApiResponse } from '../contract/errors';
import { API_METHODS, type ApiMethod } from '../contract/methods';
import type { Caller } from './context';
import { describeZodError, toErrorData } from './error-data';
import type { HandlerTable } from './handler-table';

export type Dispatch = (
  method: string,
  args: unknown,
  caller: Caller,
) => Promise<ApiResponse<unknown>>;

export interface DispatcherOptions {
  /**
   * Check every result against the contract (default true). A result that does not match is a
   * bug below the API: it is reported as INTERNAL instead of reaching the UI malformed.
   */
  checkResults?: boolean;
}

function isMethod(name: string): name is ApiMethod {
  return Object.hasOwn(API_METHODS, name);
}

export function createDispatcher(table: HandlerTable, options: DispatcherOptions = {}): Dispatch {
  const checkResults = options.checkResults ?? true;
  return async (method, rawArgs, caller) => {
    if (!isMethod(method)) {
      return {
        ok: false,
        error: { code: 'NOT_FOUND', message: `There is no API method "${method}".` },
      };
    }
    const spec = API_METHODS[method];
    const parsed = spec.args.safeParse(rawArgs ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'INVALID_ARGUMENT', message: describeZodError(method, parsed.error) },
      };
    }
    try {
      const handler = table[method] as (args: unknown, caller: Caller) => unknown;
      const value: unknown = await handler(parsed.data, caller);
      if (!checkResults) return { ok: true, value };
      const checked = spec.result.safeParse(value);
      if (!checked.success) {
        throw new ApiError(
          'INTERNAL',
          `The ${method} handler returned a result that breaks the contract: ${describeZodError(method, checked.error)}`,
        );
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      return { ok: false, error: toErrorData(error) };
    }
  };
}
