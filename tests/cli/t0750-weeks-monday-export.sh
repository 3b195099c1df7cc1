# A Monday-morning export: the log ends Monday 2026-11-23 08:00 UTC, so the
# week of 2026-11-23 is in progress (two logins so far, 20%). Everything
# that judges (findings, goal status, the workbook summary, the HTML cards,
# least adopting) judges the last complete week, 2026-11-16 (80%); the
# partial week is still listed, labelled in progress.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/weeks"
xdump() { /usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" "$1" >dump || fail "xlsx_dump failed on $1"; }
expect_dump() { grep -qF -- "$1" dump || fail "workbook lacks: $1"; }

# Service has 4 users: compared at a minimum group size of 4 (anonymity).
run init --min-group 4; expect_rc 0
run roster import "$D/roster.csv"; expect_rc 0
run adoption import "$D/monday-morning.csv"; expect_rc 0
# the last row (a failed login at 08:00) is where the log ends
expect_out "The log reaches 2026-11-23 08:00:00 UTC: the week of 2026-11-23 is in progress."
# Hand computation, 10 licensed users (Sales u1-u6, Service u7-u10):
# week 2026-11-09: Sales 4, Service 2 active: 0.6
# week 2026-11-16: Sales 5 (0.833), Service 3 (0.75): 0.8
# week 2026-11-23 (to Monday 08:00): Sales u1 (0.167), Service u7 (0.25): 0.2
run goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.75 --due 2026-12-31
expect_rc 0

# Findings: the critical low-adoption rule (active rate < 0.5) does not fire
# on the week in progress.
# (evaluated on 0.8 of 2026-11-16: neither fired nor "not evaluated")
run findings --format json; expect_rc 0
jq -e '[.findings[], .not_evaluated[] | select(.rule == "low-adoption")] == []' out >/dev/null ||
	fail "low-adoption fired on the partial week: $(cat out)"
run findings; expect_rc 0
expect_no_out "Fewer than half of licensed users are active"
run findings --fail-on critical; expect_rc 0
# A rule over every department (metric_min) reads each one's last complete
# week too: Sales 0.833 and Service 0.75, not the partial 0.167 and 0.25.
cat >weakest.yaml <<'YAML'
id: weakest
version: 1
title: {en: Weakest department}
rules:
  - id: weak-department
    when: metric_min("adoption.active_rate", "department") < 0.7
    severity: high
    title: {en: A department is below 70%}
    recommendation: {en: Follow it up.}
    initiatives: []
YAML
run rules add weakest.yaml; expect_rc 0
run findings --format json; expect_rc 0
jq -e '[.findings[] | select(.rule == "weak-department")] == [] and [.passed[] | select(.rule == "weak-department")] != []' out >/dev/null ||
	fail "metric_min judged the partial week: $(cat out)"

# Goal status judges the complete week: 0.8 of 2026-11-16, achieved.
run status --format json; expect_rc 0
jq -e '.goals[] | select(.metric == "adoption.active_rate" and .target == 0.75) | .latest == 0.8 and .latest_date == "2026-11-16" and .status == "achieved"' \
	out >/dev/null || fail "status judged the partial week: $(cat out)"
run status; expect_rc 0
grep -Eq "adoption.active_rate >= 0.75 +2026-12-31 +0.8 +2026-11-16 .*achieved" out ||
	fail "status text line"

# The adoption report lists the partial week, labelled, and calls out the
# least adopting group of the complete week (Service 75.0%, below 80.0%).
run adoption report; expect_rc 0
grep -Eq "^2026-11-23 .*20.0%.*week in progress" out || fail "partial week not labelled"
grep -Eq "^2026-11-16 .*80.0%" out || fail "complete week row"
grep -q "^2026-11-16 .*in progress" out && fail "complete week labelled in progress"
expect_out "By department (week 2026-11-16, the last complete week)"
expect_out "Least adopting department: Service 75.0% (organisation 80.0%)."
expect_no_out "Sales 16.7%"
run --lang fa adoption report; expect_rc 0
expect_out "هفتهٔ ناتمام"
expect_out "کمترین پذیرش (واحد): Service ۷۵٫۰٪ (کل سازمان ۸۰٫۰٪)."
run adoption report --format json; expect_rc 0
jq -e '(.weeks[] | select(.week == "2026-11-23") | .in_progress == true and .active_rate == 0.2) and
       (.weeks[] | select(.week == "2026-11-16") | has("in_progress") | not) and
       .least_adopting == [{"name": "Service", "scope": "department=Service", "week": "2026-11-16", "active_rate": 0.75}] and
       .logs_reach == "2026-11-23T08:00:00Z"' out >/dev/null || fail "report JSON: $(cat out)"
run adoption report --format csv; expect_rc 0
expect_out "scope,week,licensed_users,active_users,active_rate,logins_per_active_user,in_progress,"
expect_out ",2026-11-23,10,2,0.2,1,true,"
expect_out ",2026-11-16,10,8,0.8,1,false,"
expect_out "department=Sales,2026-11-23,6,1,0.166666666666667,1,true,"

# metric list marks the values of the week in progress.
run metric list --name adoption.active_rate --scope ""; expect_rc 0
grep -Eq "^adoption.active_rate +2026-11-23 +0.2  adoption  \(week in progress\)$" out || fail "metric list label"
grep -q "2026-11-16 .*in progress" out && fail "metric list labels a complete week"
run metric list --name adoption.active_rate --format json; expect_rc 0
# the organisation, 2 departments, 2 waves and 4 roles
jq -e '[.metrics[] | select(.in_progress)] | length == 9 and all(.date == "2026-11-23")' out >/dev/null ||
	fail "metric list JSON in_progress"

# The workbook: the summary shows the complete week's rate and names the
# partial week; the Adoption sheet lists it, labelled.
run export wb.xlsx; expect_rc 0
xdump wb.xlsx
grep -P "^cell\tSummary\t" dump > summary
grep -qP "^cell\tSummary\tB\d+\tn\t0.8$" summary || fail "summary rate is not 0.8: $(grep -P 'Summary\tB' summary)"
grep -qP "^cell\tSummary\tB\d+\tn\t0.2$" summary && fail "summary shows the partial week's rate"
grep -qF "8 of 10 licensed users, week of 2026-11-16 (the last complete week)" summary ||
	fail "summary note: $(cat summary)"
grep -qF "The week of 2026-11-23 is in progress: 20.0% so far (logs reach 2026-11-23 08:00 UTC)." summary ||
	fail "summary names the week in progress: $(cat summary)"
expect_dump "cell	Adoption	G4	s	Week status"
grep -qP "^cell\tAdoption\tA(\d+)\td\t2026-11-23" dump || fail "partial week row missing"
row=$(grep -P "^cell\tAdoption\tA\d+\td\t2026-11-23" dump | head -1 | cut -f3 | tr -d A)
expect_dump "cell	Adoption	G$row	s	in progress (logs reach 2026-11-23 08:00 UTC)"
expect_dump "cell	Adoption	B$row	n	0.2"
# departments: the last complete week
expect_dump "	d	2026-11-16 00:00:00"
# (the latest-week table, columns I..M; the weekly series below list the
# week in progress too, labelled)
grep -qP "^cell\tAdoption\t[I-M]\d+\tn\t0.166666" dump && fail "department table shows the partial week"

# The HTML: the card shows 80%, the table labels the partial week.
run report r.html; expect_rc 0
grep -q '<div class="v">80%</div><div class="k">active users, week of 2026-11-16 (the last complete week)</div>' r.html ||
	fail "HTML card: $(grep -o '<div class="card">[^\n]*active users[^\n]*' r.html)"
grep -q '<div class="v">20%</div>' r.html && fail "HTML card shows the partial week"
grep -q '<td>2026-11-23 <span class="partial">in progress</span></td>' r.html || fail "HTML week not labelled"
grep -q 'The logs reach 2026-11-23 08:00 UTC: a week they do not cover to its Sunday is in progress, listed but not judged.' r.html ||
	fail "HTML note on the week in progress"
run --lang fa report r-fa.html; expect_rc 0
grep -q '<span class="partial">ناتمام</span>' r-fa.html || fail "Persian HTML label"

# Persian workbook: the label in Persian.
run --lang fa export wb-fa.xlsx; expect_rc 0
xdump wb-fa.xlsx
grep -q "ناتمام (گزارش‌های ورود تا" dump || fail "Persian workbook label"
done_testing
