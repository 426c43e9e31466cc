/**
 * Which catalogue this computer holds, read as what it is (#15.6): "the catalogue that came
 * with this app, from DATE", "imported from a file on DATE", or a feed version with its
 * publication and validity dates; where updates come from and how often the app checks.
 */
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../contract';
import { calendarDate, durationWords } from './times';

export function CatalogueFacts({ status, locale }: { status: SyncStatus; locale: string }) {
  const { t } = useTranslation();
  const date = (iso: string | null) => (iso === null ? null : calendarDate(iso, locale));
  let catalogue: string;
  if (status.source === 'feed') {
    const issued = date(status.issued);
    catalogue =
      issued === null
        ? t('updates.facts.feedVersion', { version: status.version })
        : t('updates.facts.feedVersionIssued', { version: status.version, date: issued });
  } else if (status.source === 'import') {
    const applied = date(status.appliedAt);
    catalogue =
      applied === null
        ? t('updates.facts.imported')
        : t('updates.facts.importedOn', { date: applied });
  } else {
    const issued = date(status.issued);
    catalogue =
      issued === null
        ? t('updates.facts.bundled')
        : t('updates.facts.bundledFrom', { date: issued });
  }
  return (
    <dl className="fields card">
      <div className="field">
        <dt>{t('updates.facts.catalogue')}</dt>
        <dd data-testid="catalogue-version">{catalogue}</dd>
      </div>
      {status.source === 'feed' && status.expires !== null && (
        <div className="field">
          <dt>{t('updates.facts.validUntil')}</dt>
          <dd>{date(status.expires)}</dd>
        </div>
      )}
      <div className="field">
        <dt>{t('updates.facts.address')}</dt>
        <dd className="break">{status.feedUrl}</dd>
      </div>
      <div className="field">
        <dt>{t('updates.facts.automatic')}</dt>
        <dd>
          {status.autoUpdate
            ? t('updates.facts.every', { every: durationWords(status.checkEvery, locale) })
            : t('updates.facts.off')}
        </dd>
      </div>
    </dl>
  );
}
