/**
 * Two choices about what the file says: column names in English for scripts (off: the clerk
 * opens the file in Excel in their own language; the command line always writes English), and
 * the user's private notes (off: notes are private, so they leave the computer only when asked).
 */
import { useTranslation } from 'react-i18next';

interface Props {
  /** Undefined for a format without column names (vCard, Google, Outlook). */
  englishNames: boolean | undefined;
  notes: boolean;
  onEnglishNames: (english: boolean) => void;
  onNotes: (notes: boolean) => void;
}

export function FileOptions({ englishNames, notes, onEnglishNames, onNotes }: Props) {
  const { t } = useTranslation();
  return (
    <div className="form-group file-options">
      {englishNames !== undefined && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={englishNames}
            onChange={(e) => {
              onEnglishNames(e.target.checked);
            }}
          />
          {t('export.englishHeaders')}
        </label>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={notes}
          aria-describedby="export-notes-hint"
          onChange={(e) => {
            onNotes(e.target.checked);
          }}
        />
        {t('export.includeNotes')}
      </label>
      <p id="export-notes-hint" className="muted field-hint">
        {t('export.notesHint')}
      </p>
    </div>
  );
}
