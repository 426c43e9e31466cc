-- 001: the catalogue, its taxonomies, its search index and the user's own data.
-- Never edit this file once landed: add a new numbered migration instead.

-- Taxonomies (written by the app from its bundled reference data, see db/taxonomy.ts).
CREATE TABLE sector (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  labels TEXT NOT NULL CHECK (json_valid(labels)),  -- {"en": "...", "de": "...", ...}
  nace TEXT NOT NULL CHECK (json_valid(nace))       -- ["C29", "C30.3", ...] NACE Rev. 2.1
) STRICT;

CREATE TABLE service_type (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  labels TEXT NOT NULL CHECK (json_valid(labels))
) STRICT;

CREATE TABLE country (
  code TEXT PRIMARY KEY,                            -- ISO 3166-1 alpha-2
  nuts_code TEXT,                                   -- Eurostat's code (EL for GR, UK for GB)
  labels TEXT NOT NULL CHECK (json_valid(labels))
) STRICT;

CREATE TABLE region (
  code TEXT PRIMARY KEY,                            -- NUTS 2024 code, level 0..3
  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
  parent_code TEXT REFERENCES region(code),
  country TEXT NOT NULL,                            -- ISO alpha-2 of the region's country
  name TEXT NOT NULL,                               -- national name, with diacritics
  name_latin TEXT NOT NULL
) STRICT;
CREATE INDEX region_parent ON region(parent_code);

-- The catalogue. Replaced wholesale by an import, changed by feed deltas; never by the user.
CREATE TABLE organisation (
  rid INTEGER PRIMARY KEY,                          -- stable rowid: the search index's key
  id TEXT NOT NULL UNIQUE,                          -- the source's stable id
  kind TEXT NOT NULL CHECK (kind IN ('cluster', 'partner', 'supplier', 'research', 'agency', 'other')),
  name TEXT NOT NULL,
  acronym TEXT,
  names TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(names)),
  description TEXT,
  country TEXT NOT NULL,
  region TEXT,
  city TEXT,
  address TEXT,
  postcode TEXT,
  website TEXT,
  email TEXT,
  phone TEXT,
  fax TEXT,
  updated_at TEXT,
  verified_at TEXT
) STRICT;
CREATE INDEX organisation_country ON organisation(country);
CREATE INDEX organisation_region ON organisation(region);

CREATE TABLE contact (
  organisation_rid INTEGER NOT NULL REFERENCES organisation(rid) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT,
  role TEXT,
  email TEXT,
  phone TEXT,
  languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
  PRIMARY KEY (organisation_rid, position)
) STRICT;

CREATE TABLE service (
  organisation_rid INTEGER NOT NULL REFERENCES organisation(rid) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  id TEXT NOT NULL,
  title TEXT NOT NULL,
  type TEXT NOT NULL,
  description TEXT,
  sectors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sectors)),
  PRIMARY KEY (organisation_rid, position)
) STRICT;
CREATE INDEX service_type_idx ON service(type);

CREATE TABLE organisation_sector (
  organisation_rid INTEGER NOT NULL REFERENCES organisation(rid) ON DELETE CASCADE,
  sector_id TEXT NOT NULL,
  PRIMARY KEY (organisation_rid, sector_id)
) STRICT, WITHOUT ROWID;

-- member_rid belongs to cluster_id. cluster_id is a text id so that a delta may add the
-- member before the cluster; validation guarantees it resolves once a catalogue is complete.
CREATE TABLE membership (
  member_rid INTEGER NOT NULL REFERENCES organisation(rid) ON DELETE CASCADE,
  cluster_id TEXT NOT NULL,
  PRIMARY KEY (member_rid, cluster_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX membership_cluster ON membership(cluster_id);

CREATE TABLE event (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('exchange-forum', 'company-tour', 'study-visit', 'trade-fair', 'workshop', 'conference')),
  title TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  city TEXT,
  country TEXT,
  description TEXT,
  website TEXT,
  organisers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(organisers)),  -- organisation ids
  sectors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sectors))
) STRICT;
CREATE INDEX event_start ON event(start_date);

-- Full-text index over organisations, one row per organisation (rowid = organisation.rid).
-- Text is folded in code before it is written or queried (db/search/fold.ts), because
-- unicode61 does not fold ł, ß, ø, æ, œ, đ. Column order gives the bm25 weights in search.
CREATE VIRTUAL TABLE organisation_fts USING fts5(
  name,          -- name, acronym, localised names
  services,      -- service titles and service type labels
  people,        -- contact names and roles
  place,         -- city, region names, country names, address
  events,        -- titles of the events it organises
  description,   -- description, service descriptions
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
CREATE VIRTUAL TABLE organisation_fts_vocab USING fts5vocab(organisation_fts, row);

-- What catalogue version this database holds. Written in the same transaction as the data
-- it describes, so a crash leaves the old version or the new one, never a mix.
CREATE TABLE catalogue_meta (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  version INTEGER NOT NULL,                         -- 0: not from a feed (bundled or imported)
  source TEXT NOT NULL CHECK (source IN ('bundled', 'import', 'feed')),
  channel TEXT,
  issued TEXT,
  expires TEXT,
  sha256 TEXT,
  applied_at TEXT NOT NULL
) STRICT;

-- The user's own data. No foreign key points from here into the catalogue, so nothing the
-- catalogue does (import, sync, delete) can cascade into it. Organisations are referred to by
-- their stable source id; one that a feed removes stays here and is shown as removed.
CREATE TABLE shortlist (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE shortlist_item (
  shortlist_id INTEGER NOT NULL REFERENCES shortlist(id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (shortlist_id, organisation_id)
) STRICT;

CREATE TABLE note (
  organisation_id TEXT PRIMARY KEY,
  text TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE sync_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  feed TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('updated', 'up-to-date', 'rejected', 'failed')),
  from_version INTEGER,
  version INTEGER,
  error_code TEXT,
  error_message TEXT
) STRICT;
