/**
 * The rows every writer consumes: a contact-list row at a time, read lazily. Synchronous,
 * because SQLite reads are (db/contact-rows.ts): a writer awaits only when its output stream
 * asks it to, never once per row.
 */
import type { ContactRow } from '../db/contact-rows';

export type { ContactRow } from '../db/contact-rows';

export type RowSource = Iterable<ContactRow>;
