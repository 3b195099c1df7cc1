# A roster re-import says what it changed about earlier imports: users
# whose licence end it removes (reactivated: they count as licensed in
# every week again) and users excluded before that this import counts again.
. "$TESTS_DIR/cli/lib.sh"
run init; expect_rc 0
printf 'Id,Department,IsActive,UserType\n005A,Sales,true,Standard\n005B,Sales,false,Standard\n005C,IT,true,Standard\n005D,IT,true,AutomatedProcess\n' > u1.csv
run roster import u1.csv --exclude UserType=AutomatedProcess --as-of 2026-11-01; expect_rc 0
expect_out "Inactive: 1 user"
expect_out "Excluded: 1 user"
# Everyone active again, and no --exclude this time.
printf 'Id,Department,IsActive,UserType\n005A,Sales,true,Standard\n005B,Sales,true,Standard\n005C,IT,true,Standard\n005D,IT,true,AutomatedProcess\n' > u2.csv
run roster import u2.csv --as-of 2026-11-20; expect_rc 0
expect_out "4 users (0 new, 4 updated)"
expect_out "Reactivated: 1 user whose licence ended on an earlier import is active in this file (005B ended 2026-11-01): the end is removed, so they count as licensed in every week again."
expect_out "Counted again: 1 previously excluded user is counted again (this import has no --exclude matching them; 005D)."
run roster list --format csv; expect_rc 0
expect_out "005B,,Sales,,,,,"
expect_out "005D,,IT,,,,,"
# The same file once more: nothing to say.
run roster import u2.csv --as-of 2026-11-20; expect_rc 0
expect_no_out "Reactivated"
expect_no_out "Counted again"
done_testing
