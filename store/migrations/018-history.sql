-- The history of what people changed by hand over the months of a rollout:
-- goals' targets and due dates, waivers, plan updates, gate decisions,
-- baselines. One row per changed field; crmready log lists them.
CREATE TABLE history (
	id    INTEGER PRIMARY KEY,
	day   TEXT NOT NULL,              -- the day of the change, YYYY-MM-DD (today as crmready knows it)
	at    TEXT NOT NULL,              -- the wall clock, YYYY-MM-DDThh:mm:ssZ
	who   TEXT NOT NULL,              -- --by NAME, default the login name
	kind  TEXT NOT NULL,              -- goal | waiver | initiative | phase | baseline | plan
	ref   TEXT NOT NULL,              -- the goal id, rule id, initiative id, phase id, baseline name
	field TEXT NOT NULL DEFAULT '',   -- target, due, status, started, ... ('' for the whole thing)
	old   TEXT,                       -- NULL: there was none (created)
	new   TEXT,                       -- NULL: there is none now (removed)
	note  TEXT NOT NULL DEFAULT ''    -- the reason given, if any
);
CREATE INDEX history_kind_ref ON history(kind, ref);
