/**
 * Spreadsheet rows (from CSV or XLSX) → the JSON-shaped catalogue validate.ts checks, with
 * each record's sheet row and column numbering kept so problems point at the cell to fix.
 */
import { parseColumn, sheetFieldName, splitList, LIST_FIELDS, type Column } from './columns';
import type { Section } from './problems';
import { CATALOGUE_SCHEMA, type SourceProblem } from './schema';
import { escapeText, quote, shortText } from './show-value';
import type { ValidateOptions } from './validate';

/** A sheet as read: header cells and data rows, each with the row number a person sees. */
export interface Sheet {
  header: readonly string[];
  /** Header row number (1 unless the sheet starts lower). */
  headerRow: number;
  rows: readonly { row: number; cells: readonly string[] }[];
  /** Added to the problem of a cell under no header (CSV: an unquoted separator). */
  strayCellHint?: string;
}

interface SheetRecords {
  records: Record<string, unknown>[];
  rows: number[];
  numbers: { services: number[]; contacts: number[] }[];
}

const REQUIRED: Record<Section, readonly string[]> = {
  organisations: ['id', 'kind', 'name', 'country'],
  events: ['id', 'kind', 'title', 'start'],
};

/** Turns the organisations sheet (and the events sheet, if any) into a raw catalogue. */
export function catalogueFromSheets(
  organisations: Sheet,
  events: Sheet | undefined,
): { raw: unknown; options: ValidateOptions } {
  const problems: SourceProblem[] = [];
  const orgs = recordsFromSheet(organisations, 'organisations', problems);
  const evs = events === undefined ? undefined : recordsFromSheet(events, 'events', problems);
  return {
    raw: {
      schema: CATALOGUE_SCHEMA,
      organisations: orgs.records,
      events: evs?.records ?? [],
    },
    options: {
      rows: { organisations: orgs.rows, events: evs?.rows ?? [] },
      fieldName: (path, section, index) =>
        sheetFieldName(section === 'events' ? [] : orgs.numbers)(path, section, index),
      readerProblems: problems,
    },
  };
}

function recordsFromSheet(sheet: Sheet, section: Section, problems: SourceProblem[]): SheetRecords {
  const out: SheetRecords = { records: [], rows: [], numbers: [] };
  const headerProblem = (field: string | undefined, message: string) => {
    const p: SourceProblem = { row: sheet.headerRow, message };
    if (field !== undefined) p.field = field;
    if (section === 'events') p.section = 'events';
    problems.push(p);
  };

  const columns: (Column | undefined)[] = [];
  const seen = new Set<string>();
  sheet.header.forEach((cell, i) => {
    const header = cell.trim().toLowerCase();
    if (header === '') {
      columns.push(undefined);
      return;
    }
    const column = parseColumn(header, section);
    if (column === undefined) {
      headerProblem(
        escapeText(cell.trim()),
        `is not a column of the ${section} sheet (see docs/catalogue-format.md for the columns)`,
      );
    } else if (seen.has(header)) {
      headerProblem(escapeText(cell.trim()), 'appears twice in the header');
    } else {
      seen.add(header);
      columns[i] = column;
      return;
    }
    columns.push(undefined);
  });
  const missing = REQUIRED[section].filter((c) => !seen.has(c));
  for (const c of missing) headerProblem(c, 'column is missing from the header');
  // Without its required columns every row would repeat the same complaint.
  if (missing.length > 0) return out;

  for (const { row, cells } of sheet.rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    const record: Record<string, unknown> = {};
    const services = new Map<number, Record<string, unknown>>();
    const contacts = new Map<number, Record<string, unknown>>();
    const stray: SourceProblem[] = [];
    cells.forEach((cell, i) => {
      if (cell.trim() === '') return;
      const column = columns[i];
      if (column === undefined) {
        if (i >= sheet.header.length || (sheet.header[i] ?? '').trim() === '') {
          const p: SourceProblem = {
            row,
            field: `column ${i + 1}`,
            message: `holds ${quote(cell.trim())} but the column has no header${sheet.strayCellHint ?? ''}`,
          };
          if (section === 'events') p.section = 'events';
          stray.push(p);
        }
        return;
      }
      switch (column.kind) {
        case 'field':
          record[column.field] = value(column.field, cell);
          break;
        case 'name':
          ((record.names ??= {}) as Record<string, string>)[column.lang] = cell;
          break;
        case 'service':
          entry(services, column.n)[column.field] = value(column.field, cell);
          break;
        case 'contact':
          entry(contacts, column.n)[column.field] = value(column.field, cell);
          break;
      }
    });
    for (const p of stray) {
      if (typeof record.id === 'string' && record.id.trim() !== '')
        p.id = shortText(record.id.trim());
      problems.push(p);
    }
    const serviceNumbers = [...services.keys()].sort((a, b) => a - b);
    const contactNumbers = [...contacts.keys()].sort((a, b) => a - b);
    if (serviceNumbers.length > 0) record.services = serviceNumbers.map((n) => services.get(n));
    if (contactNumbers.length > 0) record.contacts = contactNumbers.map((n) => contacts.get(n));
    out.records.push(record);
    out.rows.push(row);
    out.numbers.push({ services: serviceNumbers, contacts: contactNumbers });
  }
  return out;
}

function value(field: string, cell: string): string | string[] {
  return LIST_FIELDS.has(field) ? splitList(cell) : cell;
}

function entry(map: Map<number, Record<string, unknown>>, n: number): Record<string, unknown> {
  let found = map.get(n);
  if (found === undefined) {
    found = {};
    map.set(n, found);
  }
  return found;
}
