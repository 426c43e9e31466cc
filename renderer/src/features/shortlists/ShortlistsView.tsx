/**
 * The user's shortlists: create, delete, view one, open or remove its organisations, export it.
 * Organisations a feed removed stay listed, marked "removed" (their profile shows the last known
 * details); what an update changed or withdrew since a list was last opened is flagged ("3
 * changed, 1 withdrawn"), with the fields that changed.
 */
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract';
import { OrgLink } from '../profile/OrgLink';
import { changeSummary, fieldList } from '../sync/change-words';
import { NewShortlistForm } from './NewShortlistForm';
import { useShortlists } from './shortlists-context';
import { useShortlistFlags, type ShortlistFlags } from './useShortlistFlags';
import { Page } from '../../Page';

function flagSummary(t: TFunction, flags: ShortlistFlags | undefined): string | null {
  if (flags === undefined) return null;
  return changeSummary(t, {
    added: 0,
    changed: flags.changed.length,
    withdrawn: flags.withdrawn.length,
  });
}

interface Props {
  locale: Locale;
  refreshToken: number;
  onOpen: (id: string) => void;
  onExport: (name: string) => void;
}

export function ShortlistsView({ locale, refreshToken, onOpen, onExport }: Props) {
  const { t } = useTranslation();
  const shortlists = useShortlists();
  const [current, setCurrent] = useState<string | null>(null);
  const active = current ?? shortlists.lists[0]?.name ?? null;
  const collator = new Intl.Collator(locale);
  const items = [...(active === null ? [] : (shortlists.items.get(active) ?? []))].sort((a, b) =>
    collator.compare(a.name ?? a.id, b.name ?? b.id),
  );
  const names = shortlists.lists.map((l) => l.name);
  const flags = useShortlistFlags(names, active, refreshToken);
  const activeFlags = active === null ? undefined : flags.get(active);
  const activeSummary = flagSummary(t, activeFlags);
  const changedFields = new Map(activeFlags?.changed.map((c) => [c.id, c.fields]));
  const withdrawnNames = new Map(activeFlags?.withdrawn.map((w) => [w.id, w.name]));

  async function create(name: string) {
    await shortlists.create(name);
    setCurrent(name);
  }

  return (
    <Page name="shortlists" title={t('shortlists.title')}>
      <div className="two-columns">
        <div className="card list-card">
          <ul className="shortlist-names">
            {shortlists.lists.map((l) => (
              <li key={l.name}>
                <button
                  type="button"
                  className={`list-button${l.name === active ? ' selected' : ''}`}
                  aria-current={l.name === active ? 'true' : undefined}
                  onClick={() => {
                    setCurrent(l.name);
                  }}
                >
                  <span>
                    {l.name}
                    {flagSummary(t, flags.get(l.name)) !== null && (
                      <span className="shortlist-flags">
                        {' '}
                        · {flagSummary(t, flags.get(l.name))}
                      </span>
                    )}
                  </span>
                  <span className="facet-count">{l.count}</span>
                </button>
              </li>
            ))}
          </ul>
          {shortlists.lists.length === 0 && <p className="muted">{t('shortlists.empty')}</p>}
          <NewShortlistForm submitLabel={t('shortlists.create')} onSubmit={create} />
        </div>
        {active !== null && (
          <div className="card">
            <div className="page-head">
              <h3>{active}</h3>
              <span className="muted">{t('shortlists.count', { count: items.length })}</span>
              <span className="spacer" />
              <button
                type="button"
                className="button"
                onClick={() => {
                  onExport(active);
                }}
              >
                {t('shortlists.export')}
              </button>
            </div>
            {activeSummary !== null && (
              <p className="notice warning" data-testid="shortlist-flags">
                {t('shortlists.sinceOpened', { summary: activeSummary })}
              </p>
            )}
            {items.length === 0 && <p className="muted">{t('shortlists.emptyList')}</p>}
            <ul className="shortlist-items">
              {items.map((item) => (
                <li key={item.id} className={item.removed ? 'removed' : undefined}>
                  {item.removed ? (
                    <span title={t('shortlists.removedHint')}>
                      <OrgLink
                        id={item.id}
                        name={item.name ?? withdrawnNames.get(item.id) ?? item.id}
                        onOpen={onOpen}
                      />{' '}
                      <span className="badge badge-removed">{t('shortlists.removed')}</span>
                    </span>
                  ) : (
                    <span>
                      <OrgLink id={item.id} name={item.name} onOpen={onOpen} />
                      {changedFields.has(item.id) && (
                        <span className="shortlist-flags">
                          {' '}
                          · {fieldList(t, changedFields.get(item.id) ?? [], locale)}
                        </span>
                      )}
                    </span>
                  )}
                  {item.note !== undefined && (
                    <span className="item-note" title={t('search.noteMarker')}>
                      <span aria-hidden="true">✎ </span>
                      <span className="visually-hidden">{t('search.noteMarker')}: </span>
                      {item.note}
                    </span>
                  )}
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('shortlists.remove', { name: item.name ?? item.id })}
                    onClick={() => void shortlists.take(active, [item.id])}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
            {/* Deleting is rare and asks first: a quiet link at the end, not a loud button. */}
            <div className="card-foot">
              <button
                type="button"
                className="link-button danger-link"
                aria-label={t('shortlists.delete', { name: active })}
                onClick={() => {
                  if (window.confirm(t('shortlists.confirmDelete', { name: active }))) {
                    void shortlists.remove(active).then(() => {
                      setCurrent(null);
                    });
                  }
                }}
              >
                {t('shortlists.deleteShort')}
              </button>
            </div>
          </div>
        )}
      </div>
    </Page>
  );
}
