#!/bin/sh
# Every date crmready reads is checked by one function (core/timex) with one
# range of years, 1900..9999, the one the date options' message names: an
# option, a roster date and a login time of 1899 are all refused, and the
# login log's message names the same years (it once accepted 1000..1899).
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption"

run metric record training.completion 0.5 --date 1899-12-31; expect_rc 64
expect_err "--date: found '1899-12-31', not a day of the calendar: expected a date YYYY-MM-DD (years 1900..9999, months 01..12, days within the month)"
run metric record training.completion 0.5 --date 1900-01-01; expect_rc 0

run roster import "$D/roster.csv"; expect_rc 0
printf '%s\n' '"Id","UserId","LoginTime","LoginType","SourceIp","Status","Application"' \
	'"0Ya1","u1","1899-12-31T08:00:00.000+0000","Application","10.0.0.1","Success","Browser"' >old.csv
run adoption import old.csv; expect_rc 65
expect_err "the year must be between 1900 and 9999"
printf '%s\n' '"Id","UserId","LoginTime","LoginType","SourceIp","Status","Application"' \
	'"0Ya1","u1","1900-01-01T08:00:00.000+0000","Application","10.0.0.1","Success","Browser"' >first.csv
run adoption import first.csv; expect_rc 0

printf 'Id,Name,Department,License Start\nu1,Ann,Sales,1899-12-31\n' >roster-old.csv
run roster import roster-old.csv; expect_rc 65
expect_err "the year must be between 1900 and 9999"

# dq scan's date option and its freshness cells share the check.
run dq scan "$DATA/dq/contacts.csv" --date 1899-12-31; expect_rc 64
expect_err "years 1900..9999"
done_testing
