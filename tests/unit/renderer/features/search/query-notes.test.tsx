/**
 * The lines under the result count say what the search did with the words typed: each
 * replaced word named once (with every word searched for instead), and the words left out,
 * with the plural form and list words of the interface's language.
 */
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { QueryNotes } from '../../../../../renderer/src/features/search/QueryNotes';
import { de } from '../../../../../renderer/src/i18n/de';
import { en } from '../../../../../renderer/src/i18n/en';
import { pl } from '../../../../../renderer/src/i18n/pl';

async function markup(
  lng: string,
  corrections: { from: string; to: string }[],
  dropped: string[],
): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, de: { translation: de }, pl: { translation: pl } },
    lng,
    interpolation: { escapeValue: false },
  });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <QueryNotes corrections={corrections} dropped={dropped} />
    </I18nextProvider>,
  );
}

/** The text shown, one line per paragraph. */
async function render(...args: Parameters<typeof markup>): Promise<string> {
  const html = await markup(...args);
  return html
    .replaceAll('</p>', '\n')
    .replace(/<[^>]+>/g, '')
    .trim();
}

describe('what the search did with the words', () => {
  it('says nothing when every word was searched for as typed', async () => {
    expect(await render('en', [], [])).toBe('');
  });

  it('names each replaced word once, with all it searched for instead', async () => {
    const corrections = [
      { from: 'unvi', to: 'univ' },
      { from: 'unvi', to: 'envi' },
      { from: 'wein', to: 'wien' },
    ];
    expect(await render('en', corrections, [])).toBe(
      'Showing results for “univ” or “envi” instead of “unvi”. Showing results for “wien” instead of “wein”.',
    );
    expect(await render('de', corrections.slice(0, 2), [])).toBe(
      'Ergebnisse für „univ“ oder „envi“ statt „unvi“.',
    );
  });

  it('says which words were left out, in the language’s plural', async () => {
    expect(await render('en', [], ['xyz'])).toBe(
      'No organisation matches every word: “xyz” was left out.',
    );
    expect(await render('en', [], ['wien', 'xyz'])).toBe(
      'No organisation matches every word: “wien” and “xyz” were left out.',
    );
    expect(await render('pl', [], ['xyz'])).toContain('Pominięto słowo „xyz”.');
    expect(await render('pl', [], ['wien', 'xyz'])).toContain('Pominięto słowa „wien” i „xyz”.');
  });

  it('shows a typed word as text, never as markup', async () => {
    const html = await markup('en', [{ from: '<i>', to: 'i' }], ['<b>x</b>']);
    expect(html).not.toMatch(/<[bi]>/);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
