/**
 * Whether the export dialog is open, and with which scope preselected: the search page opens it
 * on the results (or the ticked rows), a shortlist on itself, the desktop menu on the results.
 */
import { useCallback, useState } from 'react';
import type { ScopeKind } from './ScopeChoice';

interface ExportRequest {
  scope: ScopeKind;
  /** The shortlist to preselect, when the scope is a shortlist. */
  shortlist?: string;
}

export interface ExportRequestState {
  /** Null while the dialog is closed. */
  request: ExportRequest | null;
  open: (scope: ScopeKind, shortlist?: string) => void;
  /**
   * The search page's Export… exports the results; only the selection bar, which shows the
   * selection, exports it: a selection out of sight is never the preselected scope.
   */
  openResults: () => void;
  openSelection: () => void;
  close: () => void;
}

export function useExportRequest(): ExportRequestState {
  const [request, setRequest] = useState<ExportRequest | null>(null);
  const open = useCallback((scope: ScopeKind, shortlist?: string) => {
    setRequest(shortlist === undefined ? { scope } : { scope, shortlist });
  }, []);
  const openResults = useCallback(() => {
    open('query');
  }, [open]);
  const openSelection = useCallback(() => {
    open('ids');
  }, [open]);
  const close = useCallback(() => {
    setRequest(null);
  }, []);
  return { request, open, openResults, openSelection, close };
}
