// @vitest-environment jsdom
/** Choosing export columns: one box per column, and "All columns" ticks or clears them all. */
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ColumnPicker } from '../../../../../renderer/src/features/exporting/ColumnPicker';
import { initI18n } from '../../../../../renderer/src/i18n';
import { click, fakeClient, mount } from '../../harness';

const COLUMNS = [
  { id: 'name', label: 'Name' },
  { id: 'email', label: 'E-mail' },
  { id: 'phone', label: 'Phone' },
];

function Owner() {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(COLUMNS.map((c) => c.id)));
  return <ColumnPicker columns={COLUMNS} chosen={chosen} onChange={setChosen} />;
}

beforeAll(() => {
  initI18n('en');
});

describe('ColumnPicker', () => {
  it('toggles one column, and all of them', async () => {
    const { container, unmount } = mount(fakeClient({}).client, <Owner />);
    const box = (label: string) => {
      const found = [...container.querySelectorAll('label')].find((l) => l.textContent === label);
      const input = found?.querySelector('input');
      if (input == null) throw new Error(`no checkbox "${label}"`);
      return input;
    };
    const ticked = () => COLUMNS.filter((c) => box(c.label).checked).map((c) => c.id);

    expect(box('All columns').checked).toBe(true);
    await click(box('E-mail'));
    expect(ticked()).toEqual(['name', 'phone']);
    expect(box('All columns').checked).toBe(false);

    await click(box('All columns'));
    expect(ticked()).toEqual(['name', 'email', 'phone']);
    await click(box('All columns'));
    expect(ticked()).toEqual([]);
    unmount();
  });
});
