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
-- second (SPEC §10), so the key is the identity: re-imports add nothing.
-- Keyed (ts, user) rather than (user, ts): logs come in time order, so new
-- events append at the right edge of the b-tree, and a week's events are
-- one contiguous range for the weekly figures and the re-import merge.
CREATE TABLE adoption_logins (
	ts   INTEGER NOT NULL,               -- seconds since 1970-01-01 UTC
	user INTEGER NOT NULL,               -- adoption_accounts.num
	PRIMARY KEY (ts, user)
) WITHOUT ROWID;

-- Per user: first and last login and the number kept, for "never logged in"
-- and the unknown-user summary without scanning the events.
CREATE TABLE adoption_user_logins (
	num      INTEGER PRIMARY KEY,
	first_ts INTEGER NOT NULL,
	last_ts  INTEGER NOT NULL,
	logins   INTEGER NOT NULL
);
