# adoption report: the goals on adoption.* metrics with their status, the
# same as 'crmready status' gives for them, in text, JSON and CSV.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption"

# No workspace: an empty goals section, nothing created.
run adoption report; expect_rc 0
expect_out "Goals on adoption.* metrics on 2026-11-23"
expect_out "no goals on adoption.* metrics"
expect_no_file crmready.db
run adoption report --format json; expect_rc 0
jq -e '.goals == [] and .today == "2026-11-23"' out >/dev/null || fail "empty JSON goals"

# The plan first: with no roster yet every goal template is made, the
# wave=pilot ones too (t0616 has the templates a roster leaves out).
run plan build --start 2025-01-06; expect_rc 0
run roster import "$D/roster.csv"; expect_rc 0
run adoption import "$D/login.csv"; expect_rc 0
# login.csv ends Monday 2025-03-17 00:00, so that week would be in progress
# and not judged; a later export with one failed login on Sunday 23:59:59
# shows the logs cover it to its end (docs/adoption.md: Incomplete weeks).
run adoption import "$D/login-sunday.csv"; expect_rc 0
expect_out "The log reaches 2025-03-23 23:59:59 UTC: every week up to then is complete."
# Weekly figures (t0720): overall active rate 1, 0.75, 0.2 and licensed
# users 2, 4, 5 in the weeks of 2025-03-03, -10, -17; Sales 1, 1, 0.5.
add() { run goal add --phase pilot "$@"; expect_rc 0; }
add --metric adoption.active_rate --op ">=" --target 0.15 --due 2025-04-30          # achieved (0.2)
add --metric adoption.active_users --op ">=" --target 10 --due 2025-03-16           # missed (3 by the due date)
add --metric adoption.licensed_users --op ">=" --target 8 --due 2025-06-30          # on track (rising)
add --metric training.completion --op ">=" --target 0.9 --due 2025-06-30            # not adoption

t=2025-03-20
run status --today $t --format json; expect_rc 0; cp out status.json
run adoption report --today $t --format json; expect_rc 0; cp out report.json
# exactly the adoption goals of status, in its order, with the same figures
jq -e --slurpfile s status.json \
	'.goals == [$s[0].goals[] | select(.metric | startswith("adoption."))]' report.json \
	>/dev/null || fail "report goals differ from status"
jq -e '.today == "2025-03-20" and (.goals | length) == 15' report.json >/dev/null ||
	fail "goal count $(jq '.goals | length' report.json)"
jq -e '[.goals[] | select(.metric | startswith("adoption.") | not)] == []' report.json \
	>/dev/null || fail "a goal on another metric"
j() { jq -e "$1" report.json >/dev/null || fail "json: $1"; }
j '.goals[] | select(.metric == "adoption.active_rate" and .target == 0.15) | .status == "achieved" and .latest == 0.2 and .latest_date == "2025-03-17" and .scope == "" and .due == "2025-04-30"'
j '.goals[] | select(.metric == "adoption.active_users") | .status == "missed" and .latest == 3 and .judged_at == "2025-03-16" and .settled'
j '.goals[] | select(.metric == "adoption.licensed_users" and .target == 8) | .status == "on track" and .projected > 8'
j '.goals[] | select(.metric == "adoption.licensed_users" and .scope == "wave=pilot") | .status == "no data" and .latest == null'
# Sales has 2 licensed users, fewer than the minimum group size (5): its
# figures are hidden, so its goal has no data (docs/anonymity.md)
j '.goals[] | select(.scope == "department=Sales" and .target == 0.8) | .latest == null and .status == "no data"'
j '.goals[] | select(.metric == "adoption.logins_per_active_user" and .target == 3 and .scope == "") | .status == "at risk" and .latest == 1 and .parent != null'
# the report's own keys are still there
j '.weeks | length == 3'

# --today moves the judgement: on 2025-03-12 the latest rate is 0.75 of 03-10.
run adoption report --today 2025-03-12 --format json; expect_rc 0
jq -e '.goals[] | select(.metric == "adoption.active_rate" and .target == 0.15) | .latest == 0.75 and .latest_date == "2025-03-10"' \
	out >/dev/null || fail "--today 2025-03-12"
run status --today 2025-03-12 --format json; cp out status2.json
run adoption report --today 2025-03-12 --format json
jq -e --slurpfile s status2.json '.goals == [$s[0].goals[] | select(.metric | startswith("adoption."))]' \
	out >/dev/null || fail "report goals differ from status on 2025-03-12"

# Text: the status words of 'status', sub-goals indented, a tally.
run adoption report --today $t; expect_rc 0
expect_out "Goals on adoption.* metrics on 2025-03-20"
grep -Eq "^adoption.active_rate >= 0.15 +2025-04-30 +0.2 2025-03-17 +0.0  achieved$" out ||
	fail "achieved goal line"
expect_out "  adoption.active_rate >= 0.8 (department=Sales)"
# three department goals rest on groups of fewer than 5: no data (anonymity)
expect_out "15 goals: 1 achieved, 1 on track, 5 at risk, 1 missed, 0 too early, 7 no data"
expect_no_out "training.completion"
expect_no_out "dq.score"
grep -q "adoption.active_users >= 10 .* missed (settled on 2025-03-16)$" out || fail "missed goal line"
# the tally agrees with status over the same goals
for s in achieved "on track" "at risk" missed "too early" "no data"; do
	a=$(jq --arg s "$s" '[.goals[] | select(.status == $s)] | length' report.json)
	grep -q "$a $s" out || fail "tally of $s: $a"
done

# Persian: the status words and headings in Persian.
run adoption report --today $t --lang fa; expect_rc 0
expect_out "اهداف روی سنجه‌های adoption.* در ۱۴۰۳/۱۲/۳۰"
expect_out "محقق شد"
expect_out "محقق نشد"
expect_out "در معرض خطر"

# Colours on a terminal: green achieved, red missed, as in status.
if command -v script >/dev/null 2>&1; then
	unset NO_COLOR
	script -qec "'$CRMREADY' adoption report --today $t" /dev/null >tty.out 2>&1 </dev/null
	grep -q "$(printf '\033')\[32machieved" tty.out || fail "no green achieved"
	grep -q "$(printf '\033')\[31mmissed" tty.out || fail "no red missed"
	export NO_COLOR=1
fi

# CSV: the week rows, then one row per goal with the goal columns (the two
# core-action columns are empty: no activity log here).
run adoption report --today $t --format csv; expect_rc 0
expect_out "scope,week,licensed_users,active_users,active_rate,logins_per_active_user,in_progress,core_active_users,core_active_rate,goal_id,parent,phase,metric,op,target,due,latest,latest_date,projected,expected,status,judged_at,baseline"
expect_out ",2025-03-17,5,1,0.2,1,false,,,,,,,,,,,,,,,,"
expect_out ",,,,,,,,,31,,pilot,adoption.active_rate,>=,0.15,2025-04-30,0.2,2025-03-17,"
expect_out "department=Sales,,,,,,,,,11,10,wave-1,adoption.active_rate,>=,0.8,2025-08-03,,,,,no data,"
n=$(awk -F, 'NR > 1 && $10 != ""' out | wc -l)
[ "$n" -eq 15 ] || fail "CSV goal rows: $n"
python3 -c 'import csv; r = list(csv.reader(open("out"))); assert all(len(x) == 23 for x in r), set(map(len, r))' ||
	fail "CSV rows of unequal length"

# Whether a week is in progress follows the logs, not --today: they cover
# the week of 2025-03-17 to its end, so no week is marked.
run adoption report --today 2025-03-23; expect_rc 0
expect_no_out "in progress"
run adoption report --today 2025-03-18 --format json; expect_rc 0
jq -e '[.weeks[] | .in_progress] == [null, null, null]' out >/dev/null || fail "in_progress in JSON"

# A bad --today is a usage error.
run adoption report --today 2025-02-30; expect_rc 64; expect_err "--today"
done_testing
