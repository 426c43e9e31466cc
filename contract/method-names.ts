/**
 * The names of the API's methods and pushed events, without their schemas: the desktop
 * preload needs only these, and must stay small (it runs in every renderer, before the page).
 * contract/methods.ts and pushed-events.ts check at compile time that their tables hold exactly
 * these names.
 */
export const API_METHOD_NAMES = [
  'search',
  'profile',
  'taxonomy',
  'events',
  'listShortlists',
  'createShortlist',
  'renameShortlist',
  'deleteShortlist',
  'addToShortlist',
  'removeFromShortlist',
  'shortlistItems',
  'getNote',
  'setNote',
  'exportOptions',
  'exportContacts',
  'emailAddresses',
  'contactCoverage',
  'syncStatus',
  'syncNow',
  'syncFromFolder',
  'networkOnline',
  'listChanges',
  'withdrawnOrganisation',
  'shortlistChanges',
  'markShortlistSeen',
  'shareCatalogue',
  'getSettings',
  'setSettings',
  'appInfo',
  'databaseInfo',
] as const;

export const API_EVENT_NAMES = [
  'sync-progress',
  'sync-finished',
  'update-status',
  'menu-command',
] as const;

/** IPC channel of a method in the desktop shell: `catalogue:<method>`. */
export const METHOD_CHANNEL_PREFIX = 'catalogue:';
/** IPC channel on which the main process pushes `{ event, payload }` to the window. */
export const EVENT_CHANNEL = 'catalogue-event';
