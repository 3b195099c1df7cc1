# A workspace from before survey rounds (migration 021): its answers become
# one round per questionnaire, named for the day of its latest answer, and
# keep their ids and order; a new import then starts a second round.
# The old workspace is made from the migrations before 021 themselves.
# Figures (tests/data/rounds/waves.yaml, likert 1..5 = 0..100): a (2, 3) and
# b (4, 5) in Sales: lead (25+75)/2 = 50, data (50+100)/2 = 75, index 62.5.
. "$TESTS_DIR/cli/lib.sh"
R="$DATA/rounds"
j() { jq -e "$1" out >/dev/null || fail "json: $1"; }

run init --quiet; expect_rc 0     # for the application id of a workspace
app=$(sqlite3 crmready.db 'PRAGMA application_id')
prev=0
for f in "$TESTS_DIR"/../store/migrations/*.sql; do
	n=$(basename "$f" | sed 's/^0*\([0-9][0-9]*\)-.*/\1/')
	[ "$n" -lt 21 ] || continue
	cat "$f" >>old-schema.sql
	prev=$n
done
sqlite3 old.db <old-schema.sql || fail "building the old schema"
sqlite3 old.db "PRAGMA application_id = $app; PRAGMA user_version = $prev" || fail "old version"
sqlite3 old.db <<'SQL' || fail "filling the old workspace"
INSERT INTO survey_questions(code, questionnaire, question) VALUES
	(1, 'waves', 'sponsor'), (2, 'waves', 'quality');
INSERT INTO respondents(id, questionnaire, name, department, role, answers, updated_at) VALUES
	(4, 'waves', 'a', 'Sales', 'Staff', '1	2
2	3
', '2026-01-10'),
	(9, 'waves', 'b', 'Sales', 'Manager', '1	4
2	5
', '2026-01-15');
SQL

run --db old.db questionnaire add "$R/waves.yaml"; expect_rc 0
[ "$(sqlite3 old.db 'SELECT group_concat(id) FROM respondents ORDER BY id')" = "4,9" ] ||
	fail "respondent ids kept"
run --db old.db survey rounds waves --format csv; expect_rc 0
expect_out "waves,2026-01-15,2026-01-15,2,2026-01-10,2026-01-15,true"
run --db old.db assess waves --format json --min-group 2; expect_rc 0
j '.respondents == 2 and .index == 62.5 and .dimensions[0].score == 50 and .dimensions[1].score == 75'
run --db old.db survey list waves --format csv; expect_rc 0
expect_out "a,"

# a second round beside the migrated one, then the deltas between them
CRMREADY_TODAY=2026-04-01 run --db old.db survey import waves "$R/r1.csv"; expect_rc 0
expect_out "survey round 2026-04-01"
run --db old.db assess waves --compare 2026-01-15 2026-04-01 --min-group 2 --format json
expect_rc 0
j '.index.from == 62.5 and .index.to == 50 and .index.delta == -12.5'
j '.groups[] | select(.group == "Sales") | .index.respondents_from == 2 and .index.respondents_to == 3'
# the indexes the queries use
sqlite3 old.db "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'respondents'" \
	>idx || fail "reading indexes"
grep -q respondents_round idx || fail "index respondents_round"

done_testing
