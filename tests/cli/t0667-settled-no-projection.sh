# Nothing is drawn or projected where it would mislead. A settled goal (past
# its due date) has an outcome, not a course: no projection and no expected
# value in status (text "-", JSON null) and in the adoption report's CSV
# (empty); an open goal still has both. The adoption report's sparklines
# draw complete weeks only: the week in progress is listed in the table,
# not drawn as a drop in the trend.
. "$TESTS_DIR/cli/lib.sh"

run goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.9 --due 2027-01-31
expect_rc 0
for v in "0.3 2026-11-30" "0.5 2026-12-14" "0.7 2027-01-11"; do
	set -- $v
	run metric record adoption.active_rate $1 --date $2; expect_rc 0
done

run status --today 2027-03-01; expect_rc 0
grep -Eq "^ +1 +pilot +adoption.active_rate >= 0.9 +2027-01-31 +0.7 2027-01-11 +- +- +missed \(settled on 2027-01-31\)$" out ||
	fail "settled row: $(grep active_rate out)"
run status --today 2027-03-01 --format json; expect_rc 0
jq -e '.goals[0] | .settled == true and .projected == null and .expected == null and .status == "missed"' out \
	>/dev/null || fail "json of a settled goal"
run adoption report --today 2027-03-01 --format csv; expect_rc 0
grep -q ',pilot,adoption.active_rate,>=,0.9,2027-01-31,0.7,2027-01-11,,,missed,2027-01-31,' out ||
	fail "csv of a settled goal: $(grep pilot out)"

# before it is due: projected and expected are there
run status --today 2027-01-20 --format json; expect_rc 0
jq -e '.goals[0] | .settled == false and .projected != null and .expected != null' out \
	>/dev/null || fail "json of an open goal"
run status --today 2027-01-20; expect_rc 0
grep -q " - +- +at risk" out && fail "open goal lost its projection"

# The sparklines of a Monday-morning log (the week of 2026-11-23 reaches
# 08:00): the organisation's and the departments' trends end at 2026-11-16.
mkdir weeks && cd weeks
# Service has 4 users: compared at a minimum group size of 4 (anonymity).
run init --min-group 4; expect_rc 0
run roster import "$DATA/weeks/roster.csv"; expect_rc 0
run adoption import "$DATA/weeks/monday-morning.csv"; expect_rc 0
run adoption report --today 2026-11-25; expect_rc 0
expect_out "2026-11-23        10        2   20.0%"
grep -qx 'Active rate trend: ▅▇  (complete weeks; the week of 2026-11-23, in progress, is left out)' out ||
	fail "organisation trend: $(grep 'trend' out)"
grep -Eq '^Sales +6 +5 +83\.3%  ▆▇$' out || fail "department trend: $(grep '^Sales' out)"
run --lang fa adoption report --today 2026-11-25; expect_rc 0
expect_out "هفتهٔ ناتمام ۱۴۰۵/۰۹/۰۲ در روند نیامده است"
done_testing
