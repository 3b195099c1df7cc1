# A plan started on a Solar Hijri date: the terminal shows its days in the
# calendar in use (Solar Hijri under fa, in Persian or Latin digits;
# Gregorian under --calendar gregorian), JSON the ISO Gregorian ones.
. "$TESTS_DIR/cli/lib.sh"

# 1405/09/15 = 2026-12-06
run --lang fa plan build --start ۱۴۰۵/۰۹/۱۵; expect_rc 0
run plan show --format json; expect_rc 0
jq -e '.start == "2026-12-06"' out >/dev/null || fail "plan start stored as ISO"
run --lang fa plan show --format json; expect_rc 0
jq -e '.start == "2026-12-06"' out >/dev/null || fail "JSON stays ISO under fa"
run plan show; expect_rc 0; expect_out "2026-12-06"

run --lang fa plan show; expect_rc 0
expect_out "۱۴۰۵/۰۹/۱۵"; expect_no_out "2026-12-06"
run --lang fa --digits latin plan show; expect_rc 0
expect_out "1405/09/15"; expect_no_out "2026-12-06"
run --lang fa --calendar gregorian plan show; expect_rc 0
expect_out "۲۰۲۶/۱۲/۰۶"; expect_no_out "۱۴۰۵/۰۹/۱۵"
run --lang en --calendar persian plan show; expect_rc 0
expect_out "1405/09/15"; expect_no_out "2026-12-06"

# the goals the plan made are due on Solar Hijri days too
run --lang fa goal list; expect_rc 0; expect_out "۱۴۰۵/"; expect_no_out "2026-"
done_testing
