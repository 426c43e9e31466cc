// @vitest-environment jsdom
/**
 * Choosing export columns: "All columns" writes every one; unticking it shows the columns, none
 * ticked, and the export then names exactly the ticked ones, in the order shown.
 */
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chosenColumns,
  ColumnPicker,
  type ColumnChoice,
} from '../../../../../renderer/src/features/exporting/ColumnPicker';
import { initI18n } from '../../../../../renderer/src/i18n';
import { click, fakeClient, mount } from '../../harness';

const COLUMNS = [
  { id: 'name', label: 'Name' },
  { id: 'email', label: 'E-mail' },
  { id: 'phone', label: 'Phone' },
];

let current: ColumnChoice = { all: true, chosen: new Set() };

function Owner() {
  const [choice, setChoice] = useState<ColumnChoice>({ all: true, chosen: new Set() });
  current = choice;
  return <ColumnPicker columns={COLUMNS} choice={choice} onChange={setChoice} />;
}

beforeAll(() => {
  initI18n('en');
});

describe('ColumnPicker', () => {
  it('unticking "All columns" lets the user pick columns, sent in the order shown', async () => {
    const { container, unmount } = mount(fakeClient({}).client, <Owner />);
    const box = (label: string) => {
      const found = [...container.querySelectorAll('label')].find((l) => l.textContent === label);
      const input = found?.querySelector('input');
      if (input == null) throw new Error(`no checkbox "${label}"`);
      return input;
    };
    const shownBoxes = () => container.querySelectorAll('.column-grid input').length;

    expect(box('All columns').checked).toBe(true);
    expect(shownBoxes()).toBe(0);
    expect(chosenColumns(COLUMNS, current)).toBeUndefined();

    await click(box('All columns'));
    expect(shownBoxes()).toBe(3);
    // Nothing ticked: an export would name no column (the dialog refuses to export then).
    expect(chosenColumns(COLUMNS, current)).toEqual([]);
    expect(container.textContent).toContain('Tick the columns the file should hold.');

    await click(box('Phone'));
    await click(box('Name'));
    expect(chosenColumns(COLUMNS, current)).toEqual(['name', 'phone']);
    expect(container.textContent).toContain('Writes 2 columns, in the order shown.');
    await click(box('Phone'));
    expect(chosenColumns(COLUMNS, current)).toEqual(['name']);

    await click(box('All columns'));
    expect(chosenColumns(COLUMNS, current)).toBeUndefined();
    unmount();
  });
});
