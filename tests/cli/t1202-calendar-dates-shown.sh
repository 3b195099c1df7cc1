# The dates crmready's commands print themselves (goal add and set, metric
# record, export's period check) in the calendar and digits in use; a
# Solar Hijri due date typed in Persian comes back as typed, and JSON keeps
# the ISO Gregorian date. (goal and metric print through cli/cmd_goal.c and
# cli/cmd_metric.c, whose timex_show comes with the cli messages' branch.)
. "$TESTS_DIR/cli/lib.sh"

# 1405/12/29 (1405 is not leap: the last day) = 2027-03-20
run --lang fa goal add --phase pilot --metric csat --op ">=" --target 4 --due ۱۴۰۵/۱۲/۲۹
expect_rc 0; expect_out "۱۴۰۵/۱۲/۲۹"; expect_no_out "2027-03-20"
run goal list --format json; expect_rc 0
jq -e '.goals[0].due == "2027-03-20"' out >/dev/null || fail "due stored as ISO"
run goal add --phase pilot --metric csat --op ">=" --target 4 --due 2027-03-20
expect_rc 0; expect_out "due 2027-03-20"
run --lang fa --digits latin goal set 1 --due 1405/06/31; expect_rc 0; expect_out "1405/06/31"
run goal list --format json; jq -e '.goals[0].due == "2026-09-22"' out >/dev/null || fail "goal set --due"
run --lang fa --calendar gregorian goal set 1 --due 1405/07/01; expect_rc 0
expect_out "۲۰۲۶/۰۹/۲۳"
run --lang en --calendar persian goal set 1 --due 2026-12-03; expect_rc 0
expect_out "due 1405/09/12"
run goal set 1 --due 1405/09/12; expect_rc 0; expect_out "due 2026-12-03"

# a baseline's day
run --lang fa goal add --phase pilot --metric csat --op ">=" --target 4 --due 1406/01/15 --baseline 3
expect_rc 0; expect_out "۱۴۰۵/۰۹/۰۲"     # CRMREADY_TODAY 2026-11-23

run --calendar persian metric record csat 4.2 --date 2026-03-21; expect_rc 0
expect_out "recorded csat = 4.2 on 1405/01/01"
run --lang ar metric record csat 4.2 --date 1405/01/01; expect_rc 0
expect_out "٢٠٢٦/٠٣/٢١"
run --lang fa export x.xlsx --from 1405/09/12 --to 1405/01/01; expect_rc 64
expect_err "۱۴۰۵/۰۹/۱۲"; expect_err "۱۴۰۵/۰۱/۰۱"
run export x.xlsx --from 2026-12-03 --to 2026-03-21; expect_rc 64
expect_err "--from 2026-12-03 is after --to 2026-03-21"
done_testing
