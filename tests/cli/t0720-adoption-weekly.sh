# Weekly figures against hand-computed values (docs/adoption.md: Weekly figures) and the
# report's text, JSON and CSV shapes.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption"

run adoption report; expect_rc 0; expect_out "No adoption figures yet"
expect_no_file crmready.db

run adoption import "$D/login.csv"; expect_rc 0
expect_out "Not in the roster: 5 users"
run roster import "$D/roster.csv"; expect_rc 0
expect_out "recomputed for 3 weeks"
# The groups here are of 1 and 2 people: the figures are checked at the
# smallest minimum group size, 2 (anonymity; the default is 5). Finance (1
# licensed user) and any week of fewer than 2 show no figure (t0914).
run init --min-group 2; expect_rc 0

# Hand computation (weeks W1 = 2025-03-03, W2 = 03-10, W3 = 03-17):
# u1 licensed 03-05 (Wed) counts from W1 with all of W1's logins (2);
# u2 licensed 03-10: its W1 login is ignored; u3 has no date: always;
# u4 licensed 03-16 (Sun) counts in W2; its 03-17T01:00+03:30 login is
# Sunday 21:30 UTC, W2. u5 licensed 03-20: W3. u9 is not in the roster.
# W1: licensed u1,u3 = 2; active u1,u3 = 2; logins 2+1 = 3 -> 1.5
# W2: licensed 4; active u1 (Sun 23:59:59), u2 (15:00Z), u4 = 3; 3 logins
# W3: licensed 5; active u2 (Mon 00:00:00) = 1; rate 0.2
run adoption report --format csv --weeks 0; expect_rc 0
expect_out "scope,week,licensed_users,active_users,active_rate,logins_per_active_user"
expect_out ",2025-03-03,2,2,1,1.5"
expect_out ",2025-03-10,4,3,0.75,1"
expect_out ",2025-03-17,5,1,0.2,1"
expect_out "department=Sales,2025-03-03,,,,"
expect_out "department=Sales,2025-03-10,2,2,1,1"
expect_out "department=Service,2025-03-10,2,1,0.5,1"
expect_out "department=Service,2025-03-17,2,0,0,"
expect_out "other,2025-03-10,,,,"
expect_out "other,2025-03-17,,,,"
expect_no_out "Finance"
run adoption report --by wave --format csv --weeks 0; expect_rc 0
expect_out "wave=1,2025-03-10,2,2,1,1"
expect_out "wave=2,2025-03-17,3,0,0,"
expect_no_out "department="

# Only the weeks an import touched are recomputed.
run adoption import "$D/login-overlap.csv"; expect_rc 0
expect_out "recomputed for 1 week (2025-03-17 .. 2025-03-17)"
run adoption report --format csv --weeks 1
expect_out ",2025-03-17,5,2,0.4,1"
expect_no_out "2025-03-10"

# JSON shape: weeks, groups, least adopting, never logged in.
run adoption report --format json; expect_rc 0
expect_out '"by": "department"'
expect_out '"week": "2025-03-03"'
expect_out '"active_rate": 0.75'
expect_out '"logins_per_active_user": 1.5'
expect_out '"scope": "department=Service"'
expect_out '"least_adopting": ['
expect_out '"never_logged_in": {'
expect_out '"id": "u5"'
expect_out '"unknown_users": {'
python3 -c 'import json,sys; r=json.load(open("out")); assert [w["week"] for w in r["weeks"]]==["2025-03-03","2025-03-10","2025-03-17"]; assert r["least_adopting"][0]["name"]=="Service" and r["least_adopting"][0]["week"]=="2025-03-10", r["least_adopting"]; assert r["in_other"]==["Finance"] and r["groups"][-1]["scope"]=="other" and r["groups"][-1]["weeks"][-1]=={"week":"2025-03-17","licensed_users":None,"active_users":None,"fewer_than":2}, r["groups"]; assert r["never_logged_in"]["count"]==1; assert r["unknown_users"]=={"users":1,"logins":1}' || fail "report JSON"

# Text: bars, sparklines, least adopting called out, who never logged in;
# Finance (1 user) is in "other", which shows no figure.
run adoption report; expect_rc 0
expect_out "2025-03-10         4        3   75.0%"
expect_out 'in "other" (fewer than 2 licensed users, or so that "other" has at least 2): Finance'
# The logs reach Tuesday 2025-03-18 09:00: the week of 03-17 is in progress,
# so groups are compared on the last complete week, 2025-03-10.
expect_out "2025-03-17         5        2   40.0%  ████████░░░░░░░░░░░░  1.0  (week in progress: logs reach 2025-03-18 09:00 UTC)"
expect_out "By department (week 2025-03-10, the last complete week)"
expect_out "Least adopting department: Service 50.0% (organisation 75.0%)."
expect_out "<- least adopting"
expect_out "Never logged in: 1 of 5 licensed users (20.0%):"
expect_out "Eve Larsen"
expect_out "Not in the roster: 1 user with 1 login"

# The same in Persian: the words change, the figures and columns stay.
run --lang fa adoption report; expect_rc 0
expect_out "۱۴۰۳/۱۲/۲۰         ۴        ۳   ۷۵٫۰٪"
expect_out "در «سایر» (کمتر از ۲ کاربر مجوزدار، یا تا «سایر» دست‌کم ۲ کاربر داشته باشد): Finance"
expect_out "کمترین پذیرش (واحد): Service ۵۰٫۰٪ (کل سازمان ۷۵٫۰٪)."
expect_out "(هفتهٔ ناتمام: گزارش‌ها تا ۱۴۰۳/۱۲/۲۸ ۰۹:۰۰ UTC)"
expect_out "(کمترین پذیرش)"
expect_out "هرگز وارد نشده‌اند: ۱ از ۵ کاربر مجوزدار (۲۰٫۰٪):"
expect_out "خارج از فهرست کاربران: ۱ کاربر با ۱ ورود"
expect_out "روند نرخ کاربران فعال:"
expect_no_out "Least adopting"
# header columns end where the figures end (display width, not bytes)
head -n 3 out | tail -n 1 > header
python3 -c 'import sys,unicodedata; h=open("header").read().rstrip("\n"); i=h.index("\u0645\u062c\u0648\u0632\u062f\u0627\u0631"); assert i+7 == 20, (i, h)' || fail "Persian header not aligned: $(cat header)"
run adoption report --by team; expect_rc 64; expect_err "expected department, wave or role"
run adoption report --weeks x; expect_rc 64
run adoption report --format xml; expect_rc 64

# Roster changes move figures: u5 now licensed from the start.
printf 'id,department,license_start\nu5,Finance,2025-01-01\n' > u5.csv
run roster import u5.csv; expect_rc 0; expect_out "1 updated"
run adoption report --format csv --weeks 0
expect_out ",2025-03-03,3,2,"
done_testing
