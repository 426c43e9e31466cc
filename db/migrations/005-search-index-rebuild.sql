-- 005: a leaner search index, and the search engine's arrays stored with the catalogue.
--
-- The index is recreated, measured at 100,000 organisations:
-- - without the prefix indexes (prefix = '2 3'): they cost 4 of the index's 7 seconds to build
--   and 40 of its 72 MB, and saved nothing a user notices, since ranking the matches of a
--   short prefix dominates its cost with or without them (search p95 50 vs 55 ms);
-- - without contentless_delete: its tombstones made a 1,000-change delta write ~12 MB and take
--   ~500 ms in the index alone; a plain contentless index takes ~80 ms. Deleting a document
--   then needs its exact indexed text, which the store rebuilds from the stored records
--   (catalogue-store.ts keeps the two equal, and rebuilds the whole index when the taxonomy
--   its documents were built with changes).
-- It is rebuilt in the same transaction by the migration's code step (migrations/index.ts),
-- since its text is prepared in code, not in SQL.
DROP TABLE organisation_fts_vocab;
DROP TABLE organisation_fts;
CREATE VIRTUAL TABLE organisation_fts USING fts5(
  name,          -- name, acronym, localised names
  services,      -- service titles and service type labels
  people,        -- contact names and roles
  place,         -- city, region names, country names, address
  events,        -- titles of the events it organises
  description,   -- description, service descriptions
  content = '',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE organisation_fts_vocab USING fts5vocab(organisation_fts, row);

-- The compact arrays the search engine filters, counts facets and sorts with (kinds,
-- countries, regions, sectors and service types per organisation, names and a name order),
-- written by the catalogue store in the same transaction as the records they describe, like
-- the search index. Opening a catalogue then reads a few blobs instead of every row. Derived
-- data: a missing, partial or stale set is recomputed from the tables. A delta leaves it stale
-- (rewriting it would double a small delta's cost) and the feed's worker rewrites it right
-- after the delta commits.
CREATE TABLE search_data (
  name TEXT PRIMARY KEY,
  data BLOB NOT NULL
) STRICT;

-- Counts the catalogue's writes (every one writes catalogue_meta): stored derived data records
-- the generation it describes, so it is never used for another.
ALTER TABLE catalogue_meta ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;

-- Superseded by search_data: they only served reading those arrays row by row (004). And no
-- query filters organisations by country or region, or services by type (facets are counted
-- over the arrays): every write paid for these indexes, nothing read them.
DROP INDEX organisation_facets;
DROP INDEX service_organisation_type;
DROP INDEX organisation_country;
DROP INDEX organisation_region;
DROP INDEX service_type_idx;
