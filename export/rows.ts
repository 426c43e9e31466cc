/** The rows every writer consumes: a contact-list row at a time, read lazily. */
import type { ContactRow } from '../db/contact-rows';

export type { ContactRow } from '../db/contact-rows';

export type RowSource = Iterable<ContactRow> | AsyncIterable<ContactRow>;
