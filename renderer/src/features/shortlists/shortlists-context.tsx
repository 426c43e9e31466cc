/**
 * The user's shortlists, shared by the profile panel (add/remove), the shortlists view and the
 * export dialog. Shortlists live in the user's own tables that a sync never writes, so they
 * survive every catalogue update; an organisation a feed removed is listed as removed.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { ApiResult } from '../../../../contract';
import { useApi } from '../../api-context';

type ShortlistItems = ApiResult<'shortlistItems'>['items'];

interface ShortlistsState {
  lists: readonly { name: string; count: number }[];
  items: ReadonlyMap<string, ShortlistItems>;
  refresh: () => Promise<void>;
  create: (name: string) => Promise<void>;
  remove: (name: string) => Promise<void>;
  /** Resolves to how many of `ids` were new to the list. */
  add: (name: string, ids: string[]) => Promise<number>;
  take: (name: string, ids: string[]) => Promise<void>;
}

const Context = createContext<ShortlistsState | null>(null);

export function ShortlistsProvider({
  children,
  refreshToken,
}: {
  children: ReactNode;
  refreshToken: number;
}) {
  const api = useApi();
  const [lists, setLists] = useState<ShortlistsState['lists']>([]);
  const [items, setItems] = useState<ShortlistsState['items']>(new Map());

  const refresh = useCallback(async () => {
    const { shortlists } = await api.listShortlists();
    const entries = await Promise.all(
      shortlists.map(
        async (l) => [l.name, (await api.shortlistItems({ name: l.name })).items] as const,
      ),
    );
    setLists(shortlists);
    setItems(new Map(entries));
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh, refreshToken]);

  const value = useMemo<ShortlistsState>(
    () => ({
      lists,
      items,
      refresh,
      create: async (name) => {
        await api.createShortlist({ name });
        await refresh();
      },
      remove: async (name) => {
        await api.deleteShortlist({ name });
        await refresh();
      },
      add: async (name, ids) => {
        const { changed } = await api.addToShortlist({ name, ids });
        await refresh();
        return changed;
      },
      take: async (name, ids) => {
        await api.removeFromShortlist({ name, ids });
        await refresh();
      },
    }),
    [api, lists, items, refresh],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useShortlists(): ShortlistsState {
  const value = useContext(Context);
  if (value === null) throw new Error('useShortlists() outside <ShortlistsProvider>');
  return value;
}
