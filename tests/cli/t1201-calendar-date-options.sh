# Every date option reads a Solar Hijri date (a 13xx/14xx year in any
# language, any year below 1900 under the persian calendar), with / or -
# and Latin, Persian or Arabic-Indic digits, and the workspace keeps the
# ISO Gregorian date. A bad date names the option, the value and what was
# expected, exits 64 and changes nothing.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption"
j() { jq -e "$1" out >/dev/null || fail "json: $1"; }

# 1405/09/12 = 2026-12-03 in every spelling, in English too
for d in 1405/09/12 1405-09-12 1405/9/12 ۱۴۰۵/۰۹/۱۲ ١٤٠٥/٠٩/١٢ ۲۰۲۶-۱۲-۰۳; do
	run metric record csat 4 --date "$d" --quiet; expect_rc 0 "metric record --date $d"
	run metric list --format json; j '.metrics | length == 1 and .[0].date == "2026-12-03"'
	run metric rm csat --date "$d"; expect_rc 0 "metric rm --date $d"; expect_out "removed 1 value"
done
# leap Esfand: 1403/12/30 = 2025-03-20
run metric record csat 4 --date 1403/12/30 --quiet; expect_rc 0
run metric list --format json; j '.metrics[0].date == "2025-03-20"'

run --lang fa status --today ۱۴۰۵/۰۹/۱۲ --format json; expect_rc 0; j '.today == "2026-12-03"'
run --calendar persian status --today 1405/09/12 --format json; expect_rc 0; j '.today == "2026-12-03"'
run adoption report --today 1405/09/12 --format json; expect_rc 0
run dq report --today 1405/09/12 --format json; expect_rc 0
run dq scan "$DATA/dq/contacts.csv" --date 1405/09/12 --format json; expect_rc 0
j '.date == "2026-12-03"'
run roster import "$D/roster.csv" --as-of 1405/09/02; expect_rc 0
run export x.xlsx --from 1405/01/01 --to 1405/12/29; expect_rc 0; expect_file x.xlsx
run report x.html --from 1405/01/01 --to 1405/12/29; expect_rc 0; expect_file x.html

# bad dates: the option, the value, what was expected; nothing written
sum=$(db_sum)
run metric record csat 4 --date 1404/12/30; expect_rc 64
expect_err "--date: found '1404/12/30', not a day of the Solar Hijri calendar: expected a date YYYY/MM/DD (years 1300..1499, months 01..12, days 01..31 in months 1 to 6, 01..30 in months 7 to 11, 01..29 in Esfand or 01..30 in a leap year)"
run goal add --phase pilot --metric csat --op ">=" --target 4 --due 1405/07/31; expect_rc 64
expect_err "--due: found '1405/07/31', not a day of the Solar Hijri calendar"
run status --today 1405/13/01; expect_rc 64; expect_err "--today: found '1405/13/01'"
run plan build --start 1405/09-15; expect_rc 64
expect_err "--start: found '1405/09-15', expected a Solar Hijri date YYYY/MM/DD (such as 1405/09/12) or a Gregorian date YYYY-MM-DD"
run --lang fa plan build --start tomorrow; expect_rc 64
expect_err "--start: «tomorrow» تاریخ نیست؛ تاریخ هجری شمسی به شکل YYYY/MM/DD (مانند ۱۴۰۵/۰۹/۱۲) یا تاریخ میلادی به شکل YYYY-MM-DD لازم است"
run --calendar persian plan build --start tomorrow; expect_rc 64
expect_err "--start: found 'tomorrow', expected a Solar Hijri date YYYY/MM/DD (such as 1405/09/12) or a Gregorian date YYYY-MM-DD"
# under the persian calendar any year below 1900 is Solar Hijri; under
# the Gregorian one 1899 is a Gregorian year too early, as before
run --calendar persian metric record csat 4 --date 1250/01/01; expect_rc 64
expect_err "not a day of the Solar Hijri calendar"
run metric record csat 4 --date 1899-12-31; expect_rc 64
expect_err "--date: found '1899-12-31', not a day of the calendar: expected a date YYYY-MM-DD (years 1900..9999, months 01..12, days within the month)"
run export x2.xlsx --from 1405/01/32; expect_rc 64; expect_err "--from: found '1405/01/32'"
expect_no_file x2.xlsx
run --lang ar roster import "$D/roster.csv" --as-of 1404/12/30; expect_rc 64
expect_err "--as-of: القيمة «1404/12/30» ليست يومًا في التقويم الهجري الشمسي"
[ "$(db_sum)" = "$sum" ] || fail "a refused date changed the workspace"
done_testing
