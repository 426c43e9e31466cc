/**
 * What's new: what each applied sync changed, newest first, grouped by sync, filterable by kind
 * of change. Every organisation row opens its profile; a withdrawn one opens its last known
 * details (the profile says it was withdrawn). Events are summed up per sync.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChangeSet, type Locale } from '../../../../contract';
import { useApi } from '../../api-context';
import { OrgLink } from '../profile/OrgLink';
import { changeSummary, fieldList } from './change-words';
import { moment } from './times';

const KINDS = ['all', 'added', 'changed', 'withdrawn'] as const;
type Kind = (typeof KINDS)[number];

/** Rows shown per sync before "Show all": a first snapshot may bring thousands. */
const ROWS_SHOWN = 50;
/** Change sets the view asks for: the app keeps at least the last 50 syncs. */
const SYNCS_SHOWN = 50;

interface Row {
  kind: Exclude<Kind, 'all'>;
  id: string;
  name: string;
  fields?: string[];
}

function rowsOf(set: ChangeSet, kind: Kind): Row[] {
  const { added, changed, removed } = set.organisations;
  const rows: Row[] = [];
  if (kind === 'all' || kind === 'added')
    rows.push(...added.map((r) => ({ ...r, kind: 'added' as const })));
  if (kind === 'all' || kind === 'changed')
    rows.push(...changed.map((r) => ({ ...r, kind: 'changed' as const })));
  if (kind === 'all' || kind === 'withdrawn')
    rows.push(...removed.map((r) => ({ ...r, kind: 'withdrawn' as const })));
  return rows;
}

interface Props {
  locale: Locale;
  refreshToken: number;
  onOpen: (id: string) => void;
}

export function WhatsNew({ locale, refreshToken, onOpen }: Props) {
  const api = useApi();
  const { t } = useTranslation();
  const [sets, setSets] = useState<ChangeSet[] | null>(null);
  const [kind, setKind] = useState<Kind>('all');
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const filterId = useId();
  const now = new Date();

  useEffect(() => {
    let live = true;
    api.listChanges({ limit: SYNCS_SHOWN }).then(
      (r) => {
        if (live) setSets(r.changeSets);
      },
      () => {
        if (live) setSets([]);
      },
    );
    return () => {
      live = false;
    };
  }, [api, refreshToken]);

  return (
    <section className="card whats-new" aria-labelledby="whats-new-title" id="whats-new">
      <div className="page-head">
        <h3 id="whats-new-title" tabIndex={-1}>
          {t('whatsNew.title')}
        </h3>
        <span className="spacer" />
        <label htmlFor={filterId} className="small">
          {t('whatsNew.show')}
        </label>
        <select
          id={filterId}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as Kind);
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`whatsNew.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {sets === null && <p className="muted">{t('app.loading')}</p>}
      {sets !== null && sets.length === 0 && <p className="muted">{t('whatsNew.none')}</p>}
      {sets?.map((set) => {
        const rows = rowsOf(set, kind);
        const all = expanded.has(set.id);
        const events = changeSummary(t, {
          added: set.events.added.length,
          changed: set.events.changed.length,
          withdrawn: set.events.removed.length,
        });
        return (
          <section
            key={set.id}
            className="change-set"
            aria-label={t('whatsNew.syncLabel', { version: set.version })}
          >
            <h4>
              {set.fromVersion === 0
                ? t('whatsNew.syncFirst', { version: set.version })
                : t('whatsNew.sync', { from: set.fromVersion, version: set.version })}{' '}
              <span className="muted small">{moment(set.appliedAt, now, locale)}</span>
            </h4>
            {rows.length === 0 && <p className="muted small">{t('whatsNew.noneOfKind')}</p>}
            <ul className="change-rows">
              {(all ? rows : rows.slice(0, ROWS_SHOWN)).map((row) => (
                <li key={`${row.kind}:${row.id}`} className={`change-row change-${row.kind}`}>
                  <span className={`badge change-badge change-badge-${row.kind}`}>
                    {t(`whatsNew.badges.${row.kind}`)}
                  </span>
                  <OrgLink id={row.id} name={row.name} onOpen={onOpen} />
                  {row.fields !== undefined && row.fields.length > 0 && (
                    <span className="muted small">{fieldList(t, row.fields, locale)}</span>
                  )}
                </li>
              ))}
            </ul>
            {!all && rows.length > ROWS_SHOWN && (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setExpanded((s) => new Set(s).add(set.id));
                }}
              >
                {t('whatsNew.showAll', { count: rows.length })}
              </button>
            )}
            {events !== null && (
              <p className="muted small">{t('whatsNew.events', { summary: events })}</p>
            )}
          </section>
        );
      })}
    </section>
  );
}
