# Anonymity in adoption (issue 16 item 6): a department of fewer than the
# minimum group size (default 5) licensed users shows no figure in the
# adoption report (text, JSON, CSV), the workbook or the HTML report; its
# users count in "other", shown when other has at least N. Legal (2) and
# Ops (1) make an "other" of 3, which subtracting the shown groups from the
# organisation would give away: the next smallest (Sales, 5, before
# Service by name) joins it (complementary suppression, t0916).
. "$TESTS_DIR/cli/lib.sh"
{
	echo "Id,Name,Department,Role,License Start,Wave"
	for i in 1 2 3 4 5; do echo "s$i,Sales Person $i,Sales,Rep,2025-03-01,1"; done
	for i in 1 2 3 4 5; do echo "v$i,Service Person $i,Service,Agent,2025-03-01,1"; done
	echo "o1,Olga Only,Ops,Lead,2025-03-01,1"
	echo "l1,Lev One,Legal,Counsel,2025-03-01,1"
	echo "l2,Lia Two,Legal,Counsel,2025-03-01,1"
} >roster.csv
# Week of 2025-03-03: Sales 5/5 active, Service 2/5, Olga (Ops) active,
# Legal 0/2.
{
	echo '"Id","UserId","LoginTime","LoginType","SourceIp","Status","Application"'
	n=0
	for u in s1 s2 s3 s4 s5 v1 v2 o1; do
		n=$((n + 1)); echo "\"L$n\",\"$u\",\"2025-03-04T09:00:00Z\",\"Application\",\"10.0.0.1\",\"Success\",\"Browser\""
	done
} >login.csv
run roster import roster.csv; expect_rc 0
run adoption import login.csv; expect_rc 0
run adoption report --today 2025-03-20; expect_rc 0
expect_out 'in "other" (fewer than 5 licensed users, or so that "other" has at least 5): Legal, Ops, Sales'
grep -q "^Ops " out && fail "Ops has a row"
grep -q "^Sales " out && fail "Sales has a row"
grep -q "^other  *8  *6   75.0%" out || fail "other (8 users) shows its figure"
grep -q "^Service  *5  *2   40.0%" out || fail "Service row"
run adoption report --today 2025-03-20 --format json; expect_rc 0
/usr/bin/python3 - <<'PY' || fail "JSON"
import json
r = json.load(open("out"))
assert r["min_group"] == 5 and r["in_other"] == ["Legal", "Ops", "Sales"], r["in_other"]
names = [g["name"] for g in r["groups"]]
assert names == ["Service", None], names
other = r["groups"][-1]
assert other["scope"] == "other" and other["weeks"][-1]["active_users"] == 6, other
assert all(g["name"] not in ("Ops", "Legal") for g in r["least_adopting"]), r["least_adopting"]
PY
run adoption report --today 2025-03-20 --format csv; expect_rc 0
expect_no_out "department=Ops"
expect_out "other,2025-03-03,8,6,0.75,"
# --min-group 3: other (Ops 1 + Legal 2 = 3 users, 1 active) shows 33.3%;
# Ops and Legal still have no row of their own.
run adoption report --today 2025-03-20 --min-group 3 --format json; expect_rc 0
/usr/bin/python3 - <<'PY' || fail "--min-group 3"
import json
r = json.load(open("out"))
w = r["groups"][-1]["weeks"][-1]
assert w["licensed_users"] == 3 and w["active_users"] == 1 and abs(w["active_rate"] - 1 / 3) < 1e-9, w
PY
run adoption report --min-group 1; expect_rc 64
run --lang fa adoption report --today 2025-03-20; expect_rc 0
expect_out "در «سایر» (کمتر از ۵ کاربر مجوزدار، یا تا «سایر» دست‌کم ۵ کاربر داشته باشد): Legal، Ops، Sales"
# Workbook: the Adoption sheet's groups.
run export wb.xlsx; expect_rc 0
/usr/bin/python3 -W ignore - wb.xlsx <<'PY' || fail "workbook adoption groups"
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Adoption"]
cells = [[c.value for c in row] for row in ws.iter_rows()]
flat = [v for row in cells for v in row if isinstance(v, str)]
assert "Ops" not in flat and "Legal" not in flat, "a small department has a row"
assert "Sales" not in flat, "Sales would give other away"
assert "other" in flat and "Service" in flat, flat
PY
# HTML: the same.
run report r.html; expect_rc 0
/usr/bin/python3 - r.html <<'PY' || fail "HTML adoption groups"
import sys
h = open(sys.argv[1], encoding="utf-8").read()
a = h[h.index('id="adoption"'):]
a = a[:a.index("</section>")]
assert "<td>Ops</td>" not in a and "<td>Legal</td>" not in a, "a small department"
assert "<td>Sales</td>" not in a, "Sales would give other away"
assert "<td>other</td>" in a and "department=" not in a, "other, by name"
PY
done_testing
