-- 005: a leaner search index, and the search engine's arrays stored with the catalogue.
--
-- The FTS5 prefix indexes (prefix = '2 3') are dropped. Measured at 100,000 organisations they
-- cost 4 of the index's 7 seconds to build and 40 of its 72 MB, and saved nothing a user
-- notices: ranking the matches of a short prefix dominates its cost with or without them
-- (search p95 50 ms vs 55 ms, "me" 61 ms vs 57 ms). The index is recreated empty here and
-- rebuilt in the same transaction by the migration's code step (migrations/index.ts), since
-- its text is folded in code, not in SQL.
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
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE organisation_fts_vocab USING fts5vocab(organisation_fts, row);

-- The compact arrays the search engine filters, counts facets and sorts with (kinds,
-- countries, regions, sectors and service types per organisation, names and a name order),
-- written by the catalogue store in the same transaction as the records they describe, like
-- the search index. Opening a catalogue then reads a few blobs instead of every row. Derived
-- data: a missing or partial set is recomputed from the tables.
CREATE TABLE search_arrays (
  name TEXT PRIMARY KEY,
  data BLOB NOT NULL
) STRICT;

-- Superseded by search_arrays: they only served reading those arrays row by row (004), and
-- every insert paid for them.
DROP INDEX organisation_facets;
DROP INDEX service_organisation_type;
