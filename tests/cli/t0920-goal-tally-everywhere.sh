#!/bin/sh
# The goal tally reads the same in 'status', the workbook's Goals sheet and
# the HTML report, in English and Persian (the page once said "1 goals" and
# "در خطر" where the others say "1 goal" and "در معرض خطر").
. "$TESTS_DIR/cli/lib.sh"

run metric record adoption.active_rate 0.4 --date 2026-11-02
run metric record adoption.active_rate 0.55 --date 2026-11-09
run metric record adoption.active_rate 0.6 --date 2026-11-16
# Falling short of "<= 0.3" with weeks to go: at risk.
run goal add --phase pilot --metric adoption.active_rate --op "<=" --target 0.3 --due 2027-01-31
expect_rc 0

for lang in en fa; do
	run status --lang "$lang"
	expect_rc 0
	tally=$(grep -E '^(1 goal|۱ هدف):' out)
	[ -n "$tally" ] || fail "$lang: status prints no tally"
	case $lang in
	en) [ "$tally" = "1 goal: 0 achieved, 0 on track, 1 at risk, 0 missed, 0 too early, 0 no data" ] ||
		fail "en: status tally: $tally" ;;
	fa) printf '%s\n' "$tally" | grep -q '۱ در معرض خطر' || fail "fa: status tally: $tally" ;;
	esac

	run report "r-$lang.html" --lang "$lang"
	expect_rc 0
	grep -qF "<p class=\"tally\">$tally</p>" "r-$lang.html" || fail "$lang: the page's tally differs from status"

	run export "x-$lang.xlsx" --lang "$lang"
	expect_rc 0
	/usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" "x-$lang.xlsx" >"x-$lang.txt"
	grep -q "$(printf '^cell\t[^\t]*\tA3\ts\t')$tally\$" "x-$lang.txt" || fail "$lang: the Goals sheet's tally differs from status"
done
done_testing
