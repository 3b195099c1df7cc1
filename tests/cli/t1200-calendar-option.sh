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

# the language's calendar, or the one chosen (export's period check shows
# the two dates it compares)
period() { run "$@" export x.xlsx --from 2026-12-03 --to 2026-03-21; expect_rc 64; }
period --lang fa; expect_err "۱۴۰۵/۰۹/۱۲"; expect_err "۱۴۰۵/۰۱/۰۱"
period --lang fa --calendar gregorian; expect_err "۲۰۲۶/۱۲/۰۳"
period --lang fa --digits latin; expect_err "1405/09/12"
period --lang en --calendar persian; expect_err "--from 1405/09/12 is after --to 1405/01/01"
period --lang ar; expect_err "٢٠٢٦/١٢/٠٣"
period --lang ar --calendar persian; expect_err "١٤٠٥/٠٩/١٢"

# the environment, below the option
CRMREADY_CALENDAR=persian period; expect_err "--from 1405/09/12 is after --to 1405/01/01"
CRMREADY_CALENDAR=persian period --calendar gregorian
expect_err "--from 2026-12-03 is after --to 2026-03-21"
CRMREADY_CALENDAR=mayan period; expect_err "--from 2026-12-03 is after --to 2026-03-21"
expect_err "crmready: warning: CRMREADY_CALENDAR='mayan' is not one of gregorian, persian; using the language's calendar"
expect_no_file x.xlsx

# the translated refusal, under both right-to-left languages
run --lang fa --calendar julian metric list; expect_rc 64; expect_err "تقویم «julian» شناخته نیست"
run --lang ar --calendar julian metric list; expect_rc 64; expect_err "التقويم «julian» غير معروف"
done_testing
