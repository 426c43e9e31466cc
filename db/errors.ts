/**
 * Errors that cross layer boundaries carry a stable code, so the CLI, IPC and HTTP can show
 * them as a sentence and tests can assert on them without matching message text.
 */
export type CatalogueErrorCode =
  | 'DB_TOO_NEW'
  | 'DB_OPEN_FAILED'
  /** The database cannot be written (file, folder or disk read-only); the message names it. */
  | 'READ_ONLY'
  | 'INVALID_CATALOGUE'
  | 'NOT_FOUND'
  | 'INVALID_ARGUMENT'
  | 'CONFLICT';

export class CatalogueError extends Error {
  constructor(
    readonly code: CatalogueErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'CatalogueError';
  }
}
