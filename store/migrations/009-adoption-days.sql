-- Adoption: per UTC day, how many login events are stored and a digest of
-- them: the sum, modulo 2^64, of a 64-bit mix of each event's key (see
-- store_adoption_event_digest). An import compares each day of its file with
-- the stored day; the same count and digest mean every event of that day is
-- stored already, so the day's events are not read back. A day that differs
-- is merged event by event as before. Workspaces with logins from before
-- this table get their days computed by the next import.
CREATE TABLE adoption_login_days (
	day    INTEGER PRIMARY KEY,   -- days since 1970-01-01 (UTC)
	logins INTEGER NOT NULL,
	digest INTEGER NOT NULL       -- the unsigned sum, stored as its 64 bits
);
