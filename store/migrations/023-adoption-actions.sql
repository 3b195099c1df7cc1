-- Adoption: actions beyond logins (records created, fields updated), from
-- activity logs imported with an action or object column (issue 21).

-- Each kind of action once: the object it touched and what was done to it,
-- as the log wrote them (e.g. Opportunity / created). Which kinds are core
-- is the engagement's choice (adoption_core_actions), applied when the
-- weekly figures are computed, so changing it needs no re-import.
CREATE TABLE adoption_action_kinds (
	id     INTEGER PRIMARY KEY,
	object TEXT NOT NULL,
	action TEXT NOT NULL,
	UNIQUE (object, action)
);

-- One row per action: its time and user packed as adoption_logins' key
-- (ts * 2^24 + user) and its kind. An event is (second, user, kind), so a
-- login, an update and a creation in the same second are three events, and
-- re-imports add nothing. Keyed by (key, kind) without a rowid: logs come
-- in time order and append at the right edge; a week is one key range.
CREATE TABLE adoption_actions (
	key  INTEGER NOT NULL,
	kind INTEGER NOT NULL REFERENCES adoption_action_kinds(id),
	PRIMARY KEY (key, kind)
) WITHOUT ROWID;

-- Per UTC day, the actions stored and a digest of them (as
-- adoption_login_days for logins): a re-imported day is recognised whole.
CREATE TABLE adoption_action_days (
	day     INTEGER PRIMARY KEY,
	actions INTEGER NOT NULL,
	digest  INTEGER NOT NULL
);

-- The engagement's core actions: the YAML given to `adoption core-actions
-- FILE`, kept as written (one row at most). No row: the shipped default
-- (content/adoption/core-actions.yaml).
CREATE TABLE adoption_core_actions (
	id     INTEGER PRIMARY KEY CHECK (id = 1),
	file   TEXT NOT NULL,
	yaml   TEXT NOT NULL
);
