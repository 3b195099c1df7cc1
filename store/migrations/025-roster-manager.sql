-- The roster's manager of each user (a roster user's id, or the manager as
-- the file names them when they hold no licence): a manager's direct
-- reports are a team, compared in the adoption report's team league.
-- Workspaces from before have none: '' = no manager, no team.
ALTER TABLE adoption_roster ADD COLUMN manager TEXT NOT NULL DEFAULT '';
