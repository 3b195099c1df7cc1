# Baselines and slips over a rollout's months (issue 20): build, save a
# baseline, record what was done, compare (every slip with its reason),
# rebuild with less capacity, compare again; bad input changes nothing.
#
# The plan (tests/data/plan/rollout-v1.yaml, built on 2026-01-02 to start
# Monday 2026-01-05): p1 2026-01-05..02-01 and p2 02-02..03-01 (4 weeks
# each); sponsor 01-05..01-18, vision (after sponsor) 01-19..02-01, cleanse
# 01-05..01-18, legacy 02-02..02-08, pilot (after vision) 02-02..02-22.
. "$TESTS_DIR/cli/lib.sh"
V1="$DATA/plan/rollout-v1.yaml"
V2="$DATA/plan/rollout-v2.yaml"
slip_row() { grep "^v1,$1,$2," out || echo "no row $1 $2"; }

export CRMREADY_TODAY=2026-01-02
run plan build --start 2026-01-05 --catalogue "$V1"
expect_rc 0 "plan build"

# --vs before any baseline: a clear error, nothing written
sum=$(db_sum)
run plan show --vs v1
expect_rc 65 "--vs without baselines"
expect_err "there are no baselines yet; save one with 'crmready plan baseline save NAME'"
run plan baseline show v1
expect_rc 65
[ "$(db_sum)" = "$sum" ] || fail "a failed --vs changed the workspace"

run plan baseline save v1 --by alice --note "steering committee"
expect_rc 0 "baseline save"
expect_out "Saved baseline v1 of the plan on 2026-01-02."
# 2 phases, 5 initiatives, 2 goals kept with their dates
[ "$(sqlite3 crmready.db "SELECT kind || ':' || count(*) FROM plan_baseline_rows GROUP BY kind ORDER BY kind" | tr '\n' ' ')" = "goal:2 item:5 phase:2 " ] ||
	fail "baseline rows: $(sqlite3 crmready.db 'SELECT kind, ref, start, end FROM plan_baseline_rows')"
[ "$(sqlite3 crmready.db "SELECT start || ' ' || end FROM plan_baseline_rows WHERE ref = 'vision'")" = "2026-01-19 2026-02-01" ] ||
	fail "vision's baseline dates"
[ "$(sqlite3 crmready.db "SELECT end || ' ' || op || ' ' || target FROM plan_baseline_rows WHERE kind = 'goal' AND phase = 'p1'")" = "2026-02-01 >= 20.0" ] ||
	fail "p1's goal in the baseline: $(sqlite3 crmready.db "SELECT * FROM plan_baseline_rows WHERE kind = 'goal'")"
[ "$(sqlite3 crmready.db "SELECT who || '|' || kind || '|' || ref || '|' || coalesce(old, 'NULL') || '|' || new || '|' || note FROM history WHERE kind = 'baseline'")" = "alice|baseline|v1|NULL|2026-01-02|steering committee" ] ||
	fail "history of the baseline: $(sqlite3 crmready.db 'SELECT * FROM history')"

# the same name again: refused unless --replace; bad names; unknown names
sum=$(db_sum)
run plan baseline save v1
expect_rc 65 "save over v1"
expect_err "baseline 'v1' exists (saved on 2026-01-02); give --replace to save over it, or another name"
run plan baseline save "v 1"
expect_rc 64 "a name with a space"
expect_err "baseline name 'v 1': expected 1 to 64 letters, digits"
run plan baseline remove v2
expect_rc 65 "remove an unknown baseline"
expect_err "there is no baseline 'v2' (did you mean 'v1'?)"
run plan show --vs v1x
expect_rc 65
expect_err "there is no baseline 'v1x' (did you mean 'v1'?)"
[ "$(db_sum)" = "$sum" ] || fail "refused commands changed the workspace"

run plan baseline list --format csv
expect_rc 0
expect_out "v1,2026-01-02,alice,steering committee,2026-01-05,2026-01-02,2,5,2"

# Three weeks on: the sponsor ended a week late (planned end 01-18).
export CRMREADY_TODAY=2026-01-26
run plan update sponsor --started 2026-01-05 --done 2026-01-25
expect_rc 0 "plan update"
run plan show --vs v1 --format csv
expect_rc 0 "--vs csv"
# sponsor: end 01-25 - 01-18 = +7 days, the actual date the reason
expect_out 'v1,initiative,sponsor,p1,yes,yes,2026-01-05,2026-01-18,2026-01-05,2026-01-25,actual,actual,0,7,0,1,actual,,"ended 2026-01-25, 1 week after its baseline end"'
# vision waits for the sponsor: starts the day after its end, 01-26 (+7),
# runs its 14 days to 02-08 (+7)
expect_out 'v1,initiative,vision,p1,yes,yes,2026-01-19,2026-02-01,2026-01-26,2026-02-08,forecast,forecast,7,7,1,1,dependency,sponsor,"after sponsor, which ended 1 week late"'
# pilot waits for vision: 02-09 (+7) .. 03-01 (+7, 21 days)
expect_out 'v1,initiative,pilot,p2,yes,yes,2026-02-02,2026-02-22,2026-02-09,2026-03-01,forecast,forecast,7,7,1,1,dependency,vision,"after vision, which ends 1 week late"'
# cleanse has not started: today 01-26 - 01-05 = +21 days
expect_out 'v1,initiative,cleanse,p1,yes,yes,2026-01-05,2026-01-18,2026-01-26,2026-02-08,forecast,forecast,21,21,3,3,not-started,,"not started by 2026-01-26, past its planned start"'
expect_out 'v1,initiative,legacy,p2,yes,yes,2026-02-02,2026-02-08,2026-02-02,2026-02-08,planned,planned,0,0,0,0,none,,'
# p1 stretches to its latest initiative's end, 02-08 (vision and cleanse): +7
expect_out 'v1,phase,p1,p1,yes,yes,2026-01-05,2026-02-01,2026-01-05,2026-02-08,planned,forecast,0,7,0,1,initiative,vision,its initiative vision ends 1 week late'
expect_out 'v1,phase,p2,p2,yes,yes,2026-02-02,2026-03-01,2026-02-02,2026-03-01,planned,planned,0,0,0,0,none,,'

run plan show --vs v1
expect_rc 0 "--vs text"
expect_out "5 phases or initiatives moved, were added or were dropped; * marks an actual date"
expect_out "2026-01-05* - 2026-01-25*"
expect_out "  vision: after sponsor, which ended 1 week late"
expect_out "  cleanse: not started by 2026-01-26, past its planned start"
expect_out "+21 d (+3.0 wk)"
# the latest baseline by default: plan baseline show is the same comparison
run plan baseline show v1 --format json
expect_rc 0
python3 - <<'PY' || fail "JSON of the comparison"
import json
d = json.load(open("out"))
assert d["baseline"]["name"] == "v1" and d["baseline"]["by"] == "alice"
it = {x["id"]: x for x in d["initiatives"]}
v = it["vision"]
assert (v["start_slip_days"], v["end_slip_days"], v["start_slip_weeks"]) == (7, 7, 1.0), v
assert v["reason"] == "dependency" and v["reason_ref"] == "sponsor", v
assert it["cleanse"]["end_slip_weeks"] == 3.0
ph = {x["id"]: x for x in d["phases"]}
assert ph["p1"]["end"] == "2026-02-08" and ph["p1"]["reason"] == "initiative"
PY

# The plan is rebuilt with less room in p1 (6 person-weeks): sponsor and
# vision leave 1, so cleanse (3) goes to p2: 02-02..02-15, +28 days against
# its baseline 01-05..01-18. legacy is dropped, training added. The actual
# dates are kept; the baseline still compares.
run plan build --start 2026-01-05 --catalogue "$V2"
expect_rc 0 "rebuild"
[ "$(sqlite3 crmready.db "SELECT count(*) FROM plan_baseline_rows WHERE baseline = 'v1'")" = 9 ] ||
	fail "the rebuild touched the baseline"
run plan show --vs v1 --format csv
expect_rc 0
expect_out "v1,initiative,cleanse,p2,yes,yes,2026-01-05,2026-01-18,2026-02-02,2026-02-15,planned,planned,28,28,4,4,capacity,p1,pushed past phase 'p1' by capacity: 1 of 6 person-weeks left there"
expect_out "v1,initiative,training,p2,no,yes,,,2026-02-02,2026-02-08,planned,planned,,,,,added,,added to the plan since the baseline (rebuilt on 2026-01-26)"
expect_out "v1,initiative,legacy,p2,yes,no,2026-02-02,2026-02-08,,,,,,,,,dropped,,dropped from the plan since the baseline (rebuilt on 2026-01-26)"
expect_out 'v1,initiative,sponsor,p1,yes,yes,2026-01-05,2026-01-18,2026-01-05,2026-01-25,actual,actual,0,7,0,1,actual,,"ended 2026-01-25, 1 week after its baseline end"'
run plan show --vs v1
expect_out "  cleanse: pushed past phase 'p1' by capacity: 1 of 6 person-weeks left there"

# The workbook's Baseline sheet and the HTML report: the same figures
run export wb.xlsx
expect_rc 0 "export"
/usr/bin/python3 -W ignore - wb.xlsx <<'PY' || fail "Baseline sheet"
import sys, openpyxl, datetime
ws = openpyxl.load_workbook(sys.argv[1])["Baseline"]
rows = {r[1]: r for r in ws.iter_rows(min_row=5, values_only=True) if r[0] in ("phase", "initiative")}
d = datetime.datetime
c = rows["cleanse"]
assert c[2:10] == ("p2", d(2026, 1, 5), d(2026, 1, 18), d(2026, 2, 2), d(2026, 2, 15), 28, 28, 4), c
assert c[10] == "pushed past phase 'p1' by capacity: 1 of 6 person-weeks left there", c
v = rows["vision"]
assert v[7:11] == (7, 7, 1, "after sponsor, which ended 1 week late"), v
assert rows["legacy"][5] is None and rows["legacy"][10].startswith("dropped from the plan"), rows["legacy"]
assert rows["p1"][8] == 7 and rows["p1"][10] == "its initiative vision ends 1 week late", rows["p1"]
PY
run report r.html
expect_rc 0 "report"
grep -q '<td>cleanse</td><td class="nw">2026-01-18</td><td class="nw">2026-02-15</td><td class="n nw">+28 d (+4.0 wk)</td><td class="n nw">+28 d (+4.0 wk)</td><td>pushed past phase &#39;p1&#39; by capacity: 1 of 6 person-weeks left there</td>' r.html ||
	fail "the HTML's cleanse row: $(grep cleanse r.html)"
run --lang fa report rfa.html
expect_rc 0
grep -q 'برنامه در برابر خط مبنا، و بازبینی فازها' rfa.html || fail "the Persian HTML's baseline section"

# In Persian and Arabic: the dates in their calendar, the reasons translated
run --lang fa plan show --vs v1
expect_rc 0
expect_out "خط مبنای v1"
expect_out "به سبب ظرفیت از فاز 'p1' فراتر رانده شد"
run --lang ar plan show --vs v1
expect_rc 0
expect_out "بعد sponsor، التي انتهت متأخرة أسبوع واحد"

# A new baseline keeps the dates as they stand on its day (02-02): the
# sponsor's actual 01-05..01-25, vision not started so 02-02..02-15 (14
# days), pilot after it 02-16..03-08, p1 stretched to 02-15. Compared the
# same day, nothing moved.
export CRMREADY_TODAY=2026-02-02
run plan baseline save rebuilt
expect_rc 0
[ "$(sqlite3 crmready.db "SELECT ref || ' ' || start || ' ' || end FROM plan_baseline_rows WHERE baseline = 'rebuilt' AND ref IN ('sponsor', 'vision', 'pilot', 'p1') ORDER BY ref" | tr '\n' ' ')" = "p1 2026-01-05 2026-02-15 pilot 2026-02-16 2026-03-08 sponsor 2026-01-05 2026-01-25 vision 2026-02-02 2026-02-15 " ] ||
	fail "the new baseline's dates: $(sqlite3 crmready.db "SELECT ref, start, end FROM plan_baseline_rows WHERE baseline = 'rebuilt'")"
run plan show --vs rebuilt --format csv
[ "$(grep -c ',none,,$' out)" = 7 ] || fail "against a baseline of today, 7 rows without a slip"
run plan baseline save v1 --replace --by bob
expect_rc 0 "--replace"
[ "$(sqlite3 crmready.db "SELECT who || ' ' || old || ' ' || new FROM history WHERE kind = 'baseline' AND who = 'bob'")" = "bob 2026-01-02 2026-02-02" ] ||
	fail "history of the replaced baseline"
run plan baseline remove rebuilt --by bob
expect_rc 0
expect_out "Removed baseline rebuilt."
[ "$(sqlite3 crmready.db "SELECT count(*) FROM plan_baseline_rows WHERE baseline = 'rebuilt'")" = 0 ] ||
	fail "the removed baseline's rows stayed"
run plan baseline list --format json
python3 -c 'import json; d = json.load(open("out")); assert [b["name"] for b in d["baselines"]] == ["v1"], d' ||
	fail "list after remove"
done_testing
