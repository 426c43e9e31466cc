/**
 * Passing the catalogue on without internet (#13): *Save for a colleague…* writes the catalogue
 * this computer holds, with the network's own signature, to a folder (a USB stick); *Update from
 * a folder…* applies such a folder with every check of a normal sync. On the desktop a native
 * picker chooses the folder; in web mode the user types a path on the computer running the
 * catalogue (the API allows folders only there: from the network it answers LOCAL_FEED_ONLY).
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../../contract';
import { useApi } from '../../api-context';
import { errorSentence } from './error-text';
import type { SyncState } from './useSync';

/** Save for a colleague, or update from a folder: a button each, pressed while its path is typed. */
const PURPOSES = ['share', 'sync'] as const;
type Purpose = (typeof PURPOSES)[number];
interface Message {
  tone: 'success' | 'error';
  text: string;
  code?: string;
}

export function FolderActions({ sync }: { sync: SyncState }) {
  const api = useApi();
  const { t } = useTranslation();
  const [typing, setTyping] = useState<Purpose | null>(null);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const fieldId = useId();

  async function carryOut(purpose: Purpose, folder: string) {
    setBusy(true);
    setMessage(null);
    try {
      if (purpose === 'sync') {
        await sync.syncFromFolder(folder);
      } else {
        const shared = await sync.share(folder);
        setMessage({
          tone: 'success',
          text: t('updates.folders.shared', { version: shared.version, folder: shared.out }),
        });
      }
      setTyping(null);
    } catch (e) {
      const error = toApiError(e);
      setMessage({ tone: 'error', text: errorSentence(t, error), code: error.code });
    } finally {
      setBusy(false);
    }
  }

  async function start(purpose: Purpose) {
    setMessage(null);
    if (api.chooseFolder === undefined) {
      setTyping(purpose);
      return;
    }
    try {
      const folder = await api.chooseFolder(purpose);
      if (folder !== null) await carryOut(purpose, folder);
    } catch (e) {
      setMessage({ tone: 'error', text: errorSentence(t, toApiError(e)) });
    }
  }

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (typing !== null && path.trim() !== '') void carryOut(typing, path.trim());
  }

  return (
    <div className="card folder-card">
      <h3>{t('updates.folders.title')}</h3>
      <p className="muted small">{t('updates.folders.hint')}</p>
      <div className="sync-actions">
        {PURPOSES.map((purpose) => (
          <button
            key={purpose}
            type="button"
            className="button"
            aria-pressed={typing === null ? undefined : typing === purpose}
            disabled={busy || sync.waiting}
            onClick={() => void start(purpose)}
          >
            {purpose === 'share' ? t('updates.folders.share') : t('updates.folders.fromFolder')}
          </button>
        ))}
      </div>
      {typing !== null && (
        <form className="form-row" onSubmit={submit}>
          <label htmlFor={fieldId}>{t('updates.folders.pathLabel')}</label>
          <div className="inline-form">
            <input
              id={fieldId}
              type="text"
              value={path}
              placeholder="/media/usb/catalogue"
              aria-describedby={`${fieldId}-hint`}
              onChange={(e) => {
                setPath(e.target.value);
              }}
            />
            <button type="submit" className="button primary" disabled={busy || path.trim() === ''}>
              {typing === 'share' ? t('updates.folders.saveHere') : t('updates.folders.updateHere')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setTyping(null);
              }}
            >
              {t('updates.folders.cancel')}
            </button>
          </div>
          <p id={`${fieldId}-hint`} className="muted small">
            {t('updates.folders.pathHint')}
          </p>
        </form>
      )}
      <div role="alert">
        {message !== null && (
          <p className={`notice ${message.tone}`} data-error-code={message.code}>
            {message.text}
          </p>
        )}
      </div>
    </div>
  );
}
