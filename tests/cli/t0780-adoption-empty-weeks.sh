# Weekly figures exist for every week from the first login to the week the
# logs reach, with 0 active where nobody logged in: a last complete week of
# only failed logins is a week of 0 active, not a missing week that leaves
# an older, better week to judge goals on.
. "$TESTS_DIR/cli/lib.sh"
printf 'id,department\nu1,Sales\nu2,Sales\nu3,Sales\nu4,IT\nu5,IT\nu6,IT\n' > r.csv
# 5 logins in the week of 2026-11-02; then only failed logins 11-11 .. 11-17
{
	echo 'user_id,timestamp,status'
	for u in u1 u2 u3 u4 u5; do echo "$u,2026-11-03T09:00:00Z,Success"; done
	echo 'u1,2026-11-11T09:00:00Z,Failed'
	echo 'u2,2026-11-17T09:00:00Z,Failed'
} > l.csv
run init; expect_rc 0
run roster import r.csv; expect_rc 0
run adoption import l.csv; expect_rc 0
expect_out "Weekly figures recomputed for 3 weeks (2026-11-02 .. 2026-11-16)."
run adoption report --format csv; expect_rc 0
expect_out "2026-11-09"
run adoption report; expect_rc 0
grep -qE '^2026-11-09 +6 +0 +0\.0%' out || fail "week 2026-11-09 should show 6 licensed, 0 active"
grep -qE '^2026-11-16 ' out || fail "the week in progress 2026-11-16 should be listed"
run goal add --phase adopt --metric adoption.active_rate --op '>=' --target 0.8 --due 2026-12-31
expect_rc 0
# the goal is judged on the last complete week (0%), never the older 83% week
run adoption report; expect_rc 0
grep -qE 'adoption.active_rate >= 0.8 .* 0\.0 2026-11-09' out ||
	fail "the goal should be judged on the week of 2026-11-09 (0 active)"
expect_no_out "1 achieved"
# A roster re-import recomputes the same span.
run roster import r.csv; expect_rc 0
expect_out "Weekly adoption figures recomputed for 3 weeks."
done_testing
