-- The rollout plan (one per workspace, replaced by each `plan build`) and
-- the goals tracked against metrics.
CREATE TABLE plan (
	id                INTEGER PRIMARY KEY CHECK (id = 1),
	catalogue         TEXT NOT NULL,
	catalogue_version INTEGER NOT NULL,
	start             TEXT NOT NULL,     -- YYYY-MM-DD
	built_at          TEXT NOT NULL,
	basis             TEXT NOT NULL      -- what the selection was made from
);

CREATE TABLE plan_phases (
	seq      INTEGER PRIMARY KEY,        -- 1.. in phase order
	id       TEXT NOT NULL UNIQUE,
	title    TEXT NOT NULL,
	title_fa TEXT,
	start    TEXT NOT NULL,
	end      TEXT NOT NULL,              -- inclusive
	capacity REAL NOT NULL,              -- person-weeks
	used     REAL NOT NULL
);

CREATE TABLE plan_items (
	seq        INTEGER PRIMARY KEY,      -- 1.. in dependency (execution) order
	initiative TEXT NOT NULL UNIQUE,
	title      TEXT NOT NULL,
	title_fa   TEXT,
	phase      TEXT NOT NULL REFERENCES plan_phases(id) ON DELETE CASCADE,
	start      TEXT NOT NULL,
	end        TEXT NOT NULL,
	effort     REAL NOT NULL,
	duration   INTEGER NOT NULL,
	impact     INTEGER NOT NULL,
	risk       INTEGER NOT NULL,
	urgency    REAL NOT NULL,
	priority   REAL NOT NULL,
	depends_on TEXT NOT NULL DEFAULT ''  -- space-separated initiative ids
);

-- Why each initiative is in the plan and where it was placed.
CREATE TABLE plan_reasons (
	item   INTEGER NOT NULL REFERENCES plan_items(seq) ON DELETE CASCADE,
	n      INTEGER NOT NULL,
	kind   TEXT NOT NULL,   -- finding | dimension | capability | dependency | catalogue | pushed | after | overrun
	ref    TEXT,
	detail TEXT,
	value  REAL,
	value2 REAL,
	PRIMARY KEY (item, n)
) WITHOUT ROWID;

-- Goals: a metric (and scope) compared with a target by a due date. Goals
-- the plan made (origin 'plan') are replaced by the next `plan build`;
-- the user's own (added, or edited with `goal set`) are kept.
CREATE TABLE goals (
	id     INTEGER PRIMARY KEY AUTOINCREMENT,
	phase  TEXT NOT NULL,
	metric TEXT NOT NULL,
	scope  TEXT NOT NULL DEFAULT '',
	op     TEXT NOT NULL CHECK (op IN ('>=', '<=', '>', '<', '==')),
	target REAL NOT NULL,
	due    TEXT NOT NULL,
	parent INTEGER REFERENCES goals(id) ON DELETE CASCADE,
	origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('plan', 'user'))
);
CREATE INDEX goals_parent ON goals(parent);
