-- Adoption: one row per log import, so the workspace knows how far the
-- logs reach. A week (Monday 00:00 .. Sunday 23:59:59 UTC) is complete only
-- when some import's latest event is at or after its last second; the week
-- the logs end in, and any later week, is in progress (metrics/adoption_reach.c).
-- first_ts and last_ts are the earliest and latest event times of the file's
-- rows (failed logins and users missing from the roster included: they show
-- the log was written up to then); NULL when the file had no rows.
CREATE TABLE adoption_imports (
	id          INTEGER PRIMARY KEY,
	file        TEXT NOT NULL,
	imported_at TEXT NOT NULL,          -- YYYY-MM-DDThh:mm:ssZ
	first_ts    INTEGER,
	last_ts     INTEGER,
	rows        INTEGER NOT NULL
);

-- Workspaces from before this table: their stored logins stand for one
-- import (the login times are kept in the key, ts * 2^24 + user).
INSERT INTO adoption_imports(file, imported_at, first_ts, last_ts, rows)
SELECT '(imported before crmready kept its imports)',
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), first_ts, last_ts, n
FROM (SELECT min(key) >> 24 AS first_ts, max(key) >> 24 AS last_ts, count(*) AS n
      FROM adoption_logins)
WHERE n > 0;
