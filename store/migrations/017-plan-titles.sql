-- The titles of plan phases and items in every language of the catalogue
-- they came from, one row per language (the English title stays in
-- plan_phases.title and plan_items.title). Replaces the title_fa columns:
-- a language is a key, not a column. Those columns stay, unused and NULL
-- in every plan built from now on: dropping a column needs SQLite 3.35,
-- and a workspace must open with older ones.
CREATE TABLE plan_titles (
	owner TEXT NOT NULL CHECK (owner IN ('phase', 'item')),
	id    TEXT NOT NULL,                -- plan_phases.id or plan_items.initiative
	lang  TEXT NOT NULL,                -- a language code: fa, ar, ...
	title TEXT NOT NULL,
	PRIMARY KEY (owner, id, lang)
) WITHOUT ROWID;

INSERT INTO plan_titles(owner, id, lang, title)
	SELECT 'phase', id, 'fa', title_fa FROM plan_phases WHERE title_fa IS NOT NULL AND title_fa <> '';
INSERT INTO plan_titles(owner, id, lang, title)
	SELECT 'item', initiative, 'fa', title_fa FROM plan_items WHERE title_fa IS NOT NULL AND title_fa <> '';
