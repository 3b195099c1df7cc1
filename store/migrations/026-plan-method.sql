-- Each planned initiative keeps the step of the six-step transformation it
-- belongs to and where it comes from (its sources as JSON, every language),
-- so the plan can be shown by step and explained without its catalogue.
ALTER TABLE plan_items ADD COLUMN step TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_items ADD COLUMN sources TEXT NOT NULL DEFAULT '';
