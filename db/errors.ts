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

/** Longest stretch of a value that a message quotes; the rest is replaced by "…". */
const QUOTED_LENGTH = 80;

/**
 * A value as an error message shows it: in double quotes, with control characters, quotes and
 * backslashes escaped as in JSON (a message never carries a raw line break or NUL byte), and a
 * long value cut between two characters as a reader sees them, saying how long it was.
 */
export function quoteValue(value: string, max = QUOTED_LENGTH): string {
  // No more characters than UTF-16 units: a value this short is never cut.
  if (value.length <= max) return escaped(value);
  const chars = Array.from(new Intl.Segmenter('en').segment(value), (s) => s.segment);
  if (chars.length <= max) return escaped(value);
  const cut = escaped(chars.slice(0, max).join('')).slice(0, -1);
  return `${cut}…" (${chars.length.toLocaleString('en')} characters)`;
}

/**
 * JSON's escaping, plus what JSON leaves raw but a terminal would act on: the C1 controls
 * (U+007F–U+009F) and the bidirectional overrides that can make text read differently.
 */
function escaped(value: string): string {
  return JSON.stringify(value).replace(
    /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
