/**
 * CatalogueApi: the one contract between the UI and everything below it. Every operation the
 * renderer needs is a method here with a validated argument and result; the desktop shell
 * (IPC, electron/ipc.ts) and web mode (HTTP, api/http.ts) carry the same handler table
 * (api/handlers.ts). Adding an operation means one entry in `API_METHODS`, one handler and
 * nothing else: both transports and the preload iterate this table.
 *
 * This file and api/schemas.ts are the only api/ files the renderer may import: they depend on
 * zod alone, never on db/, feed/, export/ or Node.
 */
import type { z } from 'zod';
import { API_EVENT_NAMES, API_METHOD_NAMES } from './methods';
import * as s from './schemas';

export * from './schemas';

/** Every method: its argument schema and its result schema. */
export const API_METHODS = {
  search: { args: s.searchQuerySchema, result: s.searchResultSchema },
  profile: { args: s.profileArgsSchema, result: s.profileSchema },
  taxonomy: { args: s.localeArgsSchema, result: s.taxonomyResultSchema },
  events: { args: s.eventsArgsSchema, result: s.eventsResultSchema },
  listShortlists: { args: s.noArgsSchema, result: s.listShortlistsResultSchema },
  createShortlist: { args: s.shortlistArgsSchema, result: s.shortlistSummarySchema },
  deleteShortlist: { args: s.shortlistArgsSchema, result: s.deleteShortlistResultSchema },
  addToShortlist: { args: s.shortlistIdsArgsSchema, result: s.shortlistChangeResultSchema },
  removeFromShortlist: { args: s.shortlistIdsArgsSchema, result: s.shortlistChangeResultSchema },
  shortlistItems: { args: s.shortlistArgsSchema, result: s.shortlistItemsResultSchema },
  getNote: { args: s.noteArgsSchema, result: s.noteSchema },
  setNote: { args: s.setNoteArgsSchema, result: s.noteSchema },
  exportOptions: { args: s.noArgsSchema, result: s.exportOptionsResultSchema },
  exportContacts: { args: s.exportArgsSchema, result: s.exportResultSchema },
  emailAddresses: { args: s.emailAddressesArgsSchema, result: s.emailAddressesResultSchema },
  contactCoverage: { args: s.contactCoverageArgsSchema, result: s.contactCoverageResultSchema },
  syncStatus: { args: s.noArgsSchema, result: s.syncStatusSchema },
  syncNow: { args: s.noArgsSchema, result: s.syncOutcomeSchema },
  getSettings: { args: s.noArgsSchema, result: s.settingsSchema },
  setSettings: { args: s.setSettingsArgsSchema, result: s.settingsSchema },
  appInfo: { args: s.noArgsSchema, result: s.appInfoSchema },
} as const;

export type ApiMethod = keyof typeof API_METHODS;
export { API_METHOD_NAMES, API_EVENT_NAMES } from './methods';

// Compile-time check that api/methods.ts lists exactly the methods and events defined here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type MethodNamesAgree = Assert<Same<(typeof API_METHOD_NAMES)[number], ApiMethod>>;
export type EventNamesAgree = Assert<
  Same<(typeof API_EVENT_NAMES)[number], keyof typeof s.apiEventSchemas>
>;

/** What a caller passes (defaults not yet applied). */
export type ApiArgs<M extends ApiMethod> = z.input<(typeof API_METHODS)[M]['args']>;
/** What a handler receives after validation. */
export type ApiParsedArgs<M extends ApiMethod> = z.output<(typeof API_METHODS)[M]['args']>;
export type ApiResult<M extends ApiMethod> = z.output<(typeof API_METHODS)[M]['result']>;

/** An empty argument object (`{}` would mean "any non-null value" to TypeScript). */
type NoArgs = Record<string, never>;

/**
 * The API as the renderer sees it. Methods whose arguments are all optional may be called
 * without any.
 * A failure rejects with an `ApiError` (use `toApiError` on whatever was thrown).
 */
export type CatalogueApi = {
  [M in ApiMethod]: [NoArgs] extends [ApiArgs<M>]
    ? (args?: ApiArgs<M>) => Promise<ApiResult<M>>
    : (args: ApiArgs<M>) => Promise<ApiResult<M>>;
};

// ---------------------------------------------------------------------------------------------
// Pushed events

export type ApiEventName = keyof typeof s.apiEventSchemas;
export type ApiEventPayload<E extends ApiEventName> = z.output<(typeof s.apiEventSchemas)[E]>;

/** The object the client (and the desktop preload, as `window.catalogue`) offers the UI. */
export type CatalogueClient = CatalogueApi & {
  /** Calls `listener` for each event of that name until the returned function is called. */
  subscribe<E extends ApiEventName>(
    event: E,
    listener: (payload: ApiEventPayload<E>) => void,
  ): () => void;
};

// Convenience types for the UI.
export type SearchQuery = z.input<typeof s.searchQuerySchema>;
export type SearchResult = ApiResult<'search'>;
export type SearchHit = z.output<typeof s.searchHitSchema>;
export type FacetValue = z.output<typeof s.facetValueSchema>;
export type OrganisationProfile = ApiResult<'profile'>;
export type EventSummary = z.output<typeof s.eventSummarySchema>;
export type ProfileEvent = z.output<typeof s.profileEventSchema>;
export type ShortlistSummary = z.output<typeof s.shortlistSummarySchema>;
export type TaxonomyData = ApiResult<'taxonomy'>;
export type ExportScope = z.input<typeof s.exportScopeSchema>;
export type ExportFormat = (typeof s.EXPORT_FORMATS)[number];
export type Locale = (typeof s.LOCALES)[number];
export type Theme = (typeof s.THEMES)[number];
export type Settings = ApiResult<'getSettings'>;
export type SyncStatus = ApiResult<'syncStatus'>;
export type SyncOutcome = ApiResult<'syncNow'>;
export type SyncProgress = ApiEventPayload<'sync-progress'>;
export type AppInfo = ApiResult<'appInfo'>;

// Errors: data with stable codes, carried intact over IPC and HTTP.
export * from './api-error';
