#!/bin/sh
# The parts of the data-quality score read as the metric table names
# them in 'dq scan' and 'dq report' too: freshness in Persian is
# "به‌روز بودن" there as in the workbook and the HTML (these two said
# "تازگی").
. "$TESTS_DIR/cli/lib.sh"

run dq scan "$DATA/dq/contacts.csv" --date 2026-11-23 --lang fa; expect_rc 0
grep -q 'تازگی' out && fail "dq scan --lang fa still says تازگی"
grep -q '^به‌روز بودن: ۸ از ۱۰ رکورد' out || fail "dq scan --lang fa: no freshness line"
grep -q '  به‌روز بودن ۸۰٫۰٪' out || fail "dq scan --lang fa: no freshness figure"

run dq report --lang fa; expect_rc 0
grep -q 'تازگی' out && fail "dq report --lang fa still says تازگی"
grep -q 'به‌روز بودن$' out || fail "dq report --lang fa: the trend's freshness column"

# English is unchanged.
run dq scan "$DATA/dq/contacts.csv" --date 2026-11-23; expect_rc 0
expect_out "freshness: 8 of 10 records modified within 365 days of 2026-11-23 (80.0%)"
grep -q '  freshness 80.0%' out || fail "dq scan: no freshness figure"
done_testing
