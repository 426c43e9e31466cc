/** Cached translations say exactly what i18next says, in the current language, per value. */
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { de } from '../../../../renderer/src/i18n/de';
import { en } from '../../../../renderer/src/i18n/en';
import { useWords } from '../../../../renderer/src/i18n/useWords';

function Probe({ counts }: { counts: number[] }) {
  const t = useWords();
  // Asked twice each: the second answer comes from the cache.
  const said = [...counts, ...counts].map((count) => t('search.total', { count }));
  return <p>{[...said, t('facets.label'), t('facets.label')].join(' | ')}</p>;
}

describe('useWords', () => {
  it('answers like t(), per count and per language', async () => {
    const i18n = i18next.createInstance();
    await i18n.use(initReactI18next).init({
      resources: { en: { translation: en }, de: { translation: de } },
      lng: 'en',
      interpolation: { escapeValue: false },
    });
    const render = () =>
      renderToStaticMarkup(
        <I18nextProvider i18n={i18n}>
          <Probe counts={[1, 2]} />
        </I18nextProvider>,
      );
    const english = [1, 2, 1, 2].map((count) => i18n.t('search.total', { count }));
    expect(render()).toBe(
      `<p>${[...english, i18n.t('facets.label'), i18n.t('facets.label')].join(' | ')}</p>`,
    );
    await i18n.changeLanguage('de');
    const german = [1, 2, 1, 2].map((count) => i18n.t('search.total', { count }));
    expect(german).not.toEqual(english);
    expect(render()).toBe(
      `<p>${[...german, i18n.t('facets.label'), i18n.t('facets.label')].join(' | ')}</p>`,
    );
  });
});
