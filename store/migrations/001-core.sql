-- The core of every workspace: settings, registered documents and metrics.
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

-- Questionnaires, rules, catalogues and checks added by the user; the YAML
-- is kept whole so the workspace is self-contained.
CREATE TABLE documents (
	kind     TEXT NOT NULL,      -- questionnaire | rules | catalogue | checks
	id       TEXT NOT NULL,
	version  INTEGER NOT NULL,
	source   TEXT NOT NULL,      -- the YAML text
	origin   TEXT NOT NULL,      -- the file it came from
	added_at TEXT NOT NULL,
	PRIMARY KEY (kind, id)
);

-- Every time series: survey-free figures, adoption, data quality.
CREATE TABLE metrics (
	name   TEXT NOT NULL,
	scope  TEXT NOT NULL DEFAULT '',
	date   TEXT NOT NULL,        -- YYYY-MM-DD
	value  REAL NOT NULL,
	source TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (name, scope, date)
) WITHOUT ROWID;
