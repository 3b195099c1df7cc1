# dq report: the goals on dq.* metrics for the entity with their status, the
# same as 'crmready status' gives for them, in text, JSON and CSV.
. "$TESTS_DIR/cli/lib.sh"
csv="$DATA/dq/contacts.csv"

head -n 7 "$csv" >first.csv
# The shipped checks scan as entity Contact: the scope the shipped plan's
# dq goals read (t0803 has the figures: duplicate rate 0.5 then 0.4).
run dq scan first.csv --date 2026-10-01 -q; expect_rc 0
run dq scan "$csv" --date 2026-11-23 -q; expect_rc 0
run plan build --start 2026-09-07; expect_rc 0
run goal add --phase pilot --metric dq.score --op ">=" --target 0.5 --due 2027-01-31 --scope entity=Account
expect_rc 0
# dq.validity (stored by every scan) is a goal metric too
run goal add --phase pilot --metric dq.validity --op ">=" --target 0.9 --due 2027-03-31 --scope entity=Contact
expect_rc 0
run goal add --phase pilot --metric dq.completeness --op ">=" --target 0.9 --due 2027-03-31
expect_rc 0   # no scope: shown for every entity (no data: scans are per entity)
run goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.9 --due 2027-03-31
expect_rc 0   # not a dq goal

run status --format json; expect_rc 0; cp out status.json
run dq report --format json; expect_rc 0; cp out report.json
jq -e --slurpfile s status.json \
	'.goals == [$s[0].goals[] | select((.metric | startswith("dq.")) and (.scope == "entity=Contact" or .scope == ""))]' \
	report.json >/dev/null || fail "report goals differ from status"
j() { jq -e "$1" report.json >/dev/null || fail "json: $1"; }
j '.entity == "Contact" and .today == "2026-11-23" and (.goals | length) == 13'
j '[.goals[] | select(.scope == "entity=Account")] == []'
# due 2026-11-01, past: settled on the scan of 2026-10-01, the one on or before it
j '.goals[0] | .metric == "dq.score" and .target == 0.7 and .latest > 0.80 and .latest_date == "2026-10-01" and .status == "achieved" and .judged_at == "2026-11-01" and .settled'
j '.goals[] | select(.metric == "dq.duplicate_rate" and .target == 0.05) | .latest == 0.5 and .status == "missed" and .judged_at == "2026-11-01"'
j '.goals[] | select(.metric == "dq.validity") | .status == "achieved" and .latest > 0.915'
j '.goals[] | select(.metric == "dq.completeness" and .scope == "") | .status == "no data"'
j '.latest.records == 10 and (.trend | length) == 2'

# --entity Account: its goal (no scan yet) and the unscoped one.
run dq report --entity Account --format json; expect_rc 0
jq -e '[.goals[].scope] == ["entity=Account", ""] and .goals[0].status == "no data" and .latest == null' \
	out >/dev/null || fail "--entity Account goals"
run dq report --entity Account; expect_rc 0
expect_err "no data-quality scan of Account yet"
expect_out "dq.score >= 0.5 (entity=Account)"
expect_no_out "entity=Contact"

# An entity differing only in case: a pointer to the one scanned.
run dq report --entity contact; expect_rc 0
expect_err "no scan of 'contact', but there is one of 'Contact' (entity names are case-sensitive)"

# --today: on 2026-10-15 the latest is the first scan (duplicate rate 0.5).
run status --today 2026-10-15 --format json; cp out status2.json
run dq report --today 2026-10-15 --format json; expect_rc 0
jq -e --slurpfile s status2.json \
	'.goals == [$s[0].goals[] | select((.metric | startswith("dq.")) and (.scope == "entity=Contact" or .scope == ""))]' \
	out >/dev/null || fail "report goals differ from status on 2026-10-15"
jq -e '.today == "2026-10-15" and (.goals[] | select(.metric == "dq.duplicate_rate" and .target == 0.05) | .latest == 0.5 and .latest_date == "2026-10-01")' \
	out >/dev/null || fail "--today 2026-10-15"

# Text: after the trend, the goals with the status words of 'status'.
run dq report; expect_rc 0
expect_out "Goals on dq.* metrics on 2026-11-23"
grep -Eq "^dq.score >= 0.7 \(entity=Contact\) +2026-11-01 +0.803 2026-10-01 +-  achieved \(settled on 2026-11-01\)$" out ||
	fail "achieved goal line"
grep -Eq "^  dq.duplicate_rate <= 0.05 \(entity=Contact\) .* missed \(settled on 2026-11-01\)$" out || fail "missed sub-goal line"
expect_no_out "adoption.active_rate"
expect_no_out "entity=Account"
for s in achieved "on track" "at risk" missed "too early" "no data"; do
	a=$(jq --arg s "$s" '[.goals[] | select(.status == $s)] | length' report.json)
	grep -q "$a $s" out || fail "tally of $s: $a"
done
run dq report --lang fa; expect_rc 0
expect_out "اهداف روی سنجه‌های dq.* در ۱۴۰۵/۰۹/۰۲"
expect_out "محقق شد"

# CSV: the trend rows, then one row per goal (entity from its scope).
run dq report --format csv; expect_rc 0
expect_out "entity,date,score,completeness,validity,duplicate_rate,freshness,goal_id,parent,phase,metric,op,target,due,latest,latest_date,projected,expected,status,judged_at,baseline"
expect_out "Contact,,,,,,,1,,foundation,dq.score,>=,0.7,2026-11-01,0.803409090909091,2026-10-01,,,achieved,2026-11-01,"
expect_out ",,,,,,,33,,pilot,dq.completeness,>=,0.9,2027-03-31,,,,,no data"
n=$(awk -F, 'NR > 1 && $8 != ""' out | wc -l)
[ "$n" -eq 13 ] || fail "CSV goal rows: $n"
python3 -c 'import csv; r = list(csv.reader(open("out"))); assert all(len(x) == 21 for x in r), set(map(len, r))' ||
	fail "CSV rows of unequal length"

run dq report --today tomorrow; expect_rc 64; expect_err "--today"
done_testing
