/**
 * What an export (or "copy e-mail addresses") covers, decided once for the app, web mode and
 * `catalogue export`: the organisation ids of a scope — all matches of a search, a shortlist's
 * organisations the catalogue still holds, or ids picked by hand — in the scope's order, each
 * once.
 */
import { ApiError } from '../contract/errors';
import type { ApiParsedArgs } from '../contract/methods';
import { taxonomyIndex } from '../db/taxonomy';
import { shortlistItems } from '../db/user-data/shortlists';
import type { HandlerContext } from './context';

export type ExportScope = ApiParsedArgs<'exportContacts'>['scope'];
type Query = Extract<ExportScope, { kind: 'query' }>['query'];

export interface ResolvedScope {
  ids: string[];
  /** Shortlisted organisations that a feed has since removed: nothing left to export. */
  removed: number;
}

export function resolveScope(ctx: HandlerContext, scope: ExportScope): ResolvedScope {
  switch (scope.kind) {
    case 'query':
      checkFilters(ctx, scope.query);
      return { ids: ctx.engine.matchingIds(scope.query), removed: 0 };
    case 'shortlist': {
      const items = shortlistItems(ctx.db, scope.name);
      const kept = items.filter((item) => !item.removed);
      return { ids: kept.map((item) => item.id), removed: items.length - kept.length };
    }
    case 'ids':
      return { ids: [...new Set(scope.ids)], removed: 0 };
  }
}

/**
 * Filter values must name something in the taxonomy: a typo must not quietly export nothing
 * (a search may answer "no matches"; an export of nothing looks like a success).
 */
function checkFilters(ctx: HandlerContext, query: Query): void {
  const index = taxonomyIndex(ctx.taxonomy);
  const check = (
    values: readonly string[] | undefined,
    known: (v: string) => unknown,
    what: string,
    hint: string,
  ) => {
    const bad = values?.find((v) => known(v) === undefined);
    if (bad !== undefined) {
      throw new ApiError('INVALID_ARGUMENT', `Unknown ${what} "${bad}": ${hint}.`);
    }
  };
  check(query.sectors, (v) => index.sector(v), 'sector', 'use a sector id such as ict');
  check(
    query.serviceTypes,
    (v) => index.serviceType(v),
    'service type',
    'use a service type id such as cooperation',
  );
  check(query.regions, (v) => index.region(v), 'region', 'use a NUTS 2024 code such as AT312');
  check(query.countries, (v) => index.country(v), 'country', 'use an ISO code such as AT or SK');
}
