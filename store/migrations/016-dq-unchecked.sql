-- Data-quality scans of partial exports (issue 17): the columns the checks
-- name that the scanned file lacked, in the checks' order. They were not
-- checked and stored no metric. Scans from before have no rows here: every
-- column of their checks was in their file.
CREATE TABLE dq_scan_unchecked (
	scan_id     INTEGER NOT NULL REFERENCES dq_scans(id) ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	column_name TEXT NOT NULL,
	PRIMARY KEY (scan_id, pos)
) WITHOUT ROWID;
