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

/**
 * The desktop's own folder picker (not an API method: web mode has no native dialog and takes a
 * typed path instead). The renderer asks for a folder for *Save for a colleague…* (`share`: a
 * folder to write, which the dialog may create) or *Update from a folder…* (`sync`); the shell
 * answers the chosen absolute path, or null when the user cancelled.
 */
export const CHOOSE_FOLDER_CHANNEL = 'desktop:choose-folder';
export const FOLDER_PURPOSES = ['share', 'sync'] as const;
export type FolderPurpose = (typeof FOLDER_PURPOSES)[number];
