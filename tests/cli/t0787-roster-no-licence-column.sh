# A roster without a licence start column counts every user as licensed in
# every week, which lowers the early weeks' rates: the import says so and
# names a likely column (a Salesforce User export's CreatedDate). One user
# is "1 user".
. "$TESTS_DIR/cli/lib.sh"
printf 'Id,Name,Department,CreatedDate\nu1,Ann,Sales,2026-01-05\nu2,Bob,Sales,2026-02-01\n' >sf.csv
run roster import sf.csv; expect_rc 0
expect_err "sf.csv:1: note: no licence start column: every user counts as licensed in every week; if 'CreatedDate' is when each got a licence, add --map license_start=that column"
run roster import sf.csv --map license_start=CreatedDate; expect_rc 0
grep -q "licence start" err && fail "a mapped licence start still noted"
printf 'id,department\nu9,Sales\n' >hr.csv
run roster import hr.csv; expect_rc 0
expect_out "Imported hr.csv: 1 user (1 new, 0 updated)."
expect_err "hr.csv:1: note: no licence start column: every user counts as licensed in every week (--map license_start=COLUMN names one)"
done_testing
