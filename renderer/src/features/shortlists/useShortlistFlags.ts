/**
 * What changed in each shortlist since the user last opened it (#13): its organisations an
 * update changed (with the fields) or withdrew. Read when the Shortlists view opens (and again
 * after an update while it is open); the list on screen is then marked seen, so next time its
 * flags count from here, while this visit keeps showing what was found.
 */
import { useEffect, useState } from 'react';
import type { ApiResult } from '../../../../contract';
import { useApi } from '../../api-context';

export type ShortlistFlags = ApiResult<'shortlistChanges'>;

export function useShortlistFlags(
  names: readonly string[],
  active: string | null,
  refreshToken: number,
): ReadonlyMap<string, ShortlistFlags> {
  const api = useApi();
  const [flags, setFlags] = useState<ReadonlyMap<string, ShortlistFlags>>(new Map());
  // The names as one value: a new array of the same lists must not read them again.
  const key = names.join('\u0000');

  useEffect(() => {
    let live = true;
    const wanted = key === '' ? [] : key.split('\u0000');
    void Promise.all(
      wanted.map((name) =>
        api.shortlistChanges({ name }).then(
          (f) => [name, f] as const,
          () => null,
        ),
      ),
    ).then((entries) => {
      if (live) setFlags(new Map(entries.filter((e) => e !== null)));
    });
    return () => {
      live = false;
    };
  }, [api, key, refreshToken]);

  const shown = active !== null && flags.has(active);
  useEffect(() => {
    if (shown) api.markShortlistSeen({ name: active }).catch(() => undefined);
  }, [api, active, shown]);

  return flags;
}
