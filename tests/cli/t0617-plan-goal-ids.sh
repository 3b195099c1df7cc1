# plan build again: a goal whose phase, metric, scope and parent are
# unchanged keeps its id and row, so its values, its status and your edits
# stay attached; your own goals (goal add) stay, under the same parents;
# goals the plan no longer makes are removed, and the build says which.
# tests/data/plan/small.yaml: phase one dq.score >= 0.7 (entity=Contact)
# with the sub-goal dq.duplicate_rate <= 0.05; phase two training.completion
# >= 0.9. From 2026-12-28: one ends 2027-01-10, two 2027-01-31.
. "$TESTS_DIR/cli/lib.sh"
P="$DATA/plan"
j() { jq -e "$1" out >/dev/null || fail "json: $1"; }
build() { run plan build --catalogue "$P/small.yaml" --inputs "$P/inputs.json" "$@"; expect_rc 0; }

build --start 2026-12-28
expect_out "goals: 3 from the phase templates, due at each phase's end"
run metric record training.completion 0.4 --date 2027-01-11; expect_rc 0
run metric record training.completion 0.6 --date 2027-01-18; expect_rc 0
run metric record dq.duplicate_rate 0.08 --date 2027-01-04 --scope entity=Contact; expect_rc 0
# your edit of a plan goal, your goal, your sub-goal under a plan goal
run goal set 1 --target 0.75; expect_rc 0
run goal add --phase two --metric roi.ratio --op ">=" --target 1 --due 2027-01-31; expect_rc 0
expect_out "added goal 4"
run goal add --phase two --metric satisfaction.csat --op ">=" --target 4 --due 2027-01-31 --parent 3
expect_rc 0; expect_out "added goal 5"
run goal list --format json; expect_rc 0; cp out goals1.json
run status --today 2027-01-20 --format json; expect_rc 0; cp out status1.json
jq -e '.goals[] | select(.id == 3) | .latest == 0.6 and .status == "too early"' status1.json >/dev/null \
	|| fail "goal 3 too early (two values) before the rebuild"

# ---- the same build again: every goal as it was, byte for byte
build --start 2026-12-28
expect_out "goals: 2 from the phase templates, due at each phase's end (2 kept with their ids, 0 new); 1 of yours stand in for template goals"
expect_no_out "removed"
expect_no_out "note:"
run goal list --format json; expect_rc 0
cmp -s out goals1.json || fail "goals changed by the same build: $(diff goals1.json out | head -20)"
run status --today 2027-01-20 --format json; expect_rc 0
cmp -s out status1.json || fail "status changed by the same build"

# ---- a week later: the plan's goals move to the new phase ends with their
# ids; your edited goal keeps its target and due date
build --start 2027-01-04
expect_out "(2 kept with their ids, 0 new)"
run goal list --format json; expect_rc 0
j '[.goals[].id] == [1, 2, 3, 5, 4]'
j '.goals[] | select(.id == 1) | .origin == "user" and .target == 0.75 and .due == "2027-01-10"'
j '.goals[] | select(.id == 2) | .origin == "plan" and .parent == 1 and .due == "2027-01-17"'
j '.goals[] | select(.id == 3) | .origin == "plan" and .target == 0.9 and .due == "2027-02-07"'
j '.goals[] | select(.id == 5) | .parent == 3 and .origin == "user"'
run status --today 2027-01-20 --format json; expect_rc 0
j '.goals[] | select(.id == 3) | .latest == 0.6 and .latest_date == "2027-01-18" and .due == "2027-02-07"'
j '.goals[] | select(.id == 2) | .latest == 0.08'

# ---- another catalogue: the small plan's goals go (listed), yours stay,
# your sub-goal of a removed goal becomes top-level
run plan build --start 2027-01-04; expect_rc 0
expect_out "goals: 30 from the phase templates, due at each phase's end"
expect_out "removed 2 goal(s) the plan no longer makes:"
expect_out "  [2] one: dq.duplicate_rate <= 0.05 (entity=Contact)"
expect_out "  [3] two: training.completion >= 0.9"
expect_out "note: 1 of your sub-goals lost their plan-made parent and are now top-level goals"
run goal list --format json; expect_rc 0
j '[.goals[] | select(.origin == "user") | .id] | sort == [1, 4, 5]'
j '.goals[] | select(.id == 5) | .parent == null'
j '[.goals[] | select(.id == 2 or .id == 3)] == []'
j '[.goals[] | select(.origin == "plan")] | length == 30'
# and back: the default plan's goals go, the small one's come back new
run goal list --format json; cp out default.json
build --start 2027-01-04
expect_out "goals: 2 from the phase templates, due at each phase's end; 1 of yours stand in for template goals"
expect_out "removed 30 goal(s) the plan no longer makes:"

# ---- a template given twice makes two goals, and both keep their ids
cat >twice.yaml <<'YAML'
id: twice
version: 1
title: Twice
initiatives:
  - {id: a, title: A, effort: 1, duration: 1, impact: 3, risk: 1, phase: one}
phases:
  - id: one
    title: One
    duration: 2
    capacity: 10
    goals:
      - {metric: roi.ratio, op: ">=", target: 1}
      - {metric: roi.ratio, op: ">=", target: 2}
YAML
run --db t.db plan build --catalogue twice.yaml --start 2027-01-04; expect_rc 0
expect_out "goals: 2 from the phase templates"
run --db t.db plan build --catalogue twice.yaml --start 2027-01-04; expect_rc 0
expect_out "goals: 2 from the phase templates, due at each phase's end (2 kept with their ids, 0 new)"
run --db t.db goal list --format json; expect_rc 0
j '[.goals[] | [.id, .target]] == [[1, 1], [2, 2]]'

# ---- a template the catalogue moves to another parent (same phase, metric
# and scope) is the same goal: it keeps its id and moves with the template
head -n 11 twice.yaml >moved1.yaml
cp moved1.yaml moved2.yaml
cat >>moved1.yaml <<'YAML'
      - {metric: roi.ratio, op: ">=", target: 1, sub_goals: [{metric: dq.score, op: ">=", target: 0.8}]}
      - {metric: satisfaction.csat, op: ">=", target: 4}
YAML
cat >>moved2.yaml <<'YAML'
      - {metric: roi.ratio, op: ">=", target: 1}
      - {metric: satisfaction.csat, op: ">=", target: 4, sub_goals: [{metric: dq.score, op: ">=", target: 0.8}]}
YAML
run --db m.db plan build --catalogue moved1.yaml --start 2027-01-04; expect_rc 0
run --db m.db goal list --format json; expect_rc 0
j '[.goals[] | [.id, .parent, .metric]] == [[1, null, "roi.ratio"], [2, 1, "dq.score"], [3, null, "satisfaction.csat"]]'
run --db m.db plan build --catalogue moved2.yaml --start 2027-01-04; expect_rc 0
expect_out "(3 kept with their ids, 0 new)"
expect_no_out "removed"
run --db m.db goal list --format json; expect_rc 0
j '[.goals[] | [.id, .parent, .metric]] == [[1, null, "roi.ratio"], [3, null, "satisfaction.csat"], [2, 3, "dq.score"]]'

# ---- a failed build changes no goal
sum=$(db_sum)
run plan build --catalogue "$P/too-large.yaml" --start 2027-01-04; expect_rc 65
[ "$(db_sum)" = "$sum" ] || fail "a failed build changed the workspace"
done_testing
