-- 008: event dates known only to the month or the year (#15.8); verification looked up fast.
--
-- `start_date` and `end_date` already hold text; from this version they may hold a month
-- (`2012-06`) or a year (`2012`) as well as a day, exactly as the catalogue source gives them
-- (catalogue-format/partial-date.ts). Readers compare an event by the first day of its start
-- and the last day of its end, so a month-only event stays upcoming until its month is over.
-- What the dates leave open is said in words beside them: "exact dates not published".
ALTER TABLE event ADD COLUMN date_note TEXT;

-- And whether a catalogue records verification at all (a profile says "not verified yet" only
-- then) is answered from the few verified organisations, not a scan of all of them.
CREATE INDEX organisation_verified ON organisation(verified_at) WHERE verified_at IS NOT NULL;
