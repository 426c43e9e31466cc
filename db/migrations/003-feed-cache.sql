-- 003: the feed index last received from each feed address, with its HTTP validators, so an
-- unchanged feed costs one conditional request (304). The stored index is re-verified
-- (signature, channel, version, expiry) on every 304 exactly as if it had been downloaded,
-- so a host answering 304 forever cannot hide an expiry. Written only by feed/ (cache.ts);
-- not user data.
CREATE TABLE feed_cache (
  feed TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  index_bytes BLOB NOT NULL,
  fetched_at TEXT NOT NULL
) STRICT;
