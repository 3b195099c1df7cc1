# --calendar NAME and CRMREADY_CALENDAR: the names accepted (any case), a
# bad name refused with the names listed (64, no workspace made), a bad
# environment value only warned about; the calendar in use follows the
# language unless one is chosen.
. "$TESTS_DIR/cli/lib.sh"

run metric record training.completion 0.5 --date 2026-12-03; expect_rc 0
sum=$(db_sum)
for name in gregorian persian PERSIAN Gregorian; do
	run --calendar "$name" metric list; expect_rc 0
done

run --calendar julian metric list; expect_rc 64
expect_err "--calendar: found 'julian', expected one of: gregorian, persian"
run --calendar islamic metric record training.completion 0.7; expect_rc 64
expect_err "expected one of: gregorian, persian"
run --calendar "" metric list; expect_rc 64
[ "$(db_sum)" = "$sum" ] || fail "a refused --calendar changed the workspace"
rm crmready.db
run --calendar julian metric record training.completion 0.5; expect_rc 64
expect_no_file crmready.db
run metric record training.completion 0.5 --date 2026-12-03 --quiet; expect_rc 0

# the language's calendar, or the one chosen
run --lang fa metric record training.completion 0.5 --date 2026-12-03; expect_rc 0
expect_out "۱۴۰۵/۰۹/۱۲"
run --lang fa --calendar gregorian metric record training.completion 0.5 --date 2026-12-03
expect_rc 0; expect_out "۲۰۲۶-۱۲-۰۳"; expect_no_out "۱۴۰۵"
run --lang en --calendar persian metric record training.completion 0.5 --date 2026-12-03
expect_rc 0; expect_out "replaced training.completion = 0.5 on 1405/09/12"
run --lang ar metric record training.completion 0.5 --date 2026-12-03
expect_rc 0; expect_out "٢٠٢٦-١٢-٠٣"

# the environment, below the option
CRMREADY_CALENDAR=persian run metric record training.completion 0.5 --date 2026-12-03
expect_rc 0; expect_out "on 1405/09/12"
CRMREADY_CALENDAR=persian run --calendar gregorian metric record training.completion 0.5 --date 2026-12-03
expect_rc 0; expect_out "on 2026-12-03"
CRMREADY_CALENDAR=mayan run metric record training.completion 0.5 --date 2026-12-03
expect_rc 0; expect_out "on 2026-12-03"
expect_err "crmready: warning: CRMREADY_CALENDAR='mayan' is not one of gregorian, persian; using the language's calendar"

# the translated refusal, under both right-to-left languages
run --lang fa --calendar julian metric list; expect_rc 64; expect_err "تقویم «julian» شناخته نیست"
run --lang ar --calendar julian metric list; expect_rc 64; expect_err "التقويم «julian» غير معروف"
done_testing
