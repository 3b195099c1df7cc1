# A workspace made before migration 015 (no urgency per reason, no record of
# skipped goal templates) keeps working: plan show reads its plan, --explain
# leaves out the per-reason urgencies it does not have, and the next plan
# build keeps its goals' ids. The old workspace is made from the migrations
# before 015 themselves, so later migrations apply to it as to a real one.
. "$TESTS_DIR/cli/lib.sh"
P="$DATA/plan"
j() { jq -e "$1" out >/dev/null || fail "json: $1"; }

run init --quiet; expect_rc 0     # for the application id of a workspace
app=$(sqlite3 crmready.db 'PRAGMA application_id')
prev=0
for f in "$TESTS_DIR"/../store/migrations/*.sql; do
	n=$(basename "$f" | sed 's/^0*\([0-9][0-9]*\)-.*/\1/')
	[ "$n" -lt 15 ] || continue
	cat "$f" >>old-schema.sql
	prev=$n
done
sqlite3 old.db <old-schema.sql || fail "building the old schema"
sqlite3 old.db "PRAGMA application_id = $app; PRAGMA user_version = $prev" || fail "old version"
# small.yaml's plan as the old version stored it, and its three goals
sqlite3 old.db <<'SQL' || fail "filling the old workspace"
INSERT INTO plan VALUES (1, 'small-plan', 1, '2026-12-28', '2026-11-23', 'inputs.json');
INSERT INTO plan_phases VALUES (1, 'one', 'One', NULL, '2026-12-28', '2027-01-10', 10, 8),
	(2, 'two', 'Two', NULL, '2027-01-11', '2027-01-31', 20, 9);
INSERT INTO plan_items VALUES
	(1, 'sponsor', 'Sponsor', NULL, 'one', '2026-12-28', '2027-01-03', 4, 1, 5, 1, 5, 62.5, ''),
	(2, 'cleanse', 'Cleanse', NULL, 'one', '2027-01-04', '2027-01-10', 4, 1, 3, 2, 2.6, 15.6, 'sponsor'),
	(3, 'pilot', 'Pilot', NULL, 'two', '2027-01-11', '2027-01-24', 9, 2, 4, 3, 2.6, 10.4, 'cleanse');
INSERT INTO plan_reasons VALUES (1, 1, 'finding', 'no-executive-sponsor', 'critical', 0, 0),
	(1, 2, 'dimension', 'leadership', '', 30, 50), (2, 1, 'dependency', 'pilot', '', 0, 0),
	(3, 1, 'capability', 'opportunity-management', '', 1.6, 4.8),
	(3, 2, 'pushed', 'one', '', 2, 10);
INSERT INTO goals(id, phase, metric, scope, op, target, due, parent, origin) VALUES
	(7, 'one', 'dq.score', 'entity=Contact', '>=', 0.7, '2027-01-10', NULL, 'plan'),
	(8, 'one', 'dq.duplicate_rate', 'entity=Contact', '<=', 0.05, '2027-01-10', 7, 'plan'),
	(9, 'two', 'training.completion', '', '>=', 0.9, '2027-01-31', NULL, 'plan');
SQL

run --db old.db plan show --explain; expect_rc 0
expect_out "      1 sponsor                        2026-12-28 2027-01-03    4.0     62.5"
expect_out "       why: finding 'no-executive-sponsor' (critical)"
expect_out "       urgency 5.00, the highest of its reasons"
expect_no_out ": urgency"
expect_out "     [7] dq.score >= 0.7 (entity=Contact)"
[ "$(sqlite3 old.db 'PRAGMA user_version')" -ge 15 ] || fail "old workspace not migrated"
run --db old.db plan show --format json; expect_rc 0
j '[.initiatives[].reasons[] | has("urgency")] | any | not'
j '[.phases[].skipped_goals[]] == []'

# the next build: the same goals keep their ids, the reasons get urgencies
run --db old.db plan build --catalogue "$P/small.yaml" --inputs "$P/inputs.json" --start 2026-12-28
expect_rc 0
expect_out "goals: 3 from the phase templates, due at each phase's end (3 kept with their ids, 0 new)"
run --db old.db goal list --format json; expect_rc 0
j '[.goals[] | [.id, .parent, .metric]] == [[7, null, "dq.score"], [8, 7, "dq.duplicate_rate"],
	[9, null, "training.completion"]]'
run --db old.db plan show --format json; expect_rc 0
j '.initiatives[0].reasons[0].urgency == 5 and .initiatives[1].reasons[0].urgency == 2.6'
done_testing
