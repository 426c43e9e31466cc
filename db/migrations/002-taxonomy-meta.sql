-- 002: remembers which taxonomy (sectors, service types, countries, regions) the taxonomy
-- tables hold, by the sha256 of its canonical JSON, so that writing the bundled taxonomy at
-- every import or sync is a no-op unless it changed (db/taxonomy.ts).
CREATE TABLE taxonomy_meta (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  written_at TEXT NOT NULL
) STRICT;
