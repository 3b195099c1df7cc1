# A settled goal (past its due date) has an outcome, not a course: no
# projection and no expected value in status (text "-", JSON null) and in
# the adoption report's CSV (empty); an open goal still has both.
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
done_testing
