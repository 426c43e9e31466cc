/**
 * Export and "copy e-mail addresses". The scope (current query, a shortlist, picked ids) is
 * resolved to organisation ids here; export/ writes the file; the host decides where it goes
 * (a one-time download in web mode, the native save dialog on the desktop). export/ is loaded
 * on first use: its spreadsheet library is large and not needed to start the app.
 */
import { finished } from 'node:stream/promises';
import { unknownOrganisationIds } from '../../db/contact-rows';
import { contactCoverage } from '../../db/contact-coverage';
import { emailAddresses } from '../../db/email-addresses';
import { shortlistItems } from '../../db/user-data/shortlists';
import {
  ApiError,
  EXPORT_FORMATS,
  type ApiParsedArgs,
  type ApiResult,
  type ExportFormat,
} from '../contract';
import type { HandlerContext } from '../context';

type Scope = ApiParsedArgs<'exportContacts'>['scope'];

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

function unavailable(error: unknown): ApiError {
  return new ApiError(
    'UNAVAILABLE',
    `Export is not available in this build: ${error instanceof Error ? error.message : String(error)}`,
  );
}
const loadExport = () =>
  import('../../export/export').catch((e: unknown) => Promise.reject(unavailable(e)));
const loadColumns = () =>
  import('../../export/columns').catch((e: unknown) => Promise.reject(unavailable(e)));

export function exportHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  const today = ctx.today ?? (() => new Date().toISOString().slice(0, 10));

  /** Organisation ids in scope, in the scope's order, each once. */
  function resolveScope(scope: Scope): string[] {
    switch (scope.kind) {
      case 'query':
        return ctx.engine.matchingIds(scope.query);
      case 'shortlist':
        // Organisations a feed removed have nothing left to export.
        return shortlistItems(db, scope.name)
          .filter((item) => !item.removed)
          .map((item) => item.id);
      case 'ids':
        return [...new Set(scope.ids)];
    }
  }

  return {
    async exportOptions(): Promise<ApiResult<'exportOptions'>> {
      const { COLUMN_IDS, COLUMN_HEADERS } = await loadColumns();
      return {
        formats: EXPORT_FORMATS.map((id) => ({ id, label: FORMAT_LABELS[id] })),
        columns: COLUMN_IDS.map((id) => ({ id, label: COLUMN_HEADERS[id] })),
      };
    },

    async exportContacts(
      args: ApiParsedArgs<'exportContacts'>,
    ): Promise<ApiResult<'exportContacts'>> {
      const ids = resolveScope(args.scope);
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
      const fileName = `metacluster-contacts-${today()}${FILE_SUFFIX[args.format]}`;
      const destination = await ctx.exportTarget.open(fileName, args.format);
      if (!destination) return { contacts: 0, organisations: 0, fileName, cancelled: true };
      try {
        const counts = await exportContacts(
          db,
          {
            format: args.format,
            ids,
            ...(columns ? { columns } : {}),
            ...(args.locale ? { locale: args.locale } : {}),
          },
          destination.stream,
        );
        if (!destination.stream.writableEnded) destination.stream.end();
        await finished(destination.stream);
        const where = await destination.commit();
        return {
          contacts: counts.contacts,
          organisations: counts.organisations,
          fileName,
          ...where,
        };
      } catch (error) {
        destination.stream.destroy();
        await destination.abort();
        throw error;
      }
    },

    emailAddresses({ scope }: ApiParsedArgs<'emailAddresses'>): ApiResult<'emailAddresses'> {
      return emailAddresses(db, resolveScope(scope));
    },

    contactCoverage({ scope }: ApiParsedArgs<'contactCoverage'>): ApiResult<'contactCoverage'> {
      return contactCoverage(db, resolveScope(scope));
    },
  };
}
