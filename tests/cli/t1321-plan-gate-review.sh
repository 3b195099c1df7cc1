# Phase reviews and gate decisions (issue 20): goals rolled up per phase
# with a verdict, gate decisions recorded (the latest in force, all kept,
# each in the history), shown by plan review and status; bad input changes
# nothing.
#
# tests/data/plan/rollout-v1.yaml built on 2026-01-02 from Monday
# 2026-01-05: p1 2026-01-05..02-01 with the goal adoption.licensed_users
# >= 20 (due 02-01), p2 02-02..03-01 with adoption.active_rate >= 0.7 (due
# 03-01).
. "$TESTS_DIR/cli/lib.sh"
export CRMREADY_TODAY=2026-01-02
run plan build --start 2026-01-05 --catalogue "$DATA/plan/rollout-v1.yaml"
expect_rc 0

# p1: 25 licensed users on 01-26 meets >= 20: achieved, so "met".
# p2: active rate 0.30, 0.32, 0.34 a week apart (3 values over 3 ISO
# weeks): the least-squares line rises 0.02 a week, 0.34 + 0.02 * 5 = 0.44
# at the due date 03-01, short of 0.7: at risk, so "at-risk".
export CRMREADY_TODAY=2026-01-26
run metric record adoption.licensed_users 25 --date 2026-01-26
run metric record adoption.active_rate 0.30 --date 2026-01-12
run metric record adoption.active_rate 0.32 --date 2026-01-19
run metric record adoption.active_rate 0.34 --date 2026-01-26
expect_rc 0 "metric record"

run plan review --format csv
expect_rc 0 "review csv"
expect_out "phase,goals,achieved,on_track,at_risk,missed,too_early,no_data,verdict,gate,gate_on,gate_by,gate_note,gate_decisions"
expect_out "p1,1,1,0,0,0,0,0,met,,,,,0"
expect_out "p2,1,0,0,1,0,0,0,at-risk,,,,,0"

# bad input: unknown phase (close match), bad word, a date before the plan
# or after today, a bad --by: exit codes and nothing written
sum=$(db_sum)
run plan gate p3 --decision go
expect_rc 65 "unknown phase"
expect_err "the plan has no phase 'p3'"
run plan gate P1 --decision go
expect_rc 65
expect_err "the plan has no phase 'P1' (did you mean 'p1'?)"
run plan gate p1 --decision maybe
expect_rc 64 "bad decision"
expect_err "--decision: 'maybe' is not a decision; expected go, go-with-conditions or hold"
run plan gate p1
expect_rc 64 "no decision"
expect_err "--decision is required"
run plan gate p1 --decision go --on 2026-01-04
expect_rc 65 "before the plan"
expect_err "--on: 2026-01-04 is before the plan's start, 2026-01-05"
run plan gate p1 --decision go --on 2026-01-27
expect_rc 65 "after today"
expect_err "--on: 2026-01-27 is after today, 2026-01-26"
run plan gate p1 --decision go --on 2026-02-30
expect_rc 64 "no such day"
run plan gate p1 --decision go --by ""
expect_rc 64 "blank --by"
[ "$(db_sum)" = "$sum" ] || fail "refused gate decisions changed the workspace"

# hold first, then go with conditions: the latest is in force, both kept
run plan gate p1 --decision hold --on 2026-01-23 --by carol --note "sponsor late"
expect_rc 0
expect_out "Gate of phase p1: hold on 2026-01-23."
run plan gate p1 --decision go-with-conditions --by carol --note "vision by 02-08"
expect_rc 0
expect_out "Gate of phase p1: go with conditions on 2026-01-26."
[ "$(sqlite3 crmready.db "SELECT who || '|' || kind || '|' || ref || '|' || field || '|' || coalesce(old, 'NULL') || '|' || new || '|' || note FROM history WHERE kind = 'phase' ORDER BY id" | tr '\n' ' ')" = "carol|phase|p1|gate|NULL|hold|sponsor late carol|phase|p1|gate|hold|go-with-conditions|vision by 02-08 " ] ||
	fail "history: $(sqlite3 crmready.db 'SELECT * FROM history')"

run plan review --format csv
expect_out "p1,1,1,0,0,0,0,0,met,go-with-conditions,2026-01-26,carol,vision by 02-08,2"
run plan review --history
expect_rc 0
expect_out "1. p1: met"
expect_out "1 goal: 1 achieved, 0 on track, 0 at risk, 0 missed, 0 too early, 0 no data"
expect_out "   gate: hold on 2026-01-23 by carol: sponsor late"
expect_out "   gate: go with conditions on 2026-01-26 by carol: vision by 02-08"
expect_out "2. p2: at-risk"
expect_out "   gate: no decision yet"
run plan review
expect_no_out "sponsor late"
run plan review --format json
python3 - <<'PY' || fail "review JSON"
import json
d = json.load(open("out"))
p1, p2 = d["phases"]
assert p1["verdict"] == "met" and p1["states"]["achieved"] == 1
assert p1["gate"] == {"decision": "go-with-conditions", "on": "2026-01-26", "by": "carol", "note": "vision by 02-08"}
assert [g["decision"] for g in p1["gates"]] == ["hold", "go-with-conditions"]
assert p2["verdict"] == "at-risk" and p2["gate"] is None
PY

# status shows the verdicts and the gate in force
run status
expect_rc 0
expect_out "  1. p1: met (1 goal); gate: go with conditions on 2026-01-26"
expect_out "  2. p2: at-risk (1 goal)"
run status --format json
python3 -c 'import json; d = json.load(open("out")); assert d["phases"][0]["gate"]["decision"] == "go-with-conditions"' ||
	fail "status JSON"

# the workbook and the HTML report show the reviews
run export wb.xlsx
/usr/bin/python3 -W ignore - wb.xlsx <<'PY' || fail "phase reviews in the workbook"
import sys, openpyxl, datetime
ws = openpyxl.load_workbook(sys.argv[1])["Baseline"]
rows = {r[0]: r for r in ws.iter_rows(values_only=True) if r[0] in ("p1", "p2")}
assert rows["p1"][:13] == ("p1", 1, 1, 0, 0, 0, 0, 0, "met", "go with conditions",
                           datetime.datetime(2026, 1, 26), "carol", "vision by 02-08"), rows["p1"]
assert rows["p2"][:10] == ("p2", 1, 0, 0, 1, 0, 0, 0, "at-risk", "no decision yet"), rows["p2"]
PY
run report r.html
grep -q '<tr><td>p1</td><td>1 goal: 1 achieved, 0 on track, 0 at risk, 0 missed, 0 too early, 0 no data</td><td>met</td><td>go with conditions <span class="meta">2026-01-26 · carol · vision by 02-08</span></td></tr>' r.html ||
	fail "the HTML's p1 review: $(grep '<td>p1</td>' r.html)"

# a rebuild keeps the gate decisions (they are kept by phase id)
run plan build --start 2026-01-05 --catalogue "$DATA/plan/rollout-v1.yaml"
run plan review --format csv
expect_out "p1,1,1,0,0,0,0,0,met,go-with-conditions,2026-01-26,carol,vision by 02-08,2"

# Persian and Arabic
run --lang fa plan review
expect_rc 0
expect_out "ادامه با شرط"
run --lang ar plan review
expect_rc 0
expect_out "انطلاق بشروط"
done_testing
