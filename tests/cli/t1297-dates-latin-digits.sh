# A date with --digits latin: a Gregorian date is the ISO date, as in
# English (Arabic), while a Solar Hijri date keeps its '/' (Persian); in
# native digits both are joined by '/' (docs/languages.md, Digits).
. "$TESTS_DIR/cli/lib.sh"

run demo sample; expect_rc 0
D="--db sample/demo.db"
run $D plan show; expect_rc 0
expect_out "2026-08-31 to 2027-10-10"
run $D --lang ar plan show; expect_rc 0
expect_out "٢٠٢٦/٠٨/٣١"
run $D --lang ar --digits latin plan show; expect_rc 0
expect_out "2026-08-31"
expect_no_out "2026/08/31"
run $D --lang fa plan show; expect_rc 0
expect_out "۱۴۰۵/۰۶/۰۹"
run $D --lang fa --digits latin plan show; expect_rc 0
expect_out "1405/06/09"
run $D --lang fa --digits latin --calendar gregorian plan show; expect_rc 0
expect_out "2026-08-31"

done_testing
