# plan build against the roster's names: a department in Persian matches
# byte for byte; a roster name with a terminal control character is offered
# as the close match without the character reaching the terminal (JSON keeps
# it, escaped); a wave of the roster matches whatever its case elsewhere.
. "$TESTS_DIR/cli/lib.sh"
j() { jq -e "$1" out >/dev/null || fail "json: $1"; }
printf 'id,department,wave\nu1,فروش,pilot\nu2,Marketin\033,pilot\nu3,Sales,\n' >roster.csv
cat >c.yaml <<'YAML'
id: c
version: 1
title: C
initiatives:
  - {id: a, title: A, effort: 1, duration: 1, impact: 3, risk: 1, phase: one}
phases:
  - id: one
    title: One
    duration: 2
    capacity: 10
    goals:
      - metric: adoption.active_rate
        op: ">="
        target: 0.5
        sub_goals:
          - {metric: adoption.active_rate, op: ">=", target: 0.6, scope: "department=فروش"}
          - {metric: adoption.active_rate, op: ">=", target: 0.6, scope: "department=Marketing"}
          - {metric: adoption.active_rate, op: ">=", target: 0.6, scope: "department=sales"}
          - {metric: adoption.active_rate, op: ">=", target: 0.6, scope: "wave=pilot"}
          - {metric: adoption.active_rate, op: ">=", target: 0.6, scope: "wave=Pilot"}
YAML
run roster import roster.csv; expect_rc 0
run plan build --catalogue c.yaml --start 2026-11-30; expect_rc 0
expect_out "goals: 3 from the phase templates, due at each phase's end"
expect_out "left out 3 goal template(s) for departments or waves the roster does not have:"
expect_out "  one: adoption.active_rate >= 0.6 (department=Marketing): the roster has no department 'Marketing' (did you mean 'Marketin'?); a sub-goal of goal 1"
expect_out "  one: adoption.active_rate >= 0.6 (department=sales): the roster has no department 'sales' (did you mean 'Sales'?); a sub-goal of goal 1"
expect_out "  one: adoption.active_rate >= 0.6 (wave=Pilot): the roster has no wave 'Pilot' (did you mean 'pilot'?); a sub-goal of goal 1"
grep -q "$(printf '\033')" out && fail "a control character reached the terminal"
run goal list --format json; expect_rc 0
j '[.goals[] | .scope] == ["", "department=فروش", "wave=pilot"]'
run plan show; expect_rc 0
expect_out "     adoption.active_rate >= 0.6 (department=Marketing): the roster has no department 'Marketing' (did you mean 'Marketin'?); a sub-goal of goal 1"
grep -q "$(printf '\033')" out && fail "a control character reached the terminal (plan show)"
run plan show --format json; expect_rc 0
j '.phases[0].skipped_goals | map(.close) == ["Marketin\u001b", "Sales", "pilot"]'
done_testing
