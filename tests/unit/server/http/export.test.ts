/** Exports in web mode: the file comes back once from its download address, and reads right. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { call, request, useHarness } from './fixture';

const harness = useHarness();
const port = () => harness().web.port;

interface ExportValue {
  contacts: number;
  organisations: number;
  fileName: string;
  downloadUrl?: string;
}

async function exportOk(args: unknown): Promise<ExportValue> {
  const res = await call(port(), 'exportContacts', args);
  const body = res.json() as { ok: boolean; value: ExportValue; error?: unknown };
  if (!body.ok) throw new Error(JSON.stringify(body.error));
  return body.value;
}

describe('exportContacts in web mode', () => {
  it('writes the selection, offers it once, with a file name that says what it holds', async () => {
    const value = await exportOk({
      format: 'csv',
      scope: { kind: 'ids', ids: ['sk-spa', 'at-auto'] },
      columns: ['organisation', 'email'],
    });
    expect(value).toMatchObject({ contacts: 2, organisations: 2 });
    expect(value.fileName).toBe('contacts-2-selected-2026-05-01.csv');
    expect(value.downloadUrl).toMatch(/^\/api\/download\/[A-Za-z0-9_-]{32}$/);

    const file = await request(port(), { path: value.downloadUrl ?? '' });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toContain(
      'attachment; filename="contacts-2-selected-2026-05-01.csv"',
    );
    const rows = Papa.parse<string[]>(file.body.replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toEqual(['Organisation', 'E-mail']);
    expect(rows.slice(1)).toEqual([
      ['Kúpele Piešťany', 'JANA@example.org'],
      ['Automobil-Cluster Oberösterreich', 'jana@example.org'],
    ]);

    const again = await request(port(), { path: value.downloadUrl ?? '' });
    expect(again.status).toBe(404);
  });

  it('exports all matches of a query and a shortlist without its removed organisations', async () => {
    const byQuery = await exportOk({
      format: 'vcard',
      scope: { kind: 'query', query: { countries: ['PL'] } },
    });
    expect(byQuery).toMatchObject({
      organisations: 1,
      fileName: 'contacts-PL-2026-05-01.vcf',
    });
    const card = await request(port(), { path: byQuery.downloadUrl ?? '' });
    expect(card.body).toContain('Łódź Precision Parts');

    await call(port(), 'createShortlist', { name: 'Export me' });
    await call(port(), 'addToShortlist', { name: 'Export me', ids: ['pl-lodz', 'at-auto'] });
    const byList = await exportOk({
      format: 'xlsx',
      scope: { kind: 'shortlist', name: 'Export me' },
    });
    expect(byList).toMatchObject({
      organisations: 2,
      fileName: 'contacts-export-me-2026-05-01.xlsx',
    });
  });

  it('writes column names and kinds in the interface language, and notes only when asked', async () => {
    await call(port(), 'setNote', { id: 'at-auto', text: 'Met Jana in Linz\nCall in May' });
    const plain = await exportOk({
      format: 'csv',
      scope: { kind: 'ids', ids: ['at-auto'] },
      columns: ['organisation', 'kind'],
      locale: 'de',
    });
    const read = async (value: ExportValue) =>
      Papa.parse<string[]>(
        (await request(port(), { path: value.downloadUrl ?? '' })).body.replace(/^\uFEFF/, ''),
        { skipEmptyLines: true },
      ).data;
    // The default is the form for scripts: English headers, kind ids, and no private notes.
    expect(await read(plain)).toEqual([
      ['Organisation', 'Kind'],
      ['Automobil-Cluster Oberösterreich', 'cluster'],
    ]);
    const german = await exportOk({
      format: 'csv',
      scope: { kind: 'ids', ids: ['at-auto'] },
      columns: ['organisation', 'kind'],
      locale: 'de',
      columnNames: 'interface',
      notes: true,
    });
    expect(await read(german)).toEqual([
      ['Organisation', 'Art', 'Notizen'],
      ['Automobil-Cluster Oberösterreich', 'Cluster', 'Met Jana in Linz\nCall in May'],
    ]);
    const card = await exportOk({
      format: 'vcard',
      scope: { kind: 'ids', ids: ['at-auto'] },
      notes: true,
    });
    const vcf = (await request(port(), { path: card.downloadUrl ?? '' })).body;
    expect(vcf).toMatch(/^NOTE:Met Jana in Linz\\nCall in May/m);
    await call(port(), 'setNote', { id: 'at-auto', text: '' });
  });

  it('refuses unknown columns, ids and shortlists before writing anything', async () => {
    const column = await call(port(), 'exportContacts', {
      format: 'csv',
      scope: { kind: 'ids', ids: ['at-auto'] },
      columns: ['salary'],
    });
    expect(column.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const id = await call(port(), 'exportContacts', {
      format: 'csv',
      scope: { kind: 'ids', ids: ['nobody'] },
    });
    expect(id.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const list = await call(port(), 'exportContacts', {
      format: 'csv',
      scope: { kind: 'shortlist', name: 'None' },
    });
    expect(list.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('exportOptions lists the formats and the columns', async () => {
    const res = (await call(port(), 'exportOptions', {})).json() as {
      value: { formats: { id: string }[]; columns: { id: string }[] };
    };
    expect(res.value.formats.map((f) => f.id)).toContain('vcard4');
    expect(res.value.columns.map((c) => c.id)).toContain('email');
    const polish = (await call(port(), 'exportOptions', { locale: 'pl' })).json() as {
      value: { columns: { id: string; label: string }[] };
    };
    expect(polish.value.columns.find((c) => c.id === 'city')?.label).toBe('Miejscowość');
  });

  it('an unknown download token → 404', async () => {
    expect((await request(port(), { path: '/api/download/nope' })).status).toBe(404);
  });
});
