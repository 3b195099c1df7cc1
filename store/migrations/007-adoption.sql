-- Adoption: the roster of licensed users and their successful logins.

-- Every user id seen, in a roster or a log, numbered so that events carry a
-- small integer instead of an 18-character id. Log users missing from the
-- roster keep their events: adding them to the roster later counts them.
CREATE TABLE adoption_accounts (
	num INTEGER PRIMARY KEY,
	id  TEXT NOT NULL UNIQUE
);

CREATE TABLE adoption_roster (
	num           INTEGER PRIMARY KEY REFERENCES adoption_accounts(num),
	department    TEXT NOT NULL,
	name          TEXT NOT NULL DEFAULT '',
	role          TEXT NOT NULL DEFAULT '',
	license_start TEXT,                  -- YYYY-MM-DD, NULL = licensed from the start
	wave          TEXT NOT NULL DEFAULT ''
);

-- One row per successful login. An event is its user and its time to the
-- second (SPEC §10), so that pair is the key and re-imports add nothing.
-- The pair is packed into the rowid, key = ts * 2^24 + user (store_adoption.c
-- packs and unpacks; users are numbered below 2^24, times within years
-- 1000..9999 fit the remaining 39 bits): logs come in time order, so new
-- events append at the right edge of an integer-keyed b-tree, where SQLite
-- skips the search entirely, and a week's events are one contiguous key
-- range for the weekly figures and the re-import merge. A WITHOUT ROWID
-- (ts, user) table keeps the same order but searches on every insert: 44 s
-- against 25 s for the first import of the 10-million-row benchmark.
CREATE TABLE adoption_logins (
	key INTEGER PRIMARY KEY
);

-- Per user: first and last login and the number kept, for "never logged in"
-- and the unknown-user summary without scanning the events.
CREATE TABLE adoption_user_logins (
	num      INTEGER PRIMARY KEY,
	first_ts INTEGER NOT NULL,
	last_ts  INTEGER NOT NULL,
	logins   INTEGER NOT NULL
);
