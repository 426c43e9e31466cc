/** The search contract shared by the engine, the CLI and the API (see briefs/interfaces). */
import type { OrganisationKind } from '../../catalogue-format/schema';

export interface SearchQuery {
  text?: string;
  sectors?: string[];
  regions?: string[];
  serviceTypes?: string[];
  kinds?: string[];
  countries?: string[];
  sort?: 'relevance' | 'name';
  /** Default 50, at most 500. */
  limit?: number;
  offset?: number;
  /** Labels and name sort order; default 'en'. */
  locale?: string;
}

export interface SearchHit {
  id: string;
  name: string;
  kind: OrganisationKind;
  city: string | null;
  country: string;
  region: string | null;
  sectors: string[];
  /** Plain text, never HTML. */
  snippet: string;
  /** [start, end) UTF-16 offsets into `snippet` of the matched words. */
  highlights: [number, number][];
  /** The first line of the user's private note on it, when there is one. */
  note?: string;
  /** The user's note holds every word of the query (it may match elsewhere too). */
  noteMatch?: boolean;
}

export interface FacetValue {
  id: string;
  label: string;
  count: number;
  parent?: string | null;
  level?: number;
}

export type FacetName = 'sector' | 'region' | 'service_type' | 'kind' | 'country';

export interface SearchResult {
  total: number;
  results: SearchHit[];
  facets: Record<FacetName, FacetValue[]>;
  /**
   * Words that matched nothing in the catalogue, each with what was searched for instead (only
   * replacements that found something); absent when none was replaced.
   */
  corrections?: { from: string; to: string }[];
  /**
   * The words of the text, as typed, that the results match; absent without text. With
   * `dropped`, they are what matched most of the words when all together found nothing.
   */
  matched?: string[];
  /** Words left out because all the words together found nothing; absent when none was. */
  dropped?: string[];
}

export interface SearchEngine {
  search(q: SearchQuery): SearchResult;
  /** All matches in the query's order (for export), without facets or paging. */
  matchingIds(q: SearchQuery): string[];
  /** Reloads in-memory data; also done automatically when another connection commits. */
  refresh(): void;
}

export const DEFAULT_LIMIT = 50;
