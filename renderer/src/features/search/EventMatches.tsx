/**
 * Events are found by the main search too: under the results, a line says how many events the
 * words typed find, with a button that shows them in the events view (searched for the same
 * words). Nothing is shown when no event matches.
 */
import { useEffect, useState } from 'react';
import type { Locale } from '../../../../contract';
import { useApi } from '../../api-context';
import { useWords } from '../../i18n/useWords';

interface Props {
  /** The text the results on screen answer (not what is being typed). */
  text: string;
  locale: Locale;
  refreshToken: number;
  onShow: (text: string) => void;
}

/** How long the shown text must rest before its events are looked up. */
const EVENTS_AFTER_MS = 300;

export function EventMatches({ text, locale, refreshToken, onShow }: Props) {
  const api = useApi();
  const t = useWords();
  const [found, setFound] = useState<{ text: string; count: number } | null>(null);
  const trimmed = text.trim();

  useEffect(() => {
    if (trimmed === '') return;
    let live = true;
    // Asked once the text rests: while keys keep coming, each side request would queue before
    // the next keystroke's search on the server (the UI bench's keystroke p95).
    const timer = setTimeout(() => {
      api.events({ text: trimmed, locale }).then(
        (d) => {
          if (live) setFound({ text: trimmed, count: d.upcoming.length + d.past.length });
        },
        // The organisation results are what was asked for; a failed side look-up stays silent.
        () => {
          if (live) setFound(null);
        },
      );
    }, EVENTS_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, trimmed, locale, refreshToken]);

  if (found?.text !== trimmed || found.count === 0) return null;
  return (
    <p className="event-matches">
      {t('search.eventsFound', { count: found.count, text: trimmed })}{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          onShow(trimmed);
        }}
      >
        {t('search.showEvents', { count: found.count })}
      </button>
    </p>
  );
}
