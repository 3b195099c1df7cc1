# Settled goals (issue 16 item 2): a goal past its due date is judged on the
# values dated on or before its due date and keeps that state whatever is
# recorded later; every output says the date it was judged at: the status
# table, JSON, the reports' CSV, the workbook and the HTML.
. "$TESTS_DIR/cli/lib.sh"
xdump() { /usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" "$1" >dump || fail "xlsx_dump failed on $1"; }
expect_dump() { grep -qF -- "$1" dump || fail "workbook lacks: $1"; }

run goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.9 --due 2027-01-31
expect_rc 0
run goal add --phase pilot --metric training.completion --op ">=" --target 0.8 --due 2027-12-31
expect_rc 0
rec() { run metric record "$@"; expect_rc 0; }
rec adoption.active_rate 0.3 --date 2026-11-30
rec adoption.active_rate 0.5 --date 2026-12-14
rec adoption.active_rate 0.7 --date 2027-01-11
rec adoption.active_rate 0.95 --date 2027-02-08   # after the due date
rec training.completion 0.5 --date 2026-12-01

# Two later days, the same state: missed, judged on 2027-01-31 on the 0.7
# of 2027-01-11 (the 0.95 came a week after the due date).
for t in 2027-03-01 2027-06-01; do
	run status --today $t; expect_rc 0
	grep -Eq "adoption.active_rate >= 0.9 +2027-01-31 +0.7 2027-01-11 .* missed \(settled on 2027-01-31\)$" out ||
		fail "status on $t: $(grep active_rate out)"
	run status --today $t --format json; expect_rc 0
	jq '[.goals[] | select(.metric == "adoption.active_rate")]' out >"goal-$t.json"
done
cmp -s goal-2027-03-01.json goal-2027-06-01.json || fail "the settled goal changed between two later days"
j() { jq -e "$1" goal-2027-06-01.json >/dev/null || fail "json: $1"; }
j '.[0] | .status == "missed" and .settled == true and .judged_at == "2027-01-31" and .latest == 0.7 and .latest_date == "2027-01-11"'
# A goal not yet due is judged on the day asked for.
run status --today 2027-06-01 --format json
jq -e '.goals[] | select(.metric == "training.completion") | .settled == false and .judged_at == "2027-06-01"' out \
	>/dev/null || fail "an open goal is judged today"
# On its due date a goal is not settled yet.
run status --today 2027-01-31 --format json
jq -e '.goals[] | select(.metric == "adoption.active_rate") | .settled == false and .judged_at == "2027-01-31"' out \
	>/dev/null || fail "on the due date"

# Persian: the settled date in Persian words.
run --lang fa status --today 2027-06-01; expect_rc 0
expect_out "محقق نشد (قطعی در 2027-01-31)"

# The adoption report: the same words in text, the judged_at column in CSV.
run adoption report --today 2027-06-01; expect_rc 0
expect_out "missed (settled on 2027-01-31)"
run adoption report --today 2027-06-01 --format csv; expect_rc 0
expect_out "projected,expected,status,judged_at,baseline"
expect_out ",pilot,adoption.active_rate,>=,0.9,2027-01-31,0.7,2027-01-11,"
grep -q ",missed,2027-01-31,0.3$" out || fail "CSV judged_at: $(tail -n 1 out)"

# The workbook: the Goals sheet and the Summary say when it was judged.
CRMREADY_TODAY=2027-06-01 run export wb.xlsx; expect_rc 0
xdump wb.xlsx
/usr/bin/python3 - dump <<'PY' || fail "Goals sheet: settled goal"
import sys
cells = {}
for line in open(sys.argv[1], encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if f[0] == "cell":
        cells[(f[1], f[2])] = f[4]
head = {cells[("Goals", c + "4")]: c for c in "ABCDEFGHIJKLM" if ("Goals", c + "4") in cells}
assert "Judged on" in head and "Baseline" in head, head
row = next(r for r in range(5, 20) if cells.get(("Goals", "C%d" % r)) == "adoption.active_rate")
assert cells[("Goals", "J%d" % row)] == "missed", cells[("Goals", "J%d" % row)]
assert cells[("Goals", head["Latest"] + str(row))] == "0.7"
assert cells[("Goals", head["Judged on"] + str(row))].startswith("2027-01-31"), cells[("Goals", head["Judged on"] + str(row))]
summ = {v: k[1] for k, v in cells.items() if k[0] == "Summary" and v == "Judged on"}
assert summ, "Summary lacks Judged on"
col = summ["Judged on"][0]
hrow = int(summ["Judged on"][1:])
dates = [cells.get(("Summary", "%s%d" % (col, r)), "") for r in range(hrow + 1, hrow + 4)]
assert any(d.startswith("2027-01-31") for d in dates), dates
PY

# The HTML report: the goal's row says the day and that it is settled.
CRMREADY_TODAY=2027-06-01 run report r.html; expect_rc 0
grep -q '<span class="status missed">missed</span></td><td class="nw">2027-01-31 (settled)</td>' r.html ||
	fail "HTML: settled goal"
grep -q '<td class="nw">2027-06-01</td>' r.html || fail "HTML: open goal judged today"
CRMREADY_TODAY=2027-06-01 run report fa.html --lang fa; expect_rc 0
# (2027-01-31 in the Solar Hijri calendar, Persian digits)
grep -q '۱۴۰۵/۱۱/۱۱<br> (قطعی)' fa.html || fail "HTML fa: settled goal"
done_testing
