/**
 * Export and "copy e-mail addresses". The scope (current query, a shortlist, picked ids) is
 * resolved to organisation ids by export-scope.ts; export/ writes the file; the host decides
 * where it goes (a one-time download in web mode, the native save dialog on the desktop, a
 * file or standard output on the command line). export/ is loaded on first use: its
 * spreadsheet library is large and not needed to start the app.
 */
import { ApiError } from '../../contract/errors';
import { COLUMN_IDS, EXPORT_FORMATS, type ExportFormat } from '../../contract/lists';
import type { ApiParsedArgs, ApiResult } from '../../contract/methods';
import { unknownOrganisationIds } from '../../db/contact-rows';
import { contactCoverage } from '../../db/contact-coverage';
import { emailAddresses } from '../../db/email-addresses';
import type { HandlerContext } from '../context';
import { unavailable } from '../error-data';
import { exportFileName } from '../export-file-name';
import { resolveScope } from '../export-scope';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  csv: 'CSV (Excel, comma)',
  'csv-semicolon': 'CSV (Excel, semicolon: German, Italian, Central European)',
  google: 'Google Contacts CSV',
  outlook: 'Outlook CSV',
  vcard: 'vCard 3.0 (phones, most address books)',
  vcard4: 'vCard 4.0',
  xlsx: 'Excel workbook (.xlsx)',
};

const FILE_SUFFIX: Record<ExportFormat, string> = {
  csv: '.csv',
  'csv-semicolon': '.csv',
  google: '-google.csv',
  outlook: '-outlook.csv',
  vcard: '.vcf',
  vcard4: '.vcf',
  xlsx: '.xlsx',
};

const loadExport = () =>
  import('../../export/export').catch((e: unknown) => Promise.reject(unavailable('Export', e)));
const loadColumns = () =>
  import('../../export/columns').catch((e: unknown) => Promise.reject(unavailable('Export', e)));
const loadLabels = () =>
  import('../../export/column-labels').catch((e: unknown) =>
    Promise.reject(unavailable('Export', e)),
  );

export function exportHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  const today = ctx.today ?? (() => new Date().toISOString().slice(0, 10));

  return {
    async exportOptions({
      locale,
    }: ApiParsedArgs<'exportOptions'>): Promise<ApiResult<'exportOptions'>> {
      const { englishWording, localWording } = await loadLabels();
      const { headers } = locale === undefined ? englishWording : localWording(locale);
      return {
        formats: EXPORT_FORMATS.map((id) => ({ id, label: FORMAT_LABELS[id] })),
        columns: COLUMN_IDS.map((id) => ({ id, label: headers[id] })),
      };
    },

    async exportContacts(
      args: ApiParsedArgs<'exportContacts'>,
    ): Promise<ApiResult<'exportContacts'>> {
      const { ids, removed } = resolveScope(ctx, args.scope);
      const [{ exportContacts }, { parseColumns }] = await Promise.all([
        loadExport(),
        loadColumns(),
      ]);
      // Check everything before the save dialog opens: a refused export asks for nothing.
      const columns = args.columns ? parseColumns(args.columns) : undefined;
      const unknown = unknownOrganisationIds(db, ids);
      if (unknown.length > 0) {
        throw new ApiError(
          'NOT_FOUND',
          `No organisation has the id "${unknown[0] ?? ''}"${unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : ''}; nothing was exported.`,
        );
      }
      const fileName = exportFileName(args.scope, today(), FILE_SUFFIX[args.format]);
      const destination = await ctx.exportTarget.open(fileName, args.format);
      if (!destination) {
        return {
          contacts: 0,
          organisations: 0,
          skippedRemoved: removed,
          fileName,
          cancelled: true,
        };
      }
      try {
        const counts = await exportContacts(
          db,
          {
            format: args.format,
            ids,
            ...(columns ? { columns } : {}),
            ...(args.locale ? { locale: args.locale } : {}),
            ...(args.columnNames === 'interface' ? { columnLanguage: args.locale ?? 'en' } : {}),
            ...(args.notes === true ? { notes: true } : {}),
          },
          destination.stream,
        );
        const where = await destination.commit();
        return {
          contacts: counts.contacts,
          organisations: counts.organisations,
          skippedRemoved: removed,
          fileName,
          ...where,
        };
      } catch (error) {
        throw await destination.abort(error);
      }
    },

    emailAddresses({ scope }: ApiParsedArgs<'emailAddresses'>): ApiResult<'emailAddresses'> {
      return emailAddresses(db, resolveScope(ctx, scope).ids);
    },

    contactCoverage({ scope }: ApiParsedArgs<'contactCoverage'>): ApiResult<'contactCoverage'> {
      return contactCoverage(db, resolveScope(ctx, scope).ids);
    },
  };
}
