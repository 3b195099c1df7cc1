-- Data-quality scans (issue 8): one row per `dq scan`, and the profile of
-- each checked field. The figures themselves are also metrics (dq.*) so
-- goals and trends read them from the metrics table.
CREATE TABLE dq_scans (
	id             INTEGER PRIMARY KEY,
	entity         TEXT NOT NULL,
	date           TEXT NOT NULL,     -- YYYY-MM-DD the metrics are dated
	file           TEXT NOT NULL,     -- the CSV scanned
	checks         TEXT NOT NULL,     -- checks id
	records        INTEGER NOT NULL,
	clusters       INTEGER NOT NULL,
	redundant      INTEGER NOT NULL,
	completeness   REAL NOT NULL,
	validity       REAL,              -- NULL when no field has validity checks
	duplicate_rate REAL,              -- NULL when the checks have no duplicate rules
	freshness      REAL,              -- NULL when the checks have no freshness
	score          REAL NOT NULL,
	scanned_at     TEXT NOT NULL
);
CREATE INDEX dq_scans_by_entity ON dq_scans(entity, id);

CREATE TABLE dq_scan_fields (
	scan_id         INTEGER NOT NULL REFERENCES dq_scans(id) ON DELETE CASCADE,
	pos             INTEGER NOT NULL,
	field           TEXT NOT NULL,
	filled          INTEGER NOT NULL,
	checked         INTEGER NOT NULL, -- non-empty values whose validity was checked
	valid           INTEGER NOT NULL,
	distinct_values INTEGER NOT NULL,
	problems        INTEGER NOT NULL,
	examples        TEXT NOT NULL,    -- JSON: [{"row": R, "problem": P, "value": V}]
	PRIMARY KEY (scan_id, pos)
) WITHOUT ROWID;
