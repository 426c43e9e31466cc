/**
 * The one-line description of every command, in the order `catalogue --help` lists them. The
 * commands describe themselves with these, and the overall help lists them without loading
 * any command's module (the exporters, the feed publisher and the web server are large).
 */
export const SUMMARIES = {
  search: 'search the catalogue: text, filters and facet counts',
  show: "show an organisation's whole profile",
  import: "replace the database's catalogue with a catalogue source (user data is kept)",
  info: 'show the catalogue version, its origin, the update status, counts and the database path',
  shortlist: 'your shortlists of organisations: create, add, remove, list, rename, delete',
  note: 'read, write or clear your note on an organisation',
  validate: 'check a catalogue source and list every problem with its row and field',
  keygen: 'create an Ed25519 key pair for signing the catalogue feed',
  publish: 'publish a catalogue source as the next signed version of a feed folder',
  sync: 'fetch, verify and apply the signed catalogue feed',
  changes: 'list what each applied sync changed, newest first',
  share: "write the catalogue this app holds as a signed feed folder, for a colleague's app",
  export: 'write the contacts of a search, a shortlist or chosen organisations to a file',
  serve: 'serve the app in a web browser (web mode), on this computer only by default',
} as const;

export type CommandName = keyof typeof SUMMARIES;
