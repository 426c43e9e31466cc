/**
 * The browser-safe contract, as the renderer imports it: the method and event tables, every
 * feature's schemas, the error type and the shared lists. Depends on zod alone, never on the
 * server side, the database or Node, so the UI cannot reach anything below the contract.
 */
import type { z } from 'zod';
import type { ApiEventPayload, ApiResult } from './methods';
import type { eventSummarySchema } from './events';
import type { exportScopeSchema } from './export';
import type { facetValueSchema, searchHitSchema, searchQuerySchema } from './search';

export * from './app';
export * from './common';
export * from './errors';
export * from './events';
export * from './export';
export * from './kind-names';
export * from './lists';
export * from './method-names';
export * from './methods';
export * from './notes';
export * from './profile';
export * from './pushed-events';
export * from './search';
export * from './settings';
export * from './shortlists';
export * from './sync';
export * from './taxonomy';
export * from './updates';

// Convenience types for the UI.
export type SearchQuery = z.input<typeof searchQuerySchema>;
export type SearchResult = ApiResult<'search'>;
export type SearchHit = z.output<typeof searchHitSchema>;
export type FacetValue = z.output<typeof facetValueSchema>;
export type OrganisationProfile = ApiResult<'profile'>;
export type EventSummary = z.output<typeof eventSummarySchema>;
export type TaxonomyData = ApiResult<'taxonomy'>;
export type ExportScope = z.input<typeof exportScopeSchema>;
export type Settings = ApiResult<'getSettings'>;
export type SyncStatus = ApiResult<'syncStatus'>;
export type SyncOutcome = ApiResult<'syncNow'>;
export type SyncProgress = ApiEventPayload<'sync-progress'>;
export type AppInfo = ApiResult<'appInfo'>;
export type ChangeSet = ApiResult<'listChanges'>['changeSets'][number];
