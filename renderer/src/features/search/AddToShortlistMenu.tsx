/**
 * "Add to shortlist…" for several organisations at once: a disclosure listing the shortlists
 * (each with its size) and a field for a new one. Opening it moves focus to its first choice;
 * Escape or a click elsewhere closes it and returns focus to the button; the outcome is said in
 * a status line beside the button ("Added 2 organisations to “Fair Vienna”.").
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../../contract';
import { NewShortlistForm } from '../shortlists/NewShortlistForm';
import { useShortlists } from '../shortlists/shortlists-context';
import { errorSentence } from '../sync/error-text';

export function AddToShortlistMenu({ ids }: { ids: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const shortlists = useShortlists();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('button, input')?.focus();
    function onPointer(event: PointerEvent) {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  async function addTo(name: string) {
    const added = await shortlists.add(name, [...ids]);
    setMessage(
      added === 0
        ? t('selection.alreadyIn', { name })
        : t('selection.added', { count: added, name }),
    );
    close(true);
  }

  async function createAndAdd(name: string) {
    try {
      await shortlists.create(name);
    } catch (error) {
      // A list of that name exists (names ignore case): the organisations go into it.
      if (toApiError(error).code !== 'CONFLICT') throw error;
    }
    await addTo(name);
  }

  return (
    <span className="menu-anchor">
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => {
          setMessage('');
          setOpen(!open);
        }}
      >
        {t('selection.addToShortlist')}
      </button>
      {open && (
        <div
          ref={panel}
          id={panelId}
          className="menu-panel"
          role="group"
          aria-label={t('shortlists.add')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              close(true);
            }
          }}
        >
          {shortlists.lists.length > 0 && (
            <ul className="menu-list">
              {shortlists.lists.map((list) => (
                <li key={list.name}>
                  <button
                    type="button"
                    className="menu-item"
                    onClick={() => {
                      addTo(list.name).catch((error: unknown) => {
                        setMessage(errorSentence(t, toApiError(error)));
                      });
                    }}
                  >
                    <span className="menu-item-name">{list.name}</span>
                    <span className="facet-count">{list.count}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <NewShortlistForm submitLabel={t('selection.createAndAdd')} onSubmit={createAndAdd} />
        </div>
      )}
      <span className="selection-message" role="status">
        {message}
      </span>
    </span>
  );
}
