/**
 * Counts of a change as words ("12 new, 30 changed, 2 withdrawn"; zero counts left out) and the
 * names of changed fields in the interface language, shared by the update notice, What's new
 * and the shortlists' flags.
 */
import type { TFunction } from 'i18next';

export interface ChangeCounts {
  added: number;
  changed: number;
  withdrawn: number;
}

/** "12 new, 30 changed, 2 withdrawn"; null when nothing changed. */
export function changeSummary(t: TFunction, counts: ChangeCounts): string | null {
  const parts: string[] = [];
  if (counts.added > 0) parts.push(t('changes.added', { count: counts.added }));
  if (counts.changed > 0) parts.push(t('changes.changed', { count: counts.changed }));
  if (counts.withdrawn > 0) parts.push(t('changes.withdrawn', { count: counts.withdrawn }));
  return parts.length === 0 ? null : parts.join(', ');
}

/** "Changed: phone, e-mail": a field the UI has no word for keeps its catalogue-format name. */
export function fieldList(t: TFunction, fields: readonly string[], locale: string): string {
  const names = fields.map((f) => t(`changes.fields.${f}`, { defaultValue: f }));
  return t('changes.fieldList', { list: new Intl.ListFormat(locale).format(names) });
}
