/**
 * i18next's t() with its answers cached, for components that render on every keystroke or
 * answer: one lookup (key resolution, interpolation, plural rules) costs about 0.1 ms on the
 * build machines, and the same few strings are asked for hundreds of times while someone types.
 * A cache belongs to one language; a string with values (a count, a name) is cached per value,
 * up to a bound.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export type Words = (key: string, values?: Record<string, string | number>) => string;

const LIMIT = 2000;

export function useWords(): Words {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const cache = new Map<string, string>();
    const words: Words = (key, values) => {
      const id = values === undefined ? key : `${key}\u0000${JSON.stringify(values)}`;
      let text = cache.get(id);
      if (text === undefined) {
        text = values === undefined ? t(key) : t(key, values);
        if (cache.size >= LIMIT) cache.clear();
        cache.set(id, text);
      }
      return text;
    };
    return words;
    // A cache belongs to one language, whether or not react-i18next hands out a new t() for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- language keys the cache
  }, [t, language]);
}
