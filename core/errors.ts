/**
 * The errors that opening the app core and the administrators' tools throw, each with a
 * stable code, for the command line to report (cli/output.ts). Calls through the contract
 * answer ApiError (contract/errors.ts) instead.
 */
export { CatalogueError } from '../db/errors';
export { cannotWrite } from '../db/read-only';
export { FeedError } from '../feed/errors';
