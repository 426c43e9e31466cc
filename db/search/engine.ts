/**
 * The catalogue search engine: FTS5 for text (with typo correction), compact in-memory arrays
 * for filters, disjunctive facets and sorting, snippets from the original text.
 *
 * In-memory data is loaded lazily and dropped when the catalogue changes: another connection's
 * commit shows in `PRAGMA data_version`, this connection's own writes in `total_changes()`;
 * either one makes the engine compare the FTS index's structure record (which every write to
 * the index changes), so a note or a shortlist saved by the user does not reload anything.
 */
import type { Db } from '../sqlite';
import type { Taxonomy } from '../../catalogue-format/taxonomy-types';
import { readRows } from './bulk-read';
import { loadCatalogueArrays, type CatalogueArrays } from './catalogue-arrays';
import { facetValues, filterAndCount } from './facets';
import { createHitBuilder } from './hits';
import { loadPhoneDirectory, phoneQueryDigits, type PhoneDirectory } from './phones';
import { parseQuery } from './query';
import { collatorFor, computeNameOrder, loadNames, type NameOrder } from './name-order';
import { createNoteMatcher } from './note-match';
import { sortAll, topK } from './ranking';
import { loadSearchData } from './search-data';
import { wordMatcher } from './snippet';
import { searchTaxonomy } from './taxonomy-lookup';
import { createLabelIndex } from './taxonomy-tokens';
import { createTextMatcher, NAME_TIER_BONUS } from './text-match';
import { loadVocabulary, type Vocabulary } from './typo';
import { DEFAULT_LIMIT, type SearchEngine, type SearchQuery, type SearchResult } from './types';
import { MAX_SEARCH_LIMIT } from '../../contract/search';

export type { SearchEngine } from './types';

interface Loaded {
  arrays: CatalogueArrays;
  allSlots: Int32Array;
  /** Relevance or name key per slot, rewritten for the slots of each query. */
  key: Float64Array;
  names?: string[];
  /** A near-sorted starting order for name sorting (search-data.ts). */
  nameHint?: Int32Array;
  nameOrders: Map<string, NameOrder>;
  vocabulary?: Vocabulary;
  phones?: PhoneDirectory;
  ids?: string[];
}

export function createSearchEngine(db: Db, taxonomy: Taxonomy): SearchEngine {
  const lookup = searchTaxonomy(taxonomy);
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  const structure = db.prepare('SELECT block FROM organisation_fts_data WHERE id = 10').pluck();

  let loaded: Loaded | undefined;
  let seen: { version: unknown; changes: unknown; structure: Buffer | undefined } | undefined;

  const state = (): Loaded => {
    checkFreshness();
    if (loaded === undefined) {
      const stored = loadSearchData(db, lookup);
      const arrays = stored?.arrays ?? loadCatalogueArrays(db, lookup);
      loaded = {
        arrays,
        allSlots: Int32Array.from({ length: arrays.size }, (_, i) => i),
        key: new Float64Array(arrays.size),
        nameOrders: new Map(),
      };
      if (stored !== undefined) {
        loaded.names = stored.names;
        loaded.nameHint = stored.nameHint;
      }
    }
    return loaded;
  };

  const text = createTextMatcher(
    db,
    () => {
      const s = state();
      s.vocabulary ??= loadVocabulary(db);
      return s.vocabulary;
    },
    createLabelIndex(lookup),
  );
  const hits = createHitBuilder(db, () => state().arrays);
  const notes = createNoteMatcher(db);
  const slotOfId = db.prepare<[string], { rid: number }>(
    'SELECT rid FROM organisation WHERE id IN (SELECT value FROM json_each(?))',
  );

  function refresh(): void {
    loaded = undefined;
    hits.reset();
  }

  function checkFreshness(): void {
    const version = dataVersion.get();
    const changes = totalChanges.get();
    if (seen !== undefined && seen.version === version && seen.changes === changes) return;
    const current = structure.get() as Buffer | undefined;
    if (seen !== undefined && !sameBytes(seen.structure, current)) refresh();
    seen = { version, changes, structure: current };
  }

  function nameOrder(s: Loaded, locale: string): NameOrder {
    let order = s.nameOrders.get(locale);
    if (order === undefined) {
      s.names ??= loadNames(db, s.arrays);
      order = computeNameOrder(s.names, locale, s.nameHint);
      s.nameOrders.set(locale, order);
    }
    return order;
  }

  /**
   * Matching slots (before facet filters) with their keys written into s.key, and the slots
   * found through the user's notes (note-match.ts). A match by note alone ranks after the
   * matches by name and before those elsewhere in the catalogue's text: the user wrote it.
   */
  function matches(s: Loaded, q: SearchQuery) {
    const terms = parseQuery(q.text);
    const byName = q.sort === 'name' || terms.length === 0;
    const digits = phoneQueryDigits(q.text?.trim());
    const byPhone =
      digits === undefined
        ? undefined
        : (s.phones ??= loadPhoneDirectory(db, s.arrays)).slotsWith(digits);
    const nameOf = (slot: number) => (s.names ??= loadNames(db, s.arrays))[slot] ?? '';
    const found =
      terms.length === 0 ? undefined : text.match(terms, s.arrays, s.key, !byName, nameOf, byPhone);
    const noteIds = notes.matchingIds(terms);
    let slots = found?.slots ?? s.allSlots;
    const byNote = new Set<number>();
    if (found !== undefined && noteIds.length > 0) {
      const inText = new Set(found.slots);
      for (const { rid } of slotOfId.all(JSON.stringify(noteIds))) {
        const slot = s.arrays.slotOfRid[rid] ?? -1;
        if (slot < 0) continue;
        byNote.add(slot);
        if (!inText.has(slot)) s.key[slot] = NOTE_MATCH_KEY;
      }
      slots = Int32Array.from(new Set([...found.slots, ...byNote])).sort();
    }
    if (slots.length === 0) return { slots, found, byNote };
    if (byName) {
      const { rank } = nameOrder(s, q.locale ?? 'en');
      for (const slot of slots) s.key[slot] = rank[slot] ?? 0;
    }
    return { slots, found, byNote };
  }

  return {
    search(q) {
      const s = state();
      const locale = q.locale ?? 'en';
      const limit = Math.min(MAX_SEARCH_LIMIT, Math.max(1, Math.floor(q.limit ?? DEFAULT_LIMIT)));
      const offset = Math.max(0, Math.floor(q.offset ?? 0));
      const { slots, found, byNote } = matches(s, q);
      const { passing, counts } = filterAndCount(s.arrays, slots, q);
      if (found !== undefined && countNameTier(passing, s.key) < offset + limit) found.scoreRest();
      const page = topK(passing, s.key, offset + limit).subarray(offset);
      const matcher = found === undefined ? undefined : wordMatcher(found.highlightTerms);
      const collator = collatorFor(locale);
      const result: SearchResult = {
        total: passing.length,
        results: withNotes(hits.build(page, matcher), page, byNote),
        facets: facetValues(s.arrays, lookup, counts, q, locale, (a, b) => collator.compare(a, b)),
      };
      if (found !== undefined) {
        if (found.corrections.length > 0) result.corrections = found.corrections;
        result.matched = found.matched;
        if (found.dropped.length > 0) result.dropped = found.dropped;
      }
      return result;
    },

    matchingIds(q) {
      const s = state();
      const { slots, found } = matches(s, q);
      const { passing } = filterAndCount(s.arrays, slots, q, false);
      found?.scoreRest();
      if (s.ids === undefined) {
        const ids = new Array<string>(s.arrays.size).fill('');
        for (const [rid, id] of readRows<[number, string]>(db, 'SELECT rid, id FROM organisation', [
          'rid',
          'id',
        ])) {
          const slot = s.arrays.slotOfRid[rid] ?? -1;
          if (slot >= 0) ids[slot] = id;
        }
        s.ids = ids;
      }
      const ids = s.ids;
      return Array.from(sortAll(passing, s.key), (slot) => ids[slot] ?? '');
    },

    refresh,
  };

  /** Each hit with its note's first line, and marked when the note is why it matched. */
  function withNotes(
    built: SearchResult['results'],
    page: Int32Array,
    byNote: ReadonlySet<number>,
  ): SearchResult['results'] {
    const lines = notes.firstLines(built.map((hit) => hit.id));
    if (lines.size === 0 && byNote.size === 0) return built;
    return built.map((hit, i) => {
      const note = lines.get(hit.id);
      const matchedNote = byNote.has(page[i] ?? -1);
      return {
        ...hit,
        ...(note === undefined ? {} : { note }),
        ...(matchedNote ? { noteMatch: true } : {}),
      };
    });
  }
}

/** The key of a match by the user's note alone: after the name tiers, before other text. */
const NOTE_MATCH_KEY = NAME_TIER_BONUS / 4;

/** How many of `slots` are in the name tier (keys below half the tier bonus). */
function countNameTier(slots: Int32Array, key: Float64Array): number {
  let n = 0;
  for (const slot of slots) if ((key[slot] ?? 0) < NAME_TIER_BONUS / 2) n++;
  return n;
}

function sameBytes(a: Buffer | undefined, b: Buffer | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.equals(b);
}
