/**
 * The one form that names a new shortlist: in a profile (add this organisation to a new list)
 * and in the shortlists view (create a list). The name is trimmed and an empty one ignored; the
 * field empties once the owner's `onSubmit` succeeds. When it fails (a name already taken), the
 * refusal is shown under the field as a sentence saying what to do, and the typed name stays
 * so it can be corrected.
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../../contract';
import { errorSentence } from '../sync/error-text';

/** The API refuses longer names (shortlistNameSchema); the field stops the typing there. */
const MAX_NAME = 100;

interface Props {
  submitLabel: string;
  onSubmit: (name: string) => Promise<void>;
}

export function NewShortlistForm({ submitLabel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const refusalId = useId();

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return;
    try {
      await onSubmit(trimmed);
      setName('');
      setRefusal(null);
    } catch (error) {
      setRefusal(errorSentence(t, toApiError(error)));
    }
  }

  return (
    <>
      <form className="inline-form" onSubmit={(e) => void submit(e)}>
        <input
          type="text"
          value={name}
          maxLength={MAX_NAME}
          aria-label={t('shortlists.newName')}
          placeholder={t('shortlists.newName')}
          aria-invalid={refusal !== null ? true : undefined}
          aria-describedby={refusal !== null ? refusalId : undefined}
          onChange={(e) => {
            setName(e.target.value);
          }}
        />
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </form>
      {refusal !== null && (
        <p id={refusalId} className="notice error small" role="alert">
          {refusal}
        </p>
      )}
    </>
  );
}
