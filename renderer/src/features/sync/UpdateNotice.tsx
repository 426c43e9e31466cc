/**
 * The quiet notice after an automatic update: "Catalogue updated to version N: 12 new, 30
 * changed, 2 withdrawn — What's new". It takes no focus and moves nothing: the user's text,
 * filters, scroll position, selection and open profile stay as they were.
 */
import { useTranslation } from 'react-i18next';
import { changeSummary } from './change-words';
import type { UpdateNotice as Notice } from './useSync';

interface Props {
  notice: Notice;
  onWhatsNew: () => void;
  onDismiss: () => void;
}

export function UpdateNotice({ notice, onWhatsNew, onDismiss }: Props) {
  const { t } = useTranslation();
  const summary = changeSummary(t, notice) ?? t('changes.nothing');
  return (
    <div className="update-notice" role="status" data-testid="update-notice">
      <span>{t('updates.notice', { version: notice.version, summary })}</span>
      <span aria-hidden="true">—</span>
      <button type="button" className="link-button" onClick={onWhatsNew}>
        {t('whatsNew.title')}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('updates.dismissNotice')}
        onClick={onDismiss}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
