# plan build|show: selection from a crafted assessment checked field by
# field, capacity pushing, dates, goals, the default catalogue, errors.
. "$TESTS_DIR/cli/lib.sh"
P="$DATA/plan"

run plan --help; expect_rc 0
run plan build --help; expect_rc 0; expect_out "--start"; expect_out "--catalogue"
run plan show --help; expect_rc 0; expect_out "--explain"
run plan show; expect_rc 65; expect_err "no plan"
expect_no_file crmready.db

# the default catalogue, no assessment: the whole catalogue, from next Monday
run plan build; expect_rc 0
expect_out "plan built from crm-default-plan (version 1)"
expect_out "2026-11-30 to"
expect_out "selected from: the whole catalogue"
run plan show; expect_rc 0
expect_out "1. foundation: Mobilise and prepare"
expect_out "capacity used"
expect_out "Gantt chart"
expect_out "executive-sponsorship"
run plan show --format json; expect_rc 0
jq -e '.start == "2026-11-30" and (.phases | length) == 5 and (.initiatives | length) >= 20' out >/dev/null || fail "default plan json"
# deterministic: the same build twice gives the same plan
# (the goals are left out here; t0617 checks they keep their ids)
jq 'del(.phases[].goals)' out > first.json
run plan build; expect_rc 0
run plan show --format json; jq 'del(.phases[].goals)' out > second.json
cmp -s first.json second.json || fail "plan differs between builds"

# the crafted assessment with the small catalogue
run plan build --catalogue "$P/small.yaml" --inputs "$P/inputs.json" --start 2026-12-28; expect_rc 0
expect_out "3 initiatives in 2 phases, 2026-12-28 to 2027-01-31"
expect_out "capacity pushed 1 initiative(s) to a later phase"
run plan show --format json; expect_rc 0
j() { jq -e "$1" out >/dev/null || fail "json: $1"; }
j '.catalogue == "small-plan" and .start == "2026-12-28" and .end == "2027-01-31"'
j '.phases[0].id == "one" and .phases[0].start == "2026-12-28" and .phases[0].end == "2027-01-10"'
j '.phases[0].used == 8 and .phases[0].capacity == 10'
j '.phases[1].start == "2027-01-11" and .phases[1].used == 9'
j '[.initiatives[].id] == ["sponsor", "cleanse", "pilot"]'
# sponsor: critical finding (urgency 5); 5 x 5 x (6-1) / sqrt(4) = 62.5
j '.initiatives[0].urgency == 5 and .initiatives[0].priority == 62.5'
j '.initiatives[0].reasons[0].kind == "finding" and .initiatives[0].reasons[0].ref == "no-executive-sponsor" and .initiatives[0].reasons[0].severity == "critical"'
j '.initiatives[0].reasons[1].kind == "dimension" and .initiatives[0].reasons[1].score == 30'
j '.initiatives[0].start == "2026-12-28" and .initiatives[0].end == "2027-01-03"'
# cleanse: pulled in by pilot; 3 x 2.6 x 4 / 2 = 15.6
j '.initiatives[1].reasons[0].kind == "dependency" and .initiatives[1].reasons[0].ref == "pilot"'
j '(.initiatives[1].priority - 15.6 | fabs) < 1e-9 and .initiatives[1].start == "2027-01-04"'
# pilot: capability gap 1.6 priority 4.8 -> urgency 2.6; pushed to phase two
j '.initiatives[2].phase == "two" and .initiatives[2].start == "2027-01-11" and .initiatives[2].end == "2027-01-24"'
j '.initiatives[2].reasons[0].kind == "capability" and .initiatives[2].reasons[0].gap == 1.6'
j '.initiatives[2].reasons[1].kind == "pushed" and .initiatives[2].reasons[1].ref == "one" and .initiatives[2].reasons[1].left == 2'
j '.initiatives[2].depends_on == ["cleanse"]'
j '.phases[0].goals[0].metric == "dq.score" and .phases[0].goals[0].due == "2027-01-10" and .phases[0].goals[1].parent == .phases[0].goals[0].id'
j '.phases[1].goals[0].metric == "training.completion" and .phases[1].goals[0].due == "2027-01-31"'
run plan show; expect_rc 0
expect_out "pushed past phase 'one' by capacity: 2 of 10 person-weeks left there"
expect_out "finding 'no-executive-sponsor' (critical)"
expect_out "needed by 'pilot'"
run plan show --explain; expect_rc 0
expect_out "priority = impact x urgency x (6 - risk) / sqrt(effort)"
expect_out "priority = 5 x 5.00 x (6 - 1) / sqrt(4.0) = 62.5"
run plan show --format csv; expect_rc 0
head -1 out | grep -qx 'order,initiative,title,phase,start,end,effort,duration,impact,risk,urgency,priority,depends_on,why,status,started,done,percent,forecast_start,forecast_end,late,late_days,delayed_by,cause,note,step,source' || fail "csv header"
[ "$(wc -l < out)" -eq 4 ] || fail "csv rows"

# user goals survive a rebuild; plan-made ones are replaced
run goal add --phase one --metric roi.ratio --op ">=" --target 1 --due 2027-01-10; expect_rc 0
run plan build --catalogue "$P/small.yaml" --inputs "$P/inputs.json" --start 2026-12-28; expect_rc 0
run goal list --format json
jq -e '[.goals[] | select(.origin == "user")] | length == 1' out >/dev/null || fail "user goal kept"
jq -e '[.goals[] | select(.origin == "plan")] | length == 3' out >/dev/null || fail "plan goals replaced"

# errors: nothing changes
sum=$(db_sum)
run plan build --catalogue "$P/cycle.yaml"; expect_rc 65; expect_err "dependency cycle: a -> c -> b -> a"
run plan build --catalogue "$P/too-large.yaml"; expect_rc 65; expect_err "more than any phase"
run plan build --catalogue nope; expect_rc 64; expect_err "unknown catalogue 'nope'"
run plan build --start 2026-02-30; expect_rc 64; expect_err "--start"
run plan build --inputs "$P/bad-inputs.json"; expect_rc 65
expect_err "bad-inputs.json: dimensions[0].score: found a string, expected a number"
expect_err "findings[0].severity: found 'urgent'"
run plan build --inputs "$P/broken.json"; expect_rc 65; expect_err "broken.json:2:"
run plan build --inputs missing.json; expect_rc 66
[ "$(db_sum)" = "$sum" ] || fail "workspace changed by a failed build"
# a plan build that does not fit: capacity exhausted at build time
cat > full.yaml <<'YAML'
id: full
version: 1
title: Full
initiatives:
  - {id: a, title: A, effort: 8, duration: 1, impact: 5, risk: 1, phase: one}
  - {id: b, title: B, effort: 8, duration: 1, impact: 4, risk: 1, phase: one}
phases:
  - {id: one, title: One, duration: 2, capacity: 10}
YAML
run plan build --catalogue full.yaml; expect_rc 65
expect_err "full.yaml:6:5: error: 'b' needs 8 person-weeks, but no phase from 'one' on has that much capacity left"
[ "$(db_sum)" = "$sum" ] || fail "workspace changed"
done_testing
