/**
 * The export dialog: format, scope (current results, a shortlist, or the selected rows) and
 * columns; and "Copy e-mail addresses" for a mail's BCC field. In web mode the server offers
 * the file at a one-time address the browser downloads; the desktop shell shows its own save
 * dialog and reports where the file went.
 */
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  toApiError,
  type ApiResult,
  type ExportFormat,
  type ExportScope,
  type Locale,
  type SearchQuery,
} from '../../../../contract';
import { useApi } from '../../api-context';
import { CloseButton } from '../../CloseButton';
import { useShortlists } from '../shortlists/shortlists-context';
import { errorSentence } from '../sync/error-text';
import { chosenColumns, ColumnPicker, type ColumnChoice } from './ColumnPicker';
import { download, doneSentence, summary } from './export-messages';
import { FileOptions } from './FileOptions';
import { ScopeChoice, type ChosenScope, type ScopeKind } from './ScopeChoice';
import { useContactCoverage } from './useContactCoverage';

interface Props {
  query: SearchQuery;
  total: number;
  selection: readonly string[];
  initialScope: ScopeKind;
  initialShortlist?: string | undefined;
  locale: Locale;
  onClose: () => void;
}

type Options = ApiResult<'exportOptions'>;

/** The formats whose columns the user chooses; the contact formats have a fixed layout. */
const COLUMN_FORMATS: ReadonlySet<ExportFormat> = new Set(['csv', 'csv-semicolon', 'xlsx']);

export function ExportDialog(props: Props) {
  const { query, total, selection, locale, onClose } = props;
  const api = useApi();
  const { t } = useTranslation();
  const shortlists = useShortlists();
  const dialog = useRef<HTMLDialogElement>(null);
  const [options, setOptions] = useState<Options | null>(null);
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [chosenScope, setChosenScope] = useState<ChosenScope>({
    kind: props.initialScope,
    shortlist: props.initialShortlist ?? shortlists.lists[0]?.name ?? '',
  });
  const [columns, setColumns] = useState<ColumnChoice>({ all: true, chosen: new Set() });
  const [englishNames, setEnglishNames] = useState(false);
  const [notes, setNotes] = useState(false);
  const [busy, setBusy] = useState(false);
  // After an export the primary button says Close; changing anything makes it Export again.
  const [exported, setExported] = useState(false);
  const [message, setMessage] = useState('');
  const [addresses, setAddresses] = useState<string | null>(null);

  useEffect(() => {
    const el = dialog.current;
    if (el !== null && !el.open) el.showModal();
    let live = true;
    void api.exportOptions({ locale }).then((o) => {
      if (!live) return;
      setOptions(o);
    });
    return () => {
      live = false;
    };
  }, [api, locale]);
  useEffect(() => {
    setExported(false);
  }, [format, chosenScope, columns, englishNames, notes]);

  function scope(): ExportScope | null {
    const { kind, shortlist } = chosenScope;
    if (kind === 'query') return { kind: 'query', query };
    if (kind === 'shortlist')
      return shortlist === '' ? null : { kind: 'shortlist', name: shortlist };
    return selection.length === 0 ? null : { kind: 'ids', ids: [...selection] };
  }
  const coverage = useContactCoverage(scope());
  const counts = coverage.value;
  // Disabled only on a count that says it would do nothing; while counting, both still work.
  const nothingToExport = scope() === null || counts?.organisations === 0;
  const hasColumns = COLUMN_FORMATS.has(format);
  const chosen =
    options === null || !hasColumns ? undefined : chosenColumns(options.columns, columns);
  const noColumns = chosen?.length === 0;
  const nothingToCopy = nothingToExport || counts?.addresses === 0;

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const s = scope();
    if (s === null) {
      setMessage(t('export.nothing'));
      return;
    }
    setBusy(true);
    setMessage(t('export.working'));
    try {
      const result = await api.exportContacts({
        format,
        scope: s,
        locale,
        ...(chosen !== undefined ? { columns: chosen } : {}),
        ...(hasColumns ? { columnNames: englishNames ? 'english' : 'interface' } : {}),
        ...(notes ? { notes: true } : {}),
      });
      if (result.cancelled === true) {
        setMessage(t('export.cancelled'));
      } else {
        if (result.downloadUrl !== undefined) download(result.downloadUrl, result.fileName);
        setMessage(doneSentence(t, result));
        setExported(true);
      }
    } catch (error) {
      setMessage(errorSentence(t, toApiError(error)));
    } finally {
      setBusy(false);
    }
  }

  async function copyEmails() {
    const s = scope();
    if (s === null) {
      setMessage(t('export.nothing'));
      return;
    }
    try {
      const result = await api.emailAddresses({ scope: s });
      const text = result.addresses.join(', ');
      setAddresses(text);
      try {
        await navigator.clipboard.writeText(text);
        setMessage(t('export.copied', { count: result.addresses.length }));
      } catch {
        setMessage(t('export.copyFailed'));
      }
    } catch (error) {
      setMessage(errorSentence(t, toApiError(error)));
    }
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="export-title" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <header className="dialog-header">
          <h2 id="export-title">{t('export.title')}</h2>
          <CloseButton label={t('export.close')} onClose={onClose} />
        </header>
        <div className="dialog-body">
          <label className="form-row">
            <span>{t('export.format')}</span>
            <select
              value={format}
              onChange={(e) => {
                setFormat(e.target.value as ExportFormat);
              }}
            >
              {(options?.formats ?? [{ id: 'csv' as const, label: 'CSV' }]).map((f) => (
                <option key={f.id} value={f.id}>
                  {t(`export.formats.${f.id}`, { defaultValue: f.label })}
                </option>
              ))}
            </select>
          </label>

          <ScopeChoice
            value={chosenScope}
            total={total}
            ticked={selection.length}
            onChange={setChosenScope}
          />

          <p className="export-summary" data-testid="export-summary" aria-live="polite">
            {summary(t, coverage, scope() === null)}
          </p>

          {options !== null && hasColumns && (
            <ColumnPicker columns={options.columns} choice={columns} onChange={setColumns} />
          )}
          <FileOptions
            englishNames={hasColumns ? englishNames : undefined}
            notes={notes}
            onEnglishNames={setEnglishNames}
            onNotes={setNotes}
          />
          <p className="dialog-message" role="status">
            {message}
          </p>
          {addresses !== null && (
            <textarea
              className="addresses"
              readOnly
              value={addresses}
              rows={3}
              aria-label={t('export.copyEmails')}
            />
          )}
        </div>
        <footer className="dialog-footer">
          <button
            type="button"
            className="button"
            disabled={nothingToCopy}
            onClick={() => void copyEmails()}
          >
            {counts !== null && counts.addresses > 0
              ? t('export.copyEmailsCount', { count: counts.addresses })
              : t('export.copyEmails')}
          </button>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            {t('export.cancel')}
          </button>
          {exported ? (
            <button type="button" className="button primary" onClick={onClose}>
              {t('export.close')}
            </button>
          ) : (
            <button
              type="submit"
              className="button primary"
              disabled={busy || nothingToExport || noColumns}
            >
              {t('export.submit')}
            </button>
          )}
        </footer>
      </form>
    </dialog>
  );
}
