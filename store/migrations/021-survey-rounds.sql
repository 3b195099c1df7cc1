-- Survey rounds: each wave of a survey keeps its own raw answers. A round
-- belongs to one questionnaire; its respondents are unique within it, so
-- the same person answers every round. The latest round is the one created
-- last (created_at, then id); it is the one every assessment reads unless
-- a round is named.
CREATE TABLE survey_rounds (
	id            INTEGER PRIMARY KEY,
	questionnaire TEXT NOT NULL,
	name          TEXT NOT NULL,
	created_at    TEXT NOT NULL,     -- YYYY-MM-DD
	UNIQUE (questionnaire, name)
);

-- The answers of a workspace from before rounds become one round per
-- questionnaire, named for the day of its latest answer (YYYY-MM-DD, the
-- name a round imported that day gets) and created that day.
INSERT INTO survey_rounds(questionnaire, name, created_at)
	SELECT questionnaire, substr(max(updated_at), 1, 10), substr(max(updated_at), 1, 10)
	FROM respondents GROUP BY questionnaire ORDER BY questionnaire;

-- SQLite cannot change a UNIQUE constraint: the table is rebuilt, ids kept
-- (the order respondents were first stored).
CREATE TABLE respondents_rounds (
	id            INTEGER PRIMARY KEY,
	questionnaire TEXT NOT NULL,
	round         INTEGER NOT NULL REFERENCES survey_rounds(id) ON DELETE CASCADE,
	name          TEXT NOT NULL,
	department    TEXT NOT NULL DEFAULT '',
	role          TEXT NOT NULL DEFAULT '',
	answers       TEXT NOT NULL DEFAULT '',
	updated_at    TEXT NOT NULL,
	UNIQUE (round, name)
);
INSERT INTO respondents_rounds(id, questionnaire, round, name, department, role, answers,
			       updated_at)
	SELECT r.id, r.questionnaire, s.id, r.name, r.department, r.role, r.answers, r.updated_at
	FROM respondents r JOIN survey_rounds s ON s.questionnaire = r.questionnaire
	ORDER BY r.id;
DROP TABLE respondents;
ALTER TABLE respondents_rounds RENAME TO respondents;
-- A round's respondents in the order first stored (the assessment's scan);
-- counts per questionnaire.
CREATE INDEX respondents_round ON respondents(round);
CREATE INDEX respondents_questionnaire ON respondents(questionnaire);
