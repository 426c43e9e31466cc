-- 007: a living catalogue (#13).
--
-- What each applied sync changed, per record: the user's "What's new" (user data, like the
-- sync log: written only in the transaction that applies a feed version, never by an import,
-- and kept to the last 50 syncs and everything within one year, db/user-data/change-sets.ts).
-- A removed record keeps its last known form, so a withdrawn organisation can still be shown
-- with its name and details.
CREATE TABLE change_set (
  id INTEGER PRIMARY KEY,
  applied_at TEXT NOT NULL,
  from_version INTEGER NOT NULL CHECK (from_version >= 0),
  version INTEGER NOT NULL CHECK (version > from_version),
  payload TEXT NOT NULL CHECK (payload IN ('snapshot', 'delta'))
) STRICT;

CREATE TABLE change_set_entry (
  change_set_id INTEGER NOT NULL REFERENCES change_set(id) ON DELETE CASCADE,
  section TEXT NOT NULL CHECK (section IN ('organisations', 'events')),
  record_id TEXT NOT NULL,
  change TEXT NOT NULL CHECK (change IN ('added', 'changed', 'removed')),
  -- An organisation's name or an event's title, as the record had it (after the change; for a
  -- removed record, before).
  name TEXT NOT NULL,
  -- changed: the names of the changed fields (source format), as a JSON array.
  fields TEXT CHECK (fields IS NULL OR json_valid(fields)),
  -- removed: the record as last held, in source form (JSON).
  last_known TEXT CHECK (last_known IS NULL OR json_valid(last_known)),
  PRIMARY KEY (change_set_id, section, record_id)
) STRICT;

-- A shortlist's flags and a withdrawn profile look entries up by record.
CREATE INDEX change_set_entry_by_record ON change_set_entry (record_id, change_set_id);

-- The newest change set the user had when they last opened each shortlist: entries after it
-- are flagged in the list ("3 changed, 1 withdrawn"). 0 for lists that existed before this
-- migration, which then see every change recorded after it.
ALTER TABLE shortlist ADD COLUMN seen_change_set INTEGER NOT NULL DEFAULT 0;

-- The signed index (feed.json, byte for byte) of the feed version the catalogue holds, written
-- with catalogue_meta in the transaction that applies that version: sharing the catalogue
-- hands on the network's own signature. NULL for a catalogue that did not come from a feed.
ALTER TABLE catalogue_meta ADD COLUMN signed_index BLOB;

-- Whether a failed attempt could not reach the feed at all (no network, host unreachable,
-- no answer in time): the status then says "offline" rather than "refused".
ALTER TABLE sync_log ADD COLUMN unreachable INTEGER NOT NULL DEFAULT 0 CHECK (unreachable IN (0, 1));
