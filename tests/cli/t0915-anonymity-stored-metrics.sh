# Anonymity of stored adoption figures (issue 16 item 6, adv16 finding 1):
# a department or wave whose week counts fewer than the minimum group size
# (5) licensed users shows no figure in 'metric list' (text, CSV, JSON),
# the workbook's Metrics sheet, goals scoped to it (status, adoption
# report, workbook, HTML) or rules (metric, metric_min): "fewer than 5"
# where a value is listed, no data (with the reason) where it is judged.
# Complementary suppression: with Legal (2) hidden, the organisation minus
# Sales and Service would give Legal away, so Service (5, the next
# smallest) is hidden too; so is wave 3 (Service) beside wave 2 (Legal).
. "$TESTS_DIR/cli/lib.sh"
{
	echo "Id,Name,Department,Role,License Start,Wave"
	for i in 1 2 3 4 5 6; do echo "s$i,Sales Person $i,Sales,Rep,2025-03-01,1"; done
	for i in 1 2 3 4 5; do echo "v$i,Service Person $i,Service,Agent,2025-03-01,3"; done
	echo "l1,Lev One,Legal,Counsel,2025-03-01,2"
	echo "l2,Lia Two,Legal,Counsel,2025-03-01,2"
} >roster.csv
# Week of 2025-03-03: Sales 5/6, Service 4/5, Legal 1/2 (wave 2: 1/2); a
# failed login on Monday 2025-03-10 shows the logs cover that week.
{
	echo '"Id","UserId","LoginTime","LoginType","SourceIp","Status","Application"'
	n=0
	for u in s1 s2 s3 s4 s5 v1 v2 v3 v4 l1; do
		n=$((n + 1)); echo "\"L$n\",\"$u\",\"2025-03-04T09:00:00Z\",\"Application\",\"10.0.0.1\",\"Success\",\"Browser\""
	done
	echo "\"L99\",\"s1\",\"2025-03-10T09:00:00Z\",\"Application\",\"10.0.0.1\",\"Invalid Password\",\"Browser\""
} >login.csv
run plan build --start 2025-01-06; expect_rc 0
run roster import roster.csv; expect_rc 0
run adoption import login.csv; expect_rc 0

# metric list: Legal's and wave 2's figures are "fewer than 5".
run metric list --scope department=Legal; expect_rc 0
expect_out "fewer than 5"
grep -E " (0\.5|1|2|1\.0) " out && fail "Legal's value listed"
run metric list --format csv; expect_rc 0
grep -q '^adoption.active_rate,department=Legal,2025-03-03,fewer than 5,adoption$' out ||
	fail "CSV: Legal's rate"
grep -q '^adoption.active_rate,wave=2,2025-03-03,fewer than 5,adoption$' out || fail "CSV: wave 2"
grep -q '^adoption.active_rate,department=Service,2025-03-03,fewer than 5,adoption$' out ||
	fail "CSV: Service is hidden with Legal"
grep -q '^adoption.active_rate,department=Sales,2025-03-03,0\.83' out || fail "CSV: Sales is shown"
grep -q '^adoption.active_users,,2025-03-03,10,adoption$' out || fail "CSV: the organisation"
run metric list --format json; expect_rc 0
# (the week of 2025-03-10, which the failed login reaches, has its figures
# too: 0 active, in progress; 4 scopes x 6 adoption metrics, stickiness
# and monthly active users included)
jq -e '[.metrics[] | select(.scope | test("^(department=(Legal|Service)|wave=[23])$"))] |
	([.[] | select(.date == "2025-03-03")] | length) == 24 and all(.value == null and .fewer_than == 5)' out >/dev/null || fail "JSON"
jq -e '[.metrics[] | select(.scope == "department=Sales" and .name == "adoption.active_users")][0].value == 5' \
	out >/dev/null || fail "JSON: Sales"

# Goals scoped to Legal and to wave 2: no data, in every output.
run goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.9 --due 2025-06-30 \
	--scope department=Legal; expect_rc 0
run goal add --phase pilot --metric adoption.active_users --op ">=" --target 2 --due 2025-06-30 \
	--scope wave=2; expect_rc 0
t=2025-03-12
export CRMREADY_TODAY=$t
run status --today $t --format json; expect_rc 0
jq -e '[.goals[] | select(.scope == "department=Legal" or .scope == "wave=2")] |
	length == 2 and all(.status == "no data" and .latest == null)' out >/dev/null ||
	fail "status JSON: $(jq -c '[.goals[] | select(.scope != "")]' out)"
run status --today $t; expect_rc 0
grep "department=Legal" out | grep -q "0\.5" && fail "status shows Legal's 0.5"
run adoption report --today $t --format csv; expect_rc 0
grep "department=Legal" out | grep -q "0\.5" && fail "adoption report CSV goal row"
run export wb.xlsx; expect_rc 0
/usr/bin/python3 -W ignore - wb.xlsx <<'PY' || fail "workbook"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ms = wb["Metrics"]
rows = [[c.value for c in r] for r in ms.iter_rows(min_row=2)]
small = [r for r in rows if r[1] in ("department=Legal", "wave=2", "department=Service", "wave=3")]
assert len([r for r in small if str(r[2])[:10] == "2025-03-03"]) == 24 and all(r[3] == "fewer than 5" for r in small), small
assert any(r[1] == "department=Sales" and r[3] == 5 for r in rows), rows
for name in ("Summary", "Goals", "Plan"):
    if name not in wb.sheetnames:
        continue
    for r in wb[name].iter_rows():
        vals = [c.value for c in r]
        if any(isinstance(v, str) and ("department=Legal" in v or "wave=2" in v) for v in vals):
            assert 0.5 not in vals and 1 not in vals[1:] and "50.0%" not in vals, (name, vals)
PY
run report r.html; expect_rc 0
/usr/bin/python3 - r.html <<'PY' || fail "HTML goals"
import sys, re
h = open(sys.argv[1], encoding="utf-8").read()
for row in re.findall(r"<tr[^>]*>.*?</tr>", h, re.S):
    if "department=Legal" in row:
        assert "50.0%" not in row and "0.5" not in row, row
PY

# Rules: metric() of Legal is no data with the reason; metric_min over
# departments is Sales's 0.833, never Legal's 0.5 or Service's 0.8.
cat >mine.yaml <<'YAML'
id: mine
version: 1
title: {en: Mine}
rules:
  - id: dept-lowest
    when: metric_min("adoption.active_rate", "department") < 0.6
    severity: high
    title: {en: A department barely uses the CRM}
    recommendation: {en: Coach it.}
  - id: dept-lowest-value
    when: metric_min("adoption.active_rate", "department") < 0.85
    severity: low
    title: {en: Lowest department}
    recommendation: {en: Look.}
  - id: legal
    when: metric("adoption.active_rate", "department=Legal") < 0.9
    severity: medium
    title: {en: Legal low}
    recommendation: {en: x}
YAML
run rules add mine.yaml; expect_rc 0
run findings --format json; expect_rc 0
jq -e '[.. | objects | select(.id? == "dept-lowest" or .rule? == "dept-lowest")] | length > 0' out \
	>/dev/null || fail "findings JSON lacks dept-lowest"
grep -q '"evidence": *"[^"]*= 0\.5' out && fail "findings JSON evidence 0.5"
run findings; expect_rc 0
cp out findings.txt
grep -q "fewer than 5 licensed users" findings.txt || fail "the reason Legal is no data"
grep -q "0\.5" findings.txt && fail "findings show 0.5"
grep -q 'dept-lowest  *metric_min("adoption.active_rate", "department") = 0.833$' findings.txt ||
	fail "metric_min is Sales's 0.833, passed"
grep -q 'evidence: metric_min("adoption.active_rate", "department") = 0.833$' findings.txt ||
	fail "dept-lowest-value fires on Sales's 0.833"
done_testing
