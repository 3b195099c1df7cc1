-- Issue 16: what each reason asks of an initiative's urgency (the
-- initiative's urgency is the highest of them; NULL in plans built before
-- this version, until the next `plan build`), and the phase goal templates
-- a plan build left out because the roster has no such department or wave.
ALTER TABLE plan_reasons ADD COLUMN urgency REAL;

CREATE TABLE plan_goal_skips (
	seq       INTEGER PRIMARY KEY,            -- 1.. in catalogue order
	phase     TEXT NOT NULL REFERENCES plan_phases(id) ON DELETE CASCADE,
	metric    TEXT NOT NULL,
	scope     TEXT NOT NULL,                  -- department=NAME or wave=W
	op        TEXT NOT NULL,
	target    REAL NOT NULL,
	parent    INTEGER,                        -- the goal it would be a sub-goal of
	sub_goals INTEGER NOT NULL DEFAULT 0,     -- its own sub-goals, left out with it
	close     TEXT                            -- the roster's closest name, if any
);
