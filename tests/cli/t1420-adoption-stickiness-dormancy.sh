# Stickiness (WAU/MAU), dormant and never-logged-in licences and their cost,
# against hand-computed figures, in text, JSON, CSV, the workbook and the
# HTML (docs/adoption.md: Stickiness, Licences nobody uses).
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption-usage"
export CRMREADY_TODAY=2026-03-10

run init --min-group 2; expect_rc 0
run roster import "$D/roster.csv"; expect_rc 0
run adoption import "$D/login.csv" --map user=user,time=time; expect_rc 0

# Hand computation. Weeks (Mondays) 02-02, 02-09, 02-16, 02-23, 03-02; the
# log reaches 2026-03-08 23:59:59 (a4's last login): every week complete,
# as of 2026-03-08. a6's licence ends 02-20: licensed in the weeks of 02-02
# .. 02-16 only, never counted on 03-08. a5 (licensed 02-02) never logs in.
# MAU of a week: licensed users with a login in the 28 days to its Sunday.
#   02-23 (28 days 02-02 .. 03-01): WAU a1 (02-25), a4 (02-26) = 2;
#         MAU a1, a2 (02-10), a3 (02-05), a4 = 4 (a6 no longer licensed): 0.5
#   03-02 (02-09 .. 03-08): WAU a1 (03-03), a4 (03-08) = 2;
#         MAU a1, a2 (02-10), a4 = 3 (a3's 02-05 is out): 2/3
#   Sales 03-02 (a1, a2, a5): WAU 1, MAU 2: 0.5; Service (a3, a4): 1/1.
run adoption report --format csv --table stickiness --weeks 0; expect_rc 0
expect_out "scope,week,weekly_active_users,monthly_active_users,stickiness,in_progress"
expect_out ",2026-02-23,2,4,0.5,false"
expect_out ",2026-03-02,2,3,0.666666666666667,false"
expect_out "department=Sales,2026-03-02,1,2,0.5,false"
expect_out "department=Service,2026-03-02,1,1,1,false"
# The metric goals and rules read, in the store.
[ "$(sqlite3 crmready.db "SELECT value FROM metrics WHERE name='adoption.stickiness' AND scope='' AND date='2026-02-23'" 2>/dev/null)" = "0.5" ] ||
	fail "adoption.stickiness not stored for 2026-02-23"
run metric list --name adoption.stickiness; expect_rc 0; expect_out "adoption.stickiness"

# Dormancy as of 03-08: a1 (03-03) and a4 (03-08) active; a2 last 02-10 =
# 26 days, a3 last 02-05 = 31 days; a5 never (licensed 02-02: 34 days).
# 30 days: dormant a3; 14 days: a3 and a2. Licensed 5 (a6 ended).
run adoption report --format csv --table dormant; expect_rc 0
expect_out "user,name,department,wave,role,last_seen,licensed_since,days"
expect_out "a3,Cyrus Karimi,Service,2,Agent,2026-02-05,2026-01-01,31"
expect_no_out "a2,"
expect_no_out "a6"
run adoption report --format csv --table dormant --dormant-days 14; expect_rc 0
expect_out "a3,Cyrus Karimi,Service,2,Agent,2026-02-05,2026-01-01,31"
expect_out "a2,Bob Berg,Sales,1,Rep,2026-02-10,2026-01-01,26"
run adoption report --format csv --table never; expect_rc 0
expect_out "a5,Eve Larsen,Sales,2,Manager,,2026-02-02,34"
expect_no_out "a6"
# Cost: 45 a month each; 30 days: 2 unused (a3, a5) = 90 a month, 1080 a
# year; 540/year is the same 45 a month. Sales: a5 = 45; Role Manager has
# 1 licensed user (< 2): no count.
run adoption report --format csv --table licences --licence-cost 540/year --currency eur; expect_rc 0
expect_out "scope,as_of,dormant_days,licensed_users,dormant_users,never_logged_in,unused_licences,waste_per_month,waste_per_year,currency"
expect_out ",2026-03-08,30,5,1,1,2,90,1080,EUR"
expect_out "department=Sales,2026-03-08,30,3,0,1,1,45,540,EUR"
expect_out "role=Manager,2026-03-08,30,,,,,,,EUR"

# Text.
run adoption report --licence-cost 45 --currency EUR --weeks 0; expect_rc 0
expect_out "Stickiness: weekly active users / users active in the 28 days"
expect_out "2026-03-02              2               3       66.7%"
expect_out "Licences as of 2026-03-08 (the last day the logs reach): 5 licensed users, 1 dormant (no login in the last 30 days), 1 never logged in: 2 unused (40.0%)."
expect_out "Unused licences cost 90.00 EUR a month, 1080.00 EUR a year (45.00 EUR per licence a month)."
expect_out "a3    Cyrus Karimi  Service     2     Agent  2026-02-05  2026-01-01        31"

# JSON.
run adoption report --format json --licence-cost 45 --dormant-days 14; expect_rc 0
/usr/bin/python3 - out <<'PY' || fail "JSON figures"
import json, sys
j = json.load(open(sys.argv[1]))
w = {x["week"]: x for x in j["weeks"]}
assert w["2026-02-23"]["stickiness"] == 0.5 and w["2026-02-23"]["monthly_active_users"] == 4, w
assert abs(w["2026-03-02"]["stickiness"] - 2 / 3) < 1e-12, w
l = j["licences"]
assert l["as_of"] == "2026-03-08" and l["dormant_days"] == 14, l
org = l["scopes"][0]
assert org["scope"] == "" and org["licensed_users"] == 5 and org["dormant_users"] == 2, org
assert org["never_logged_in"] == 1 and org["waste_per_month"] == 135 and org["waste_per_year"] == 1620, org
assert [p["user"] for p in l["dormant"]] == ["a3", "a2"], l["dormant"]
assert l["never_logged_in"][0]["user"] == "a5" and l["never_logged_in"][0]["last_seen"] is None
assert l["currency"] is None
PY

# Status: one line.
run status --licence-cost 45 --currency EUR; expect_rc 0
expect_out "Licences: 2 of 5 unused on 2026-03-08 (1 dormant 30+ days, 1 never logged in), costing 90.00 EUR a month."

# Workbook: stickiness on the Adoption sheet, the counts and waste under the
# weekly table, the lists on the Licences sheet.
run export wb.xlsx --licence-cost 45 --currency EUR; expect_rc 0
/usr/bin/python3 -W ignore - wb.xlsx <<'PY' || fail "workbook"
import sys, openpyxl, datetime
wb = openpyxl.load_workbook(sys.argv[1])
assert "Licences" in wb.sheetnames, wb.sheetnames
ws = wb["Adoption"]
rows = [[c.value for c in r] for r in ws.iter_rows()]
head = rows[3]
sc = head.index("Stickiness (weekly / monthly active)"); mc = head.index("Monthly active users")
# the weekly table is the first of the sheet's week-by-week tables
by_week = {}
for r in rows[4:]:
    if isinstance(r[0], datetime.datetime):
        by_week.setdefault(r[0], r)
r = by_week[datetime.datetime(2026, 3, 2)]
assert abs(r[sc] - 2 / 3) < 1e-12 and r[mc] == 3, r
assert by_week[datetime.datetime(2026, 2, 23)][sc] == 0.5
org = [r for r in rows if r[0] == "Organisation"][0]
assert org[1:7] == [5, 1, 1, 2, 90, 1080], org
mgr = [r for r in rows if r[0] == "Role: Manager"][0]
assert mgr[1] == "fewer than 2" and mgr[2] is None, mgr
ls = [[c.value for c in r] for r in wb["Licences"].iter_rows()]
a3 = [r for r in ls if r[0] == "a3"][0]
assert a3[1:5] == ["Cyrus Karimi", "Service", "2", "Agent"] and a3[5] == datetime.datetime(2026, 2, 5) and a3[7] == 31, a3
a5 = [r for r in ls if r[0] == "a5"][0]
assert a5[5] is None and a5[6] == datetime.datetime(2026, 2, 2) and a5[7] == 34, a5
assert not [r for r in ls if r[0] == "a6"], "an ended licence is listed"
PY

# HTML.
run report r.html --licence-cost 45 --currency EUR; expect_rc 0
/usr/bin/python3 - r.html <<'PY' || fail "HTML"
import sys, re
h = open(sys.argv[1], encoding="utf-8").read()
a = h[h.index('id="adoption"'):]
a = a[:a.index("</section>")]
assert "<td class=\"n\">66.7%</td>" in a, "stickiness of 03-02"
assert "Unused licences cost 90.00 EUR a month, 1080.00 EUR a year" in a
assert "<td><bdi>Cyrus Karimi</bdi></td>" in a and "<td><bdi>Eve Larsen</bdi></td>" in a
assert "Farid Haddad" not in a
PY

# Persian: the language's digits and calendar (2026-03-08 = 1404/12/17).
run --lang fa adoption report --licence-cost 45 --currency EUR; expect_rc 0
expect_out "مجوزها تا ۱۴۰۴/۱۲/۱۷"
expect_out "۹۰٫۰۰ EUR"
expect_out "چسبندگی"
run --lang ar status; expect_rc 0
expect_out "التراخيص: ٢ من ٥ غير مستخدمة"

# Bad input: usage errors, the workspace unchanged.
before=$(db_sum)
for bad in 0 -3 abc 99999; do
	run adoption report --dormant-days "$bad"; expect_rc 64 "--dormant-days $bad"
	expect_err "--dormant-days: found '$bad', expected a whole number 1..3650"
done
for bad in abc -5 45/week /month 45/; do
	run adoption report --licence-cost "$bad"; expect_rc 64 "--licence-cost $bad"
	expect_err "--licence-cost: found '$bad'"
done
run adoption report --currency EURO; expect_rc 64; expect_err "three-letter ISO 4217"
run adoption report --table nope --format csv; expect_rc 64; expect_err "--table: found 'nope'"
run adoption report --table dormant; expect_rc 64; expect_err "--table goes with --format csv"
run export wb2.xlsx --dormant-days 0; expect_rc 64; expect_no_file wb2.xlsx
run report r2.html --licence-cost x; expect_rc 64; expect_no_file r2.html
run status --dormant-days x; expect_rc 64
[ "$(db_sum)" = "$before" ] || fail "a bad option changed the workspace"
done_testing
