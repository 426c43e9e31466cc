import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportToBuffer } from './export-helpers';
import { SPREADSHEET_HEADERS } from './expected-fields';
import { org, tempDb, TRICKY_IDS, TRICKY_ROWS, type TempDb } from './fixture';

let t: TempDb;
beforeAll(() => {
  t = tempDb();
});
afterAll(() => {
  t.close();
});

async function load(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Contacts');
  if (sheet === undefined) throw new Error('no Contacts sheet');
  return sheet;
}

describe('xlsx', () => {
  it('is a workbook with a frozen header, an auto-filter and text phone cells', async () => {
    const { bytes, counts } = await exportToBuffer(t.db, { format: 'xlsx', ids: TRICKY_IDS });
    expect(counts.contacts).toBe(TRICKY_ROWS);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const sheet = await load(bytes);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeDefined();
    expect(JSON.stringify(sheet.autoFilter)).toMatch(/A1/);
    expect(JSON.stringify(sheet.autoFilter)).toMatch(new RegExp(`N${TRICKY_ROWS + 1}`));
    expect(sheet.rowCount).toBe(TRICKY_ROWS + 1);
    expect(sheet.getRow(1).values).toEqual([undefined, ...SPREADSHEET_HEADERS]);
    expect(sheet.getRow(1).font.bold).toBe(true);
    const phone = sheet.getRow(2).getCell(6);
    expect(phone.type).toBe(ExcelJS.ValueType.String);
    expect(phone.value).toBe('+48 42 631 00 00');
    for (let c = 1; c <= 14; c++) {
      expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(10);
    }
  });

  it('keeps every value as typed text, formula starters included', async () => {
    const { bytes } = await exportToBuffer(t.db, { format: 'xlsx', ids: TRICKY_IDS });
    const sheet = await load(bytes);
    const values: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell((cell) => {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        values.push(cell.value);
      });
    });
    expect(values).toContain('=HYPERLINK("http://evil.example","x")');
    expect(values).toContain('Line1\nLine2\nLine3');
    expect(values).toContain('＝Žalec d.o.o.');
    expect(values).toContain('+43 732 7800');
    expect(values).toContain('Łódzki Klaster; "Quote", Co.');
  });

  it('writes only the chosen columns', async () => {
    const { bytes } = await exportToBuffer(t.db, {
      format: 'xlsx',
      ids: ['at-linz'],
      columns: ['phone', 'organisation'],
    });
    const sheet = await load(bytes);
    expect(sheet.getRow(1).values).toEqual([undefined, 'Phone', 'Organisation']);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '+43 732 7800',
      'Österreichische Äpfel GmbH',
    ]);
  });
});

describe('xlsx with control characters', () => {
  it('still opens: characters XML cannot hold become spaces', async () => {
    const bad = tempDb({
      events: [],
      organisations: [
        org('x', {
          name: 'Null\u0000byte \u0007bell',
          contacts: [{ name: 'A\u001bB', languages: [] }],
        }),
      ],
    });
    try {
      const sheet = await load(
        (await exportToBuffer(bad.db, { format: 'xlsx', ids: ['x'] })).bytes,
      );
      expect(sheet.getRow(2).getCell(1).value).toBe('Null byte  bell');
      expect(sheet.getRow(2).getCell(3).value).toBe('A B');
    } finally {
      bad.close();
    }
  });
});
