/**
 * How many organisations of an export scope have an e-mail address or a phone, asked again
 * whenever the scope changes, so the dialog can say it before anything is exported or copied.
 */
import { useEffect, useState } from 'react';
import type { ApiResult, ExportScope } from '../../../../contract';
import { useApi } from '../../api-context';

type ContactCoverage = ApiResult<'contactCoverage'>;

export interface CoverageState {
  /** The counts for the current scope; null while counting, without a scope, or on failure. */
  value: ContactCoverage | null;
  counting: boolean;
}

export function useContactCoverage(scope: ExportScope | null): CoverageState {
  const api = useApi();
  const [coverage, setCoverage] = useState<{ key: string; value: ContactCoverage | null } | null>(
    null,
  );
  // Scopes are rebuilt on each render; their JSON says when one really changed.
  const key = scope === null ? '' : JSON.stringify(scope);

  useEffect(() => {
    if (key === '') return;
    let live = true;
    api.contactCoverage({ scope: JSON.parse(key) as ExportScope }).then(
      (value) => {
        if (live) setCoverage({ key, value });
      },
      () => {
        // Counting failed: the dialog says nothing about the scope, and export still reports.
        if (live) setCoverage({ key, value: null });
      },
    );
    return () => {
      live = false;
    };
  }, [api, key]);

  const current = coverage !== null && coverage.key === key ? coverage : null;
  return { value: current?.value ?? null, counting: key !== '' && current === null };
}
