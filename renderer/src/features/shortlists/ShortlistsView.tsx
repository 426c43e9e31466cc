/**
 * The user's shortlists: create, delete, view one, open or remove its organisations, export it.
 * Organisations a feed removed stay listed, marked "removed".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../contract';
import { OrgLink } from '../profile/OrgLink';
import { NewShortlistForm } from './NewShortlistForm';
import { useShortlists } from './shortlists-context';

interface Props {
  locale: Locale;
  onOpen: (id: string) => void;
  onExport: (name: string) => void;
}

export function ShortlistsView({ locale, onOpen, onExport }: Props) {
  const { t } = useTranslation();
  const shortlists = useShortlists();
  const [current, setCurrent] = useState<string | null>(null);
  const active = current ?? shortlists.lists[0]?.name ?? null;
  const collator = new Intl.Collator(locale);
  const items = [...(active === null ? [] : (shortlists.items.get(active) ?? []))].sort((a, b) =>
    collator.compare(a.name ?? a.id, b.name ?? b.id),
  );

  async function create(name: string) {
    await shortlists.create(name);
    setCurrent(name);
  }

  return (
    <section className="page shortlists-page" aria-labelledby="shortlists-title">
      <h2 id="shortlists-title" className="page-title">
        {t('shortlists.title')}
      </h2>
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
                  <span>{l.name}</span>
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
            {items.length === 0 && <p className="muted">{t('shortlists.emptyList')}</p>}
            <ul className="shortlist-items">
              {items.map((item) => (
                <li key={item.id} className={item.removed ? 'removed' : undefined}>
                  {item.removed ? (
                    <span title={t('shortlists.removedHint')}>
                      {item.name ?? item.id}{' '}
                      <span className="badge badge-removed">{t('shortlists.removed')}</span>
                    </span>
                  ) : (
                    <OrgLink id={item.id} name={item.name} onOpen={onOpen} />
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
    </section>
  );
}
