-- Roster users who stop counting: a licence end (a deactivated user, from
-- the roster's end date or the date of the export that found them inactive)
-- and users kept out of every figure by a roster import filter (integration
-- and API-only users, e.g. UserType=AutomatedProcess). Both keep their row,
-- so their logins are known users' logins, not "not in the roster".
-- Workspaces from before have neither: every user counts as before.
ALTER TABLE adoption_roster ADD COLUMN license_end TEXT;              -- YYYY-MM-DD, NULL = no end
ALTER TABLE adoption_roster ADD COLUMN excluded TEXT NOT NULL DEFAULT ''; -- the filter, '' = counted
