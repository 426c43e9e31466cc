// @vitest-environment jsdom
/**
 * A shortlist flags what an update changed or withdrew since the user last opened it ("1
 * changed, 1 withdrawn", with the fields), keeps every entry, and is marked seen only once its
 * flags were read, so they show for this visit and count from here the next time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogueClient } from '../../../../../contract';
import { ShortlistsProvider } from '../../../../../renderer/src/features/shortlists/shortlists-context';
import { ShortlistsView } from '../../../../../renderer/src/features/shortlists/ShortlistsView';
import { initI18n } from '../../../../../renderer/src/i18n/index';
import { fakeClient, mount, settle, type Mounted } from '../../harness';

initI18n('en');
const ADDED = '2026-05-01T10:00:00.000Z';
let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

function api() {
  const calls: string[] = [];
  const methods: Partial<CatalogueClient> = {
    listShortlists: () =>
      Promise.resolve({
        shortlists: [
          { name: 'Fair Vienna', createdAt: '2026-05-01T10:00:00.000Z', count: 3, removed: 1 },
          { name: 'Quiet list', createdAt: '2026-05-01T10:00:00.000Z', count: 1, removed: 0 },
        ],
      }),
    shortlistItems: ({ name }) =>
      Promise.resolve({
        name,
        items:
          name === 'Fair Vienna'
            ? [
                { id: 'nutribiomed', name: 'NUTRIBIOMED', removed: false, addedAt: ADDED },
                { id: 'progresit', name: null, removed: true, addedAt: ADDED },
                { id: 'at-auto', name: 'Automotive Cluster', removed: false, addedAt: ADDED },
              ]
            : [{ id: 'at-auto', name: 'Automotive Cluster', removed: false, addedAt: ADDED }],
      }),
    shortlistChanges: ({ name }) => {
      calls.push(`read ${name}`);
      return Promise.resolve(
        name === 'Fair Vienna'
          ? {
              name,
              changed: [{ id: 'nutribiomed', name: 'NUTRIBIOMED', fields: ['phone', 'email'] }],
              withdrawn: [{ id: 'progresit', name: 'Progresit' }],
            }
          : { name, changed: [], withdrawn: [] },
      );
    },
    markShortlistSeen: ({ name }) => {
      calls.push(`seen ${name}`);
      return Promise.resolve({ name });
    },
  };
  return { client: fakeClient(methods).client, calls };
}

describe('shortlist flags', () => {
  it('says what changed since the list was last opened, item by item, and marks it seen after', async () => {
    const { client, calls } = api();
    mounted = mount(
      client,
      <ShortlistsProvider refreshToken={0}>
        <ShortlistsView
          locale="en"
          refreshToken={0}
          onOpen={() => undefined}
          onExport={() => undefined}
        />
      </ShortlistsProvider>,
    );
    await settle();
    await settle();
    const text = mounted.container.textContent;
    expect(mounted.container.querySelector('[data-testid="shortlist-flags"]')?.textContent).toBe(
      'Since you last opened this list: 1 changed, 1 withdrawn.',
    );
    expect(text).toContain('Fair Vienna · 1 changed, 1 withdrawn');
    const items = [...mounted.container.querySelectorAll('.shortlist-items li')].map(
      (li) => li.textContent,
    );
    expect(items).toEqual([
      'Automotive Cluster×',
      'NUTRIBIOMED · changed: phone and e-mail×',
      'Progresit removed×', // its last known name; the entry is kept
    ]);
    // Read first, then marked seen: the one list on screen only.
    expect(calls.filter((c) => c.startsWith('seen'))).toEqual(['seen Fair Vienna']);
    expect(calls.indexOf('seen Fair Vienna')).toBeGreaterThan(calls.indexOf('read Fair Vienna'));
  });
});
