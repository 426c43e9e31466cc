/**
 * What the export dialog exports: the current results, a shortlist (picked in a list shown under
 * its choice) or the ticked rows. A scope with nothing in it cannot be chosen.
 */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useShortlists } from '../shortlists/shortlists-context';

export type ScopeKind = 'query' | 'shortlist' | 'ids';

/** The scope chosen, and the shortlist picked (kept while another scope is chosen). */
export interface ChosenScope {
  kind: ScopeKind;
  shortlist: string;
}

interface Props {
  value: ChosenScope;
  /** How many organisations the current results hold. */
  total: number;
  /** How many rows are ticked. */
  ticked: number;
  onChange: (value: ChosenScope) => void;
}

export function ScopeChoice({ value, total, ticked, onChange }: Props) {
  const { kind, shortlist } = value;
  const { t } = useTranslation();
  const shortlists = useShortlists();
  const scopes: readonly { kind: ScopeKind; label: string; empty: boolean }[] = [
    { kind: 'query', label: t('export.scopeQuery', { count: total }), empty: false },
    { kind: 'shortlist', label: t('export.scopeShortlist'), empty: shortlists.lists.length === 0 },
    { kind: 'ids', label: t('export.scopeSelection', { count: ticked }), empty: ticked === 0 },
  ];
  return (
    <fieldset className="form-group">
      <legend>{t('export.scope')}</legend>
      {scopes.map((scope) => (
        <Fragment key={scope.kind}>
          <label className="radio">
            <input
              type="radio"
              name="scope"
              checked={kind === scope.kind}
              disabled={scope.empty}
              onChange={() => {
                onChange({ ...value, kind: scope.kind });
              }}
            />
            {scope.label}
          </label>
          {scope.kind === 'shortlist' && kind === 'shortlist' && (
            <select
              className="indent"
              aria-label={t('shortlists.choose')}
              value={shortlist}
              onChange={(e) => {
                onChange({ ...value, shortlist: e.target.value });
              }}
            >
              {shortlists.lists.map((l) => (
                <option key={l.name} value={l.name}>
                  {l.name} ({l.count})
                </option>
              ))}
            </select>
          )}
        </Fragment>
      ))}
    </fieldset>
  );
}
