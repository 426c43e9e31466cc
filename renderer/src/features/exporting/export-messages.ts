/**
 * What the export dialog says and does around an export: the summary of what the chosen scope
 * holds, the sentence after an export (in web mode: that the file is in the browser's
 * downloads), and the browser's download itself.
 */
import type { TFunction } from 'i18next';
import type { ApiResult } from '../../../../contract';
import type { CoverageState } from './useContactCoverage';

/** Starts the browser's download of a file the server prepared. */
export function download(url: string, fileName: string) {
  const a = document.createElement('a');
  a.href = new URL(url, window.location.href).href;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

/**
 * "Exported 3 organisations to contacts-food-AT-2026-12-05.csv." — and in web mode, where the
 * browser put it: the server offered a download, so the file is in the browser's downloads
 * (the desktop app names the folder it saved to instead).
 */
export function doneSentence(t: TFunction, result: ApiResult<'exportContacts'>): string {
  if (result.downloadUrl !== undefined) {
    return t('export.downloaded', { count: result.organisations, file: result.fileName });
  }
  return t('export.done', { count: result.organisations, file: result.savedTo ?? result.fileName });
}

/**
 * "3 organisations: 1 has an e-mail address or a phone." — said before exporting or copying, so
 * a list of organisations without contact details is known for what it is.
 */
export function summary(t: TFunction, coverage: CoverageState, noScope: boolean): string {
  if (noScope) return t('export.nothing');
  const counts = coverage.value;
  if (counts === null) return coverage.counting ? t('export.counting') : '';
  if (counts.organisations === 0) return t('export.noOrganisations');
  const sentence = t('export.summary', {
    organisations: t('export.inScope', { count: counts.organisations }),
    reach:
      counts.reachable === 0
        ? t('export.noneReachable')
        : t('export.reachable', { count: counts.reachable }),
  });
  return counts.reachable === 0 ? `${sentence} ${t('export.namesOnly')}` : sentence;
}
