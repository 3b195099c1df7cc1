# plan build: phase goal templates for a department or wave the roster does
# not have are not made, and the plan says which were left out (build
# output, plan show text and JSON). crm-default-plan's department and wave
# templates: foundation licensed_users (wave=pilot); pilot active_rate
# (wave=pilot) with 2 sub-goals, both wave=pilot; wave-1 sub-goals Sales and
# wave=1; scale-out sub-goals Sales, Service and Marketing: 9 in all.
. "$TESTS_DIR/cli/lib.sh"
j() { jq -e "$1" out >/dev/null || fail "json: $1"; }
printf 'id,department,wave\nu1,Sales,pilot\nu2,Service,pilot\nu3,Sales,1\n' >roster.csv

# ---- no roster yet: nothing to check, every template is made, and it says so
run plan build --start 2026-11-30; expect_rc 0
expect_out "goals: 30 from the phase templates, due at each phase's end"
expect_out "note: no roster yet, so 9 goal(s) for departments and waves were made unchecked; after 'crmready roster import', 'plan build' again leaves out those the roster does not have"
expect_no_out "left out"
run goal list --format json; expect_rc 0
j '[.goals[] | select(.scope == "department=Marketing")] | length == 1'
marketing=$(jq '.goals[] | select(.scope == "department=Marketing") | .id' out)
scale_out=$(jq '.goals[] | select(.phase == "scale-out" and .metric == "adoption.active_rate" and .scope == "") | .id' out)

# ---- a roster without Marketing: the Marketing goal is removed (it was the
# plan's), the template is reported as left out, every other goal stays
run roster import roster.csv; expect_rc 0
run plan build --start 2026-11-30; expect_rc 0
expect_out "goals: 29 from the phase templates, due at each phase's end (29 kept with their ids, 0 new)"
expect_out "left out 1 goal template(s) for departments or waves the roster does not have:"
expect_out "  scale-out: adoption.active_rate >= 0.75 (department=Marketing): the roster has no department 'Marketing'; a sub-goal of goal $scale_out"
expect_out "removed 1 goal(s) the plan no longer makes:"
expect_out "  [$marketing] scale-out: adoption.active_rate >= 0.75 (department=Marketing)"
expect_no_out "no roster yet"
run goal list --format json; expect_rc 0
j '[.goals[] | select(.scope == "department=Marketing")] == []'
j '(.goals | length) == 29'
run plan show; expect_rc 0
expect_out "   goal templates left out:"
expect_out "     adoption.active_rate >= 0.75 (department=Marketing): the roster has no department 'Marketing'; a sub-goal of goal $scale_out"
run plan show --format json; expect_rc 0
j '.phases[] | select(.id == "scale-out") | .skipped_goals == [{"metric": "adoption.active_rate",
	"scope": "department=Marketing", "op": ">=", "target": 0.75, "parent": '"$scale_out"',
	"sub_goals": 0, "close": null, "reason": "the roster has no department '"'"'Marketing'"'"'"}]'
j '[.phases[] | select(.id != "scale-out") | .skipped_goals[]] == []'
# the same build again: nothing more removed, the template still left out
run plan build --start 2026-11-30; expect_rc 0
expect_out "(29 kept with their ids, 0 new)"
expect_out "  scale-out: adoption.active_rate >= 0.75 (department=Marketing)"
expect_no_out "removed"

# ---- a fresh workspace whose roster has no waves, and a department that
# differs only in case: the wave=pilot templates are never made (the pilot
# goal with its 2 sub-goals), and the close name is offered
printf 'id,department\nu1,Sales\nu2,Service\nu3,marketing\n' >nowaves.csv
run --db w.db roster import nowaves.csv; expect_rc 0
run --db w.db plan build --start 2026-11-30; expect_rc 0
expect_out "goals: 24 from the phase templates, due at each phase's end"
expect_out "left out 4 goal template(s) for departments or waves the roster does not have:"
expect_out "  foundation: adoption.licensed_users >= 20 (wave=pilot): the roster has no wave 'pilot'"
expect_out "  pilot: adoption.active_rate >= 0.8 (wave=pilot): the roster has no wave 'pilot'; its 2 sub-goals left out with it"
expect_out ": the roster has no wave '1'"
expect_out "(department=Marketing): the roster has no department 'Marketing' (did you mean 'marketing'?)"
expect_no_out "removed"
run --db w.db goal list --format json; expect_rc 0
j '[.goals[] | select(.scope | startswith("wave=") or . == "department=Marketing")] == []'
j '(.goals | length) == 24'
run --db w.db plan show --format json; expect_rc 0
j '.phases[] | select(.id == "pilot") | .skipped_goals[0] | .sub_goals == 2 and .parent == null'
j '.phases[] | select(.id == "scale-out") | .skipped_goals[0].close == "marketing"'

# ---- a damaged roster: the build fails, the workspace is left as it was
cp crmready.db broken.db
sqlite3 broken.db "ALTER TABLE adoption_roster RENAME TO gone"
sum=$(db_sum broken.db)
run --db broken.db plan build --start 2026-12-07; expect_rc 74
expect_err "broken.db: preparing a statement: no such table: adoption_roster"
expect_empty_out
[ "$(db_sum broken.db)" = "$sum" ] || fail "a damaged roster: workspace changed"
done_testing
