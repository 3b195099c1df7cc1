-- Goals keep when they were set and, optionally, a baseline given with
-- `goal add|set --baseline V`. A goal's status draws "expected" on a
-- straight line from its baseline (at the day it was set) to its target (at
-- its due date). set_on NULL: a goal made by `plan build` (set when its
-- phase starts) or one from before this migration (set when its phase
-- starts, or, outside the plan's phases, when its metric's first value is
-- dated). baseline NULL: the first value on or after set_on.
ALTER TABLE goals ADD COLUMN set_on TEXT;      -- YYYY-MM-DD
ALTER TABLE goals ADD COLUMN baseline REAL;
