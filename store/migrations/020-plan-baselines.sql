-- Issue 20: baselines (dated copies of the plan a rollout is measured
-- against) and phase gate decisions. Neither refers to the plan tables: a
-- `plan build` replaces the plan and must leave both as they are.
CREATE TABLE plan_baselines (
	name       TEXT PRIMARY KEY,
	saved_on   TEXT NOT NULL,          -- the day it was saved, YYYY-MM-DD
	who        TEXT NOT NULL,
	note       TEXT NOT NULL DEFAULT '',
	plan_start TEXT NOT NULL,          -- the plan's start then
	built_at   TEXT NOT NULL           -- when that plan was built
) WITHOUT ROWID;

-- The baseline's phases, initiatives and goals with their dates then.
CREATE TABLE plan_baseline_rows (
	baseline TEXT NOT NULL REFERENCES plan_baselines(name) ON DELETE CASCADE,
	kind     TEXT NOT NULL CHECK (kind IN ('phase', 'item', 'goal')),
	seq      INTEGER NOT NULL,         -- order in the plan then
	ref      TEXT NOT NULL,            -- phase id, initiative id, goal id
	phase    TEXT NOT NULL DEFAULT '', -- an item's or goal's phase
	start    TEXT,                     -- a phase's or item's start
	end      TEXT,                     -- a phase's or item's end, a goal's due date
	metric   TEXT,                     -- a goal's metric, scope, comparison, target
	scope    TEXT,
	op       TEXT,
	target   REAL,
	PRIMARY KEY (baseline, kind, ref)
) WITHOUT ROWID;

-- Gate decisions at the end of a phase: every one kept, the latest wins.
CREATE TABLE plan_gates (
	id       INTEGER PRIMARY KEY,
	phase    TEXT NOT NULL,
	decision TEXT NOT NULL CHECK (decision IN ('go', 'go-with-conditions', 'hold')),
	day      TEXT NOT NULL,            -- the day it was decided (--on), YYYY-MM-DD
	who      TEXT NOT NULL,
	note     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_gates_phase ON plan_gates(phase, day, id);
