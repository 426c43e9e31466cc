/**
 * Optional fields are absent in a catalogue record and in the inputs the store takes (as the
 * source format has them), but null in a bound SQL parameter and in an API answer: SQLite binds
 * no `undefined`, and JSON would drop the key.
 */

/** The `keys` of `record`, each absent one as null. */
export function nullWhereAbsent<T extends object, K extends keyof T>(
  record: T,
  keys: readonly K[],
): { [P in K]-?: Exclude<T[P], undefined> | null } {
  const fields = {} as { [P in K]-?: Exclude<T[P], undefined> | null };
  for (const key of keys) fields[key] = (record[key] ?? null) as Exclude<T[K], undefined> | null;
  return fields;
}
