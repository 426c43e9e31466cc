/** The e-mail addresses of a set of organisations, for a mail's BCC line. */
import type { Db } from './sqlite';

/**
 * Contacts' addresses first (people), then each organisation's general address; each address
 * once, whatever its letter case, in the order of `ids`. Ids the catalogue does not hold are
 * skipped; `organisations` counts the ones found.
 */
export function emailAddresses(
  db: Db,
  ids: readonly string[],
): { addresses: string[]; organisations: number } {
  const org = db.prepare<[string], { rid: number; email: string | null }>(
    'SELECT rid, email FROM organisation WHERE id = ?',
  );
  const contacts = db
    .prepare<[number], string>(
      'SELECT email FROM contact WHERE organisation_rid = ? AND email IS NOT NULL ORDER BY position',
    )
    .pluck();
  const seen = new Set<string>();
  const addresses: string[] = [];
  let organisations = 0;
  const add = (email: string | null) => {
    const trimmed = email?.trim();
    if (!trimmed) return;
    const key = trimmed.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    addresses.push(trimmed);
  };
  for (const id of ids) {
    const row = org.get(id);
    if (!row) continue;
    organisations += 1;
    for (const email of contacts.all(row.rid)) add(email);
    add(row.email);
  }
  return { addresses, organisations };
}
