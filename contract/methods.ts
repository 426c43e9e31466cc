/**
 * CatalogueApi: the one contract between the UI and everything below it. Every operation is a
 * method here with a validated argument and result; the desktop shell (IPC), web mode (HTTP)
 * and the command line (in process) reach the same handler table (server/handler-table.ts)
 * through one dispatcher (server/dispatch.ts). Adding an operation means one entry here, its
 * name in method-names.ts, and one handler: the transports, the preload and the clients
 * iterate these tables.
 */
import type { z } from 'zod';
import { appInfoSchema, databaseInfoSchema } from './app';
import { noArgsSchema } from './common';
import { eventsArgsSchema, eventsResultSchema } from './events';
import {
  contactCoverageResultSchema,
  emailAddressesResultSchema,
  exportArgsSchema,
  exportOptionsArgsSchema,
  exportOptionsResultSchema,
  exportResultSchema,
  scopeArgsSchema,
} from './export';
import type { ApiResponse } from './errors';
import type { API_METHOD_NAMES, FolderPurpose } from './method-names';
import { noteArgsSchema, noteSchema, setNoteArgsSchema } from './notes';
import { profileArgsSchema, profileSchema } from './profile';
import { apiEventSchemas } from './pushed-events';
import { searchQuerySchema, searchResultSchema } from './search';
import { settingsSchema, setSettingsArgsSchema } from './settings';
import {
  deleteShortlistResultSchema,
  listShortlistsResultSchema,
  renameShortlistArgsSchema,
  renameShortlistResultSchema,
  shortlistArgsSchema,
  shortlistChangeResultSchema,
  shortlistIdsArgsSchema,
  shortlistItemsResultSchema,
  shortlistSummarySchema,
} from './shortlists';
import { syncOutcomeSchema, syncStatusSchema } from './sync';
import {
  listChangesArgsSchema,
  listChangesResultSchema,
  markShortlistSeenArgsSchema,
  markShortlistSeenResultSchema,
  networkOnlineResultSchema,
  shareArgsSchema,
  shareResultSchema,
  shortlistChangesResultSchema,
  syncFromFolderArgsSchema,
  withdrawnOrganisationArgsSchema,
  withdrawnOrganisationSchema,
} from './updates';
import { localeArgsSchema, taxonomyResultSchema } from './taxonomy';

/** Every method: its argument schema and its result schema. */
export const API_METHODS = {
  search: { args: searchQuerySchema, result: searchResultSchema },
  profile: { args: profileArgsSchema, result: profileSchema },
  taxonomy: { args: localeArgsSchema, result: taxonomyResultSchema },
  events: { args: eventsArgsSchema, result: eventsResultSchema },
  listShortlists: { args: noArgsSchema, result: listShortlistsResultSchema },
  createShortlist: { args: shortlistArgsSchema, result: shortlistSummarySchema },
  renameShortlist: { args: renameShortlistArgsSchema, result: renameShortlistResultSchema },
  deleteShortlist: { args: shortlistArgsSchema, result: deleteShortlistResultSchema },
  addToShortlist: { args: shortlistIdsArgsSchema, result: shortlistChangeResultSchema },
  removeFromShortlist: { args: shortlistIdsArgsSchema, result: shortlistChangeResultSchema },
  shortlistItems: { args: shortlistArgsSchema, result: shortlistItemsResultSchema },
  getNote: { args: noteArgsSchema, result: noteSchema },
  setNote: { args: setNoteArgsSchema, result: noteSchema },
  exportOptions: { args: exportOptionsArgsSchema, result: exportOptionsResultSchema },
  exportContacts: { args: exportArgsSchema, result: exportResultSchema },
  emailAddresses: { args: scopeArgsSchema, result: emailAddressesResultSchema },
  contactCoverage: { args: scopeArgsSchema, result: contactCoverageResultSchema },
  syncStatus: { args: noArgsSchema, result: syncStatusSchema },
  syncNow: { args: noArgsSchema, result: syncOutcomeSchema },
  syncFromFolder: { args: syncFromFolderArgsSchema, result: syncOutcomeSchema },
  networkOnline: { args: noArgsSchema, result: networkOnlineResultSchema },
  listChanges: { args: listChangesArgsSchema, result: listChangesResultSchema },
  withdrawnOrganisation: {
    args: withdrawnOrganisationArgsSchema,
    result: withdrawnOrganisationSchema,
  },
  shortlistChanges: { args: shortlistArgsSchema, result: shortlistChangesResultSchema },
  markShortlistSeen: { args: markShortlistSeenArgsSchema, result: markShortlistSeenResultSchema },
  shareCatalogue: { args: shareArgsSchema, result: shareResultSchema },
  getSettings: { args: noArgsSchema, result: settingsSchema },
  setSettings: { args: setSettingsArgsSchema, result: settingsSchema },
  appInfo: { args: noArgsSchema, result: appInfoSchema },
  databaseInfo: { args: noArgsSchema, result: databaseInfoSchema },
  // Exactly the names method-names.ts lists: a missing or extra method fails to compile.
} as const satisfies Record<
  (typeof API_METHOD_NAMES)[number],
  { args: z.ZodType; result: z.ZodType }
>;

export type ApiMethod = keyof typeof API_METHODS;

/** What a caller passes (defaults not yet applied). */
export type ApiArgs<M extends ApiMethod> = z.input<(typeof API_METHODS)[M]['args']>;
/** What a handler receives after validation. */
export type ApiParsedArgs<M extends ApiMethod> = z.output<(typeof API_METHODS)[M]['args']>;
export type ApiResult<M extends ApiMethod> = z.output<(typeof API_METHODS)[M]['result']>;

/** An empty argument object (`{}` would mean "any non-null value" to TypeScript). */
type NoArgs = Record<string, never>;

/** A method's signature, answering `R`: methods whose arguments are all optional need none. */
type Call<M extends ApiMethod, R> = [NoArgs] extends [ApiArgs<M>]
  ? (args?: ApiArgs<M>) => Promise<R>
  : (args: ApiArgs<M>) => Promise<R>;

/** The API as the UI sees it: a failure rejects with an `ApiError`. */
type CatalogueApi = { [M in ApiMethod]: Call<M, ApiResult<M>> };

export type ApiEventName = keyof typeof apiEventSchemas;
export type ApiEventPayload<E extends ApiEventName> = z.output<(typeof apiEventSchemas)[E]>;

/** Calls `listener` for each event of that name until the returned function is called. */
type Subscribe = <E extends ApiEventName>(
  event: E,
  listener: (payload: ApiEventPayload<E>) => void,
) => () => void;

/** The desktop's folder picker: the chosen absolute path, or null when cancelled. */
type ChooseFolder = (purpose: FolderPurpose) => Promise<string | null>;

/**
 * The object the renderer's client offers the UI. `chooseFolder` exists on the desktop only;
 * in web mode the user types a folder path on the server's computer instead.
 */
export type CatalogueClient = CatalogueApi & { subscribe: Subscribe; chooseFolder?: ChooseFolder };

/**
 * What the desktop preload exposes as `window.catalogue`: each method answers dispatch's
 * envelope unchanged, as data (contextBridge would keep only an Error's message), and the
 * renderer's client unwraps it.
 */
export type CatalogueBridge = {
  [M in ApiMethod]: Call<M, ApiResponse<ApiResult<M>>>;
} & {
  subscribe: Subscribe;
  chooseFolder: (purpose: FolderPurpose) => Promise<ApiResponse<string | null>>;
};
