-- 007 is #13's (a living catalogue: 007-change-sets.sql, on its own branch). This stand-in
-- exists only so that 008 can be numbered as agreed while 007 has not landed: when the two
-- branches meet, #13's file replaces this one (db/migrations/index.ts then loads
-- 007-change-sets.sql) and this file is deleted. It does nothing.
SELECT 1;
