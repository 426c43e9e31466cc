/**
 * The catalogue part of the database, as the rest of the app uses it: replaced wholesale by an
 * import or a feed snapshot (store/replace.ts), changed record by record by a feed delta
 * (store/apply-changes.ts), read back in source form for publishing and diffing. Every write
 * is ONE immediate transaction covering the records, the search index, the taxonomies and
 * `catalogue_meta`, so a crash or an error leaves the old catalogue or the new one, never a
 * mix. User data (shortlists, notes, ...) is in other tables and is never touched here.
 */
export type { ChangeSet, ChangeSummary } from './store/diff';
export type { CatalogueMeta, CatalogueMetaInput } from './store/meta';
export { applyChanges } from './store/apply-changes';
export { diffCatalogues } from './store/diff';
export { readMeta } from './store/meta';
export { readCatalogue } from './store/read';
export { replaceCatalogue, type CatalogueStream } from './store/replace';
