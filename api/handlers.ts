/**
 * The one handler table behind both transports. `createHandlers` wires each contract method
 * to the modules below; `createDispatcher` is what a transport calls with a method name and
 * untrusted arguments: it validates them against the contract (missing, extra or wrongly typed
 * → INVALID_ARGUMENT before anything runs, so nothing changes), runs the handler, checks the
 * result against the contract too, and always answers with the `{ ok, ... }` envelope.
 *
 * Each call carries its `Caller` (decided by the transport: the desktop app and web mode on
 * loopback are local, web mode on the network is not); the few handlers that care take it as
 * their second argument.
 */
import {
  API_METHODS,
  ApiError,
  type ApiMethod,
  type ApiParsedArgs,
  type ApiResponse,
  type ApiResult,
  type CatalogueApi,
} from './contract';
import { LOCAL_CALLER, type Caller, type HandlerContext } from './context';
import { describeZodError, toErrorData } from './errors';
import { catalogueHandlers } from './handlers/catalogue';
import { exportHandlers } from './handlers/export';
import { settingsHandlers } from './handlers/settings';
import { feedConfigSource, syncHandlers } from './handlers/sync';
import { userHandlers } from './handlers/user';

/** Handlers take validated arguments and the caller; they may answer synchronously. */
export type HandlerTable = {
  [M in ApiMethod]: (
    args: ApiParsedArgs<M>,
    caller: Caller,
  ) => ApiResult<M> | Promise<ApiResult<M>>;
};

export function createHandlerTable(ctx: HandlerContext): HandlerTable {
  const feed = feedConfigSource(ctx);
  return {
    ...catalogueHandlers(ctx),
    ...userHandlers(ctx),
    ...settingsHandlers(ctx, feed),
    ...syncHandlers(ctx, feed),
    ...exportHandlers(ctx),
  };
}

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

/**
 * The handler table as a `CatalogueApi` (validated, rejecting with ApiError): for in-process
 * use, which is this computer's own (LOCAL_CALLER).
 */
export function createHandlers(ctx: HandlerContext, options: DispatcherOptions = {}): CatalogueApi {
  const dispatch = createDispatcher(createHandlerTable(ctx), options);
  const api = {} as Record<ApiMethod, (args?: unknown) => Promise<unknown>>;
  for (const method of Object.keys(API_METHODS) as ApiMethod[]) {
    api[method] = async (args?: unknown) => {
      const response = await dispatch(method, args, LOCAL_CALLER);
      if (!response.ok) throw new ApiError(response.error.code, response.error.message);
      return response.value;
    };
  }
  return api as unknown as CatalogueApi;
}
