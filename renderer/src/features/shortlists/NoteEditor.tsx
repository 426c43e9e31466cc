/**
 * The private note on an organisation: saved automatically a moment after typing stops and
 * when the field loses focus. Notes are user data: a catalogue update never touches them.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api-context';
import { useShortlists } from './shortlists-context';

const SAVE_AFTER_MS = 500;

interface Props {
  id: string;
  /** After a save: result rows show each note's first line, so they are read again. */
  onSaved?: (() => void) | undefined;
}

export function NoteEditor({ id, onSaved }: Props) {
  const api = useApi();
  // Shortlists show each note's first line: read them again after a save.
  const { refresh } = useShortlists();
  const afterSave = useRef<() => void>(() => undefined);
  afterSave.current = () => {
    void refresh();
    onSaved?.();
  };
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const saved = useRef('');
  const timer = useRef<number | undefined>(undefined);
  /** What is in the field and whose note it is; updated on typing, read when saving. */
  const latest = useRef({ id, text: '' });

  useEffect(() => {
    let live = true;
    setText('');
    setStatus('idle');
    saved.current = '';
    latest.current = { id, text: '' };
    void api.getNote({ id }).then((note) => {
      if (!live) return;
      saved.current = note.text;
      latest.current = { id, text: note.text };
      setText(note.text);
    });
    return () => {
      live = false;
      // Leaving this organisation: keep what was typed.
      window.clearTimeout(timer.current);
      const pending = latest.current;
      if (pending.text !== saved.current) {
        const done = afterSave.current;
        void api.setNote({ id: pending.id, text: pending.text }).then(done);
      }
    };
  }, [api, id]);

  function save() {
    window.clearTimeout(timer.current);
    const { id: noteId, text: value } = latest.current;
    if (value === saved.current) return;
    setStatus('saving');
    void api.setNote({ id: noteId, text: value }).then(() => {
      saved.current = value;
      if (latest.current.id === noteId) setStatus('saved');
      afterSave.current();
    });
  }

  return (
    <div className="note-editor">
      <label htmlFor={`note-${id}`} className="section-label">
        {t('shortlists.noteLabel')}
      </label>
      <textarea
        id={`note-${id}`}
        value={text}
        rows={3}
        placeholder={t('shortlists.notePlaceholder')}
        onChange={(e) => {
          setText(e.target.value);
          latest.current = { id, text: e.target.value };
          setStatus('idle');
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(save, SAVE_AFTER_MS);
        }}
        onBlur={save}
      />
      <span className="note-status" role="status">
        {status === 'saving'
          ? t('shortlists.noteSaving')
          : status === 'saved'
            ? t('shortlists.noteSaved')
            : ''}
      </span>
    </div>
  );
}
