/** Gives every component the one API client (desktop preload or web mode). */
import { createContext, useContext, type ReactNode } from 'react';
import type { CatalogueClient } from '../../contract';

const ApiContext = createContext<CatalogueClient | null>(null);

export function ApiProvider({
  client,
  children,
}: {
  client: CatalogueClient;
  children: ReactNode;
}) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): CatalogueClient {
  const client = useContext(ApiContext);
  if (client === null) throw new Error('useApi() outside <ApiProvider>');
  return client;
}
