/**
 * The filter column on a narrow window: a *Filters* button (with how many filters are on) that
 * opens the same panel as a modal drawer. A modal <dialog> keeps focus inside while it is open
 * and closes on Escape; closing returns focus to the button.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseButton } from '../../CloseButton';

interface Props {
  /** Filters switched on, shown on the button. */
  active: number;
  children: ReactNode;
}

export function FilterDrawer({ active, children }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (open && el !== null && !el.open) {
      el.showModal();
      el.querySelector<HTMLElement>('.facet-panel input, .facet-panel button')?.focus();
    }
  }, [open]);

  function close() {
    dialog.current?.close();
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        className="button filters-button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        <svg className="filters-icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 4h12M4.5 8h7M7 12h2" />
        </svg>
        {t('facets.label')}
        {active > 0 && <span className="filters-active">{active}</span>}
      </button>
      {open && (
        <dialog
          ref={dialog}
          className="filter-drawer"
          aria-label={t('facets.label')}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        >
          <div className="drawer-header">
            <h2 className="drawer-title">{t('facets.label')}</h2>
            <CloseButton label={t('facets.close')} onClose={close} />
          </div>
          <div className="drawer-body">{children}</div>
          <div className="drawer-footer">
            <button type="button" className="button primary" onClick={close}>
              {t('facets.done')}
            </button>
          </div>
        </dialog>
      )}
    </>
  );
}
