-- What was actually done of each initiative of the plan, kept by
-- initiative id so that it survives `plan build` (which replaces the
-- plan_* tables): an initiative dropped from a rebuilt plan keeps its row.
CREATE TABLE plan_execution (
	initiative TEXT PRIMARY KEY,
	status     TEXT NOT NULL DEFAULT 'not-started'
		CHECK (status IN ('not-started', 'in-progress', 'done', 'blocked', 'dropped')),
	started    TEXT,                 -- actual start, YYYY-MM-DD; NULL: not yet
	done       TEXT,                 -- actual end (inclusive), YYYY-MM-DD; NULL: not yet
	percent    INTEGER CHECK (percent IS NULL OR percent BETWEEN 0 AND 100),
	note       TEXT NOT NULL DEFAULT '',   -- the reason (needed when blocked) or a note
	updated    TEXT NOT NULL         -- the day of the last update, YYYY-MM-DD
) WITHOUT ROWID;
