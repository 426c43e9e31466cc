/**
 * What the search did with the words typed, in one line each: the words it replaced because
 * they matched nothing (each named once, with what it searched for instead), and the words
 * it left out because all of them together found nothing.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../../contract';
import { useWords, type Words } from '../../i18n/useWords';

interface Props {
  corrections: NonNullable<SearchResult['corrections']>;
  dropped: readonly string[];
}

export const QueryNotes = memo(function QueryNotes({ corrections, dropped }: Props) {
  const t = useWords();
  const { i18n } = useTranslation();
  if (corrections.length === 0 && dropped.length === 0) return null;
  const language = i18n.language;
  const quoted = (words: readonly string[]) => words.map((word) => t('search.quoted', { word }));
  return (
    <>
      {corrections.length > 0 && (
        <p className="correction" data-testid="corrected">
          {correctionSentences(corrections, t, language, quoted).join(' ')}
        </p>
      )}
      {dropped.length > 0 && (
        <p className="correction" data-testid="left-out">
          {t('search.leftOut', {
            count: dropped.length,
            words: list(language, 'conjunction', quoted(dropped)),
          })}
        </p>
      )}
    </>
  );
});

/** One sentence per replaced word: "… for “univ” or “envi” instead of “unvi”." */
function correctionSentences(
  corrections: Props['corrections'],
  t: Words,
  language: string,
  quoted: (words: readonly string[]) => string[],
): string[] {
  const byWord = new Map<string, string[]>();
  for (const { from, to } of corrections) byWord.set(from, [...(byWord.get(from) ?? []), to]);
  return [...byWord].map(([from, to]) =>
    t('search.correctedTo', {
      from: quoted([from])[0] ?? from,
      to: list(language, 'disjunction', quoted(to)),
    }),
  );
}

/** "a, b and c" / "a, b or c" in the interface's language. */
function list(language: string, type: 'conjunction' | 'disjunction', items: string[]): string {
  try {
    return new Intl.ListFormat(language, { type }).format(items);
  } catch {
    return items.join(', ');
  }
}
