/**
 * Writes a catalogue as an XLSX source: an "organisations" sheet and an "events" sheet in the
 * layout of docs/catalogue-format.md. Every cell is written as text, so phones and postcodes
 * keep their leading zeros and `+`, and Excel never reformats them. Rows are streamed, so a
 * 100,000-organisation catalogue does not need the whole workbook in memory.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Catalogue } from './schema';
import { eventCells, eventHeader, organisationCells, organisationHeader } from './to-sheet';

/** Writes the workbook to a file path or a stream (the stream is ended). */
export async function writeXlsx(catalogue: Catalogue, target: string | Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...(typeof target === 'string' ? { filename: target } : { stream: target }),
    useSharedStrings: false,
    useStyles: true,
  });
  const orgSheet = workbook.addWorksheet('organisations', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const header = organisationHeader(catalogue.organisations);
  addRow(orgSheet, header, true);
  for (const org of catalogue.organisations) addRow(orgSheet, organisationCells(org, header));
  orgSheet.commit();

  const eventSheet = workbook.addWorksheet('events', { views: [{ state: 'frozen', ySplit: 1 }] });
  addRow(eventSheet, [...eventHeader], true);
  for (const event of catalogue.events) addRow(eventSheet, eventCells(event));
  eventSheet.commit();
  await workbook.commit();
}

function addRow(sheet: ExcelJS.Worksheet, cells: string[], bold = false): void {
  // Empty cells stay empty (null), not "": a spreadsheet shows them as blank either way, but
  // only null keeps the file small and the row's last cell meaningful.
  const row = sheet.addRow(cells.map((c) => (c === '' ? null : c)));
  if (bold) row.font = { bold: true };
  row.commit();
}
