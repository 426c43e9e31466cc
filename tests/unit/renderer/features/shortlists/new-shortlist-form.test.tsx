// @vitest-environment jsdom
/**
 * The one "new shortlist" form, as both of its owners use it. The client stands in for the API
 * as docs/api.md describes it: names are unique ignoring case (CONFLICT otherwise), and a list
 * is found by its name ignoring case.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, type CatalogueClient, type Locale } from '../../../../../contract';
import { ProfileShortlists } from '../../../../../renderer/src/features/profile/ProfileShortlists';
import { ShortlistsProvider } from '../../../../../renderer/src/features/shortlists/shortlists-context';
import { ShortlistsView } from '../../../../../renderer/src/features/shortlists/ShortlistsView';
import { initI18n } from '../../../../../renderer/src/i18n';
import { click, fakeClient, mount, settle, typeInto, type Mounted } from '../../harness';

/** Shortlists by name, each with its organisation ids; `calls` records every change asked. */
function shortlistApi(initial: Record<string, string[]>) {
  const lists = new Map(Object.entries(initial));
  const calls: string[] = [];
  const find = (name: string) =>
    [...lists.keys()].find((n) => n.toLocaleLowerCase() === name.trim().toLocaleLowerCase());
  const methods: Partial<CatalogueClient> = {
    listShortlists: () =>
      Promise.resolve({
        shortlists: [...lists].map(([name, ids]) => ({
          name,
          createdAt: '2026-05-01T10:00:00.000Z',
          count: ids.length,
          removed: 0,
        })),
      }),
    shortlistItems: ({ name }) =>
      Promise.resolve({
        name,
        items: (lists.get(find(name) ?? '') ?? []).map((id) => ({
          id,
          name: id,
          removed: false,
          addedAt: '2026-05-01T10:00:00.000Z',
        })),
      }),
    // No update changed anything in these lists since they were last opened.
    shortlistChanges: ({ name }) => Promise.resolve({ name, changed: [], withdrawn: [] }),
    markShortlistSeen: ({ name }) => Promise.resolve({ name }),
    createShortlist: ({ name }) => {
      calls.push(`create ${name}`);
      const existing = find(name);
      if (existing !== undefined) {
        return Promise.reject(
          new ApiError('CONFLICT', `A shortlist called "${existing}" already exists.`),
        );
      }
      lists.set(name.trim(), []);
      return Promise.resolve({ name, createdAt: '2026-05-01T10:00:00.000Z', count: 0, removed: 0 });
    },
    addToShortlist: ({ name, ids }) => {
      calls.push(`add ${name} ${ids.join(',')}`);
      const existing = find(name);
      if (existing === undefined) {
        return Promise.reject(new ApiError('NOT_FOUND', `There is no shortlist called "${name}".`));
      }
      lists.get(existing)?.push(...ids);
      return Promise.resolve({ name: existing, changed: ids.length, count: 0 });
    },
  };
  return { lists, calls, client: fakeClient(methods).client };
}

let mounted: Mounted | undefined;
beforeAll(() => {
  initI18n('en');
});
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

function field(): HTMLInputElement {
  const input = mounted?.container.querySelector<HTMLInputElement>(
    'input[aria-label="New shortlist name"]',
  );
  if (input == null) throw new Error('no "New shortlist name" field');
  return input;
}

function button(label: string): HTMLButtonElement {
  const found = [...(mounted?.container.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent === label,
  );
  if (found === undefined) throw new Error(`no button "${label}"`);
  return found;
}

const alertText = () => mounted?.container.querySelector('[role="alert"]')?.textContent ?? null;

describe('in a profile', () => {
  async function openProfile(api: ReturnType<typeof shortlistApi>) {
    mounted = mount(
      api.client,
      <ShortlistsProvider refreshToken={0}>
        <ProfileShortlists id="sk-spa" />
      </ShortlistsProvider>,
    );
    await settle();
  }

  it('creates the list and adds the organisation, with the name trimmed', async () => {
    const api = shortlistApi({});
    await openProfile(api);
    typeInto(field(), '  Fair Vienna ');
    await click(button('Add to shortlist'));
    expect(api.calls).toEqual(['create Fair Vienna', 'add Fair Vienna sk-spa']);
    expect(api.lists.get('Fair Vienna')).toEqual(['sk-spa']);
    expect(field().value).toBe('');
    const box = mounted?.container.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(box?.checked).toBe(true);
  });

  it('adds to the list that has the name in another case instead of failing', async () => {
    const api = shortlistApi({ 'Fair Vienna': ['at-auto'] });
    await openProfile(api);
    typeInto(field(), 'fair vienna');
    await click(button('Add to shortlist'));
    expect(api.lists.get('Fair Vienna')).toEqual(['at-auto', 'sk-spa']);
    expect(api.lists.size).toBe(1);
    expect(alertText()).toBeNull();
    expect(field().value).toBe('');
  });

  it('ignores an empty name', async () => {
    const api = shortlistApi({});
    await openProfile(api);
    typeInto(field(), '   ');
    await click(button('Add to shortlist'));
    expect(api.calls).toEqual([]);
  });
});

describe('in the shortlists view', () => {
  async function openView(api: ReturnType<typeof shortlistApi>) {
    const locale: Locale = 'en';
    mounted = mount(
      api.client,
      <ShortlistsProvider refreshToken={0}>
        <ShortlistsView
          locale={locale}
          refreshToken={0}
          onOpen={() => undefined}
          onExport={() => undefined}
        />
      </ShortlistsProvider>,
    );
    await settle();
  }

  it('creates the list and shows it', async () => {
    const api = shortlistApi({ Alpha: [] });
    await openView(api);
    typeInto(field(), ' Zeta ');
    await click(button('Create shortlist'));
    expect(api.calls).toEqual(['create Zeta']);
    expect(mounted?.container.querySelector('.card h3')?.textContent).toBe('Zeta');
    expect(field().value).toBe('');
  });

  it('says a taken name is taken, keeps what was typed, and clears the message on success', async () => {
    const api = shortlistApi({ 'Fair Vienna': [] });
    await openView(api);
    typeInto(field(), 'FAIR VIENNA');
    await click(button('Create shortlist'));
    expect(alertText()).toBe('That name is already taken. Choose another one.');
    expect(field().value).toBe('FAIR VIENNA');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(api.lists.size).toBe(1);

    typeInto(field(), 'Fair Graz');
    await click(button('Create shortlist'));
    expect(alertText()).toBeNull();
    expect(field().hasAttribute('aria-invalid')).toBe(false);
    expect([...api.lists.keys()]).toEqual(['Fair Vienna', 'Fair Graz']);
  });
});
