# adoption core-actions: an engagement's own YAML (validated with positions,
# nothing changed on a bad file), every week recomputed; --default; a goal
# on adoption.core_active_rate; bad activity-log rows by row and column.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption-actions"
MAP=user=CreatedById,time=CreatedDate,object=Object,action=Action

run adoption core-actions --help; expect_rc 0; expect_out "--default"
# Showing them needs no workspace and makes none.
run adoption core-actions; expect_rc 0
expect_out "Task, Event, Activity  created, updated"
expect_out "No activity log imported yet"
expect_no_file crmready.db

run init --min-group 2; expect_rc 0
run roster import "$D/roster.csv"; expect_rc 0
run adoption import "$D/logins.csv"; expect_rc 0
run adoption import "$D/activity.csv" --map "$MAP"; expect_rc 0

# Bad rows: each by row and column, nothing written.
before=$(db_sum)
run adoption import "$D/activity-bad.csv" --map "$MAP"; expect_rc 65
expect_err "activity-bad.csv: row 2 (line 3), column 4 (Action): error: action '': empty (name what was done: an object or an action)"
expect_err "activity-bad.csv: row 3 (line 4), column 3 (Object): error: object '"
expect_err "': not valid UTF-8"
expect_err "activity-bad.csv: row 4 (line 5), column 2 (CreatedDate): error: time 'not a time'"
expect_err "3 bad rows; nothing was imported"
run adoption import "$D/activity.csv" --map user=CreatedById,time=CreatedDate,object=Obj; expect_rc 65
expect_err "activity.csv:1: error: --map object=Obj: no such column in the header; did you mean 'Object'?"
[ "$(db_sum)" = "$before" ] || fail "a bad log changed the workspace"

# A bad core-actions file: every error at FILE:LINE:COL, 65, nothing changed.
run adoption core-actions "$D/core-bad.yaml"; expect_rc 65
expect_err "core-bad.yaml:3:5: error: unknown key 'action' in core-actions[] (did you mean 'actions'?)"
expect_err "core-bad.yaml:4:5: error: unknown key 'objects' in core-actions[] (did you mean 'object'?)"
expect_err "core-bad.yaml:4:5: error: core-actions[] is missing the required key 'object'"
expect_err "core-bad.yaml:5:13: error: object: an empty list (name at least one)"
expect_err "core-bad.yaml:7:14: error: actions: 'created, updated' is one name; write a list: [created, updated]"
printf 'core-actions: {}\n' > map.yaml
run adoption core-actions map.yaml; expect_rc 65
expect_err "map.yaml:1:15: error:"
printf '' > empty.yaml
run adoption core-actions empty.yaml; expect_rc 65
expect_err "empty.yaml:1:1: error: the file is empty"
run adoption core-actions missing.yaml; expect_rc 66
run adoption core-actions "$D/core-custom.yaml" --default; expect_rc 64
[ "$(db_sum)" = "$before" ] || fail "a bad core-actions file changed the workspace"

# The engagement's own: accounts updated and anything created.
# W1: u2 Task created, u4 Account updated, u5 Contact created -> 3/6 = 0.5
#     (u1's Opportunity update is not core here)
# W2: u1 Opportunity created, u4 Case created, u5 Contact created, u6
#     Opportunity created -> 4/6 = 0.666...
run adoption core-actions "$D/core-custom.yaml"; expect_rc 0
expect_out "Core actions: set from $D/core-custom.yaml."
expect_out "Weekly figures recomputed for 2 weeks."
expect_out "Opportunity  updated  no"
expect_out "Account      updated  yes"
run adoption report --format csv --weeks 0; expect_rc 0
expect_out ",2026-11-02,6,2,0.333333333333333,1,false,3,0.5,"
expect_out ",2026-11-09,6,1,0.166666666666667,1,false,3,0.5,"
# (W2 has 3 here: the opportunity export is not imported in this test)
[ "$(sqlite3 crmready.db 'select file from adoption_core_actions')" = "$D/core-custom.yaml" ] ||
	fail "the file kept"
# A later import uses the engagement's file.
run adoption import "$D/opportunities.csv" --map user=CreatedById,time=CreatedDate \
	--object Opportunity --action created; expect_rc 0
run adoption report --format csv --weeks 0; expect_rc 0
expect_out ",2026-11-09,6,1,0.166666666666667,1,false,4,0.666666666666667,"

# A goal on the core-active rate, judged as any adoption goal.
run plan build --start 2026-10-05; expect_rc 0
run goal add --phase pilot --metric adoption.core_active_rate --op ">=" --target 0.6 --due 2026-11-16
expect_rc 0
run status --format json; expect_rc 0
jq -e '.goals[] | select(.metric == "adoption.core_active_rate") |
	.status == "achieved" and (.latest * 1e6 | round) == 666667 and .latest_date == "2026-11-09"' \
	out >/dev/null || fail "core goal: $(cat out)"
run adoption report --format csv; expect_rc 0
expect_out "adoption.core_active_rate,>=,0.6,2026-11-16"

# Back to the shipped default: W1 2/6, W2 3/6.
run adoption core-actions --default; expect_rc 0
expect_out "Core actions: back to the shipped default (adoption/core-actions.yaml)."
run adoption report --format csv --weeks 0; expect_rc 0
expect_out ",2026-11-02,6,2,0.333333333333333,1,false,2,0.333333333333333,"
expect_out ",2026-11-09,6,1,0.166666666666667,1,false,3,0.5,"
[ "$(sqlite3 crmready.db 'select count(*) from adoption_core_actions')" = 0 ] || fail "default kept"
done_testing
