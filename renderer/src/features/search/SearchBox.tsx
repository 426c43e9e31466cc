/**
 * The search field. `/` or Ctrl+K (⌘K) anywhere focuses it; ArrowDown moves into the results
 * and Enter opens the first (or active) one (handled by the owner through `onNavigate`); Esc
 * clears the text, and on an empty field is left to the page (it closes an open profile).
 */
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useWords } from '../../i18n/useWords';

interface Props {
  /** What the box searches: organisations, or events while the events view is shown. */
  scope: 'organisations' | 'events';
  value: string;
  onChange: (text: string) => void;
  onNavigate: (key: 'down' | 'enter') => void;
  /** The result list's id, while it is on screen. */
  resultsId: string | undefined;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

export function SearchBox({ scope, value, onChange, onNavigate, resultsId }: Props) {
  const t = useWords();
  const input = useRef<HTMLInputElement>(null);
  // Rendered on every keystroke: the words are looked up once per language.
  const words = useMemo(
    () => ({
      label: scope === 'events' ? t('events.searchLabel') : t('search.label'),
      placeholder: scope === 'events' ? t('events.searchPlaceholder') : t('search.placeholder'),
      clear: t('search.clear'),
      // One shortcut hint, in the form of this computer's keyboard.
      shortcut: /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘K' : 'Ctrl K',
    }),
    [t, scope],
  );

  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !isTypingTarget(event.target);
      if (!ctrlK && !slash) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      onNavigate('down');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onNavigate('enter');
    } else if (event.key === 'Escape' && value !== '') {
      event.preventDefault();
      onChange('');
    }
  }

  return (
    <div className="search-box" role="search">
      <label htmlFor="search-input" className="visually-hidden">
        {words.label}
      </label>
      <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" />
        <path d="M13 13l4.5 4.5" />
      </svg>
      <input
        ref={input}
        id="search-input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={words.placeholder}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
        onKeyDown={onKeyDown}
        aria-controls={resultsId}
        // The app's first job is searching.
        autoFocus
      />
      {value !== '' && (
        <button
          type="button"
          className="icon-button search-clear"
          aria-label={words.clear}
          onClick={() => {
            onChange('');
            input.current?.focus();
          }}
        >
          ×
        </button>
      )}
      {value === '' && (
        <kbd className="search-hint" aria-hidden="true">
          {words.shortcut}
        </kbd>
      )}
    </div>
  );
}
