#!/bin/sh
# A goal's state is worded by one table (phases/plan_goal.c), so the
# terminal, the workbook and the HTML say the same: "در معرض خطر" for at
# risk in Persian (the HTML once said "در خطر"), and "1 goal:" for one goal
# in English (the HTML once said "1 goals:").
. "$TESTS_DIR/cli/lib.sh"

run demo demo; expect_rc 0
db="--db demo/demo.db"
for lang in en fa; do
	run $db --lang $lang status; expect_rc 0
	tally=$(grep -E '^[^ ]+ (goals?|هدف):' out)
	[ -n "$tally" ] || fail "$lang: status prints no tally"
	run $db --lang $lang report r-$lang.html; expect_rc 0
	grep -qF "<p class=\"tally\">$tally</p>" r-$lang.html ||
		fail "$lang: the HTML tally differs from status: $tally"
done
grep -qF "۱ در معرض خطر،" r-fa.html || fail "fa: HTML tally lacks the at-risk words"
grep -qF "در خطر" r-fa.html && grep "در خطر" r-fa.html | grep -qvF "در معرض خطر" &&
	fail "fa: HTML still says در خطر for at risk"

# One goal: singular in every output.
run metric record adoption.active_rate 0.4 --date 2026-11-02; expect_rc 0
run goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.8 --due 2027-01-31
expect_rc 0
run status; expect_rc 0
expect_out "1 goal: 0 achieved, 0 on track, 0 at risk, 0 missed, 1 too early, 0 no data"
run report one.html; expect_rc 0
grep -qF '<p class="tally">1 goal: 0 achieved, 0 on track, 0 at risk, 0 missed, 1 too early, 0 no data</p>' one.html ||
	fail "one goal: the HTML tally is not singular"

# The workbook's summary note on goals that need attention (past the 12 it
# lists) words "at risk or missed" as the HTML card does.
rm -f crmready.db
run metric record training.completion 0.1 --date 2026-11-02; expect_rc 0
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14; do
	run goal add --phase pilot --metric training.completion --op ">=" --target 0.9$i --due 2026-11-1$((i % 10))
	expect_rc 0
done
run --lang fa export many.xlsx; expect_rc 0
/usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" many.xlsx >dump || fail "xlsx_dump failed"
grep -qF "مورد از آن‌ها در معرض خطر یا محقق‌نشده)" dump || fail "workbook note: $(grep -F 'برگه اهداف' dump)"
run --lang fa report many.html; expect_rc 0
grep -qF "اهداف در معرض خطر یا محقق‌نشده" many.html || fail "HTML card lacks the at-risk words"
done_testing
