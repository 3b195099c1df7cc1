-- Waivers: a finding the client has consciously accepted, for a while.
-- One per rule id (a new waiver replaces the old one; the history keeps
-- both). From set_on to until (inclusive) the rule's finding is listed as
-- waived; the day after until it fires again.
CREATE TABLE waivers (
	rule   TEXT PRIMARY KEY,          -- the rule id, in any rules set
	until  TEXT NOT NULL,             -- the last day it holds, YYYY-MM-DD
	who    TEXT NOT NULL,             -- the owner: --by NAME, default the login name
	reason TEXT NOT NULL,             -- the justification
	set_on TEXT NOT NULL              -- the day it was given, YYYY-MM-DD
) WITHOUT ROWID;
