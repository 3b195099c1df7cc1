# roster import --date-format LAYOUT reads licence dates as an HR list
# writes them (the strptime-style layouts of adoption import's
# --time-format); a date that does not fit names its row, column and the
# layout; a bad layout is a usage error; nothing is written either way.
. "$TESTS_DIR/cli/lib.sh"
run init; expect_rc 0
printf 'Employee,Team,Start,Left\nE1,Sales,15/01/2026,\nE2,IT,3/2/2026,30/06/2026\n' > hr.csv
M="--map id=Employee,department=Team,license_start=Start,license_end=Left"
# without the layout the dates are refused by row and column
before=$(db_sum)
run roster import hr.csv $M; expect_rc 65
expect_err "hr.csv: row 1 (line 2), column 3 (Start): error: '15/01/2026' is not a date YYYY-MM-DD"
[ "$(db_sum)" = "$before" ] || fail "workspace changed"
run roster import hr.csv $M --date-format '%d/%m/%Y'; expect_rc 0
expect_out "2 users (2 new, 0 updated)"
run roster list --format csv; expect_rc 0
expect_out "E1,,Sales,,2026-01-15,,,"
expect_out "E2,,IT,,2026-02-03,,2026-06-30,"
before=$(db_sum)
printf 'Employee,Team,Start,Left\nE1,Sales,2026-01-15,\nE2,IT,31/02/2026,\n' > bad.csv
run roster import bad.csv $M --date-format '%d/%m/%Y'; expect_rc 65
expect_err "bad.csv: row 1 (line 2), column 3 (Start): error: '2026-01-15' does not fit --date-format '%d/%m/%Y'"
expect_err "bad.csv: row 2 (line 3), column 3 (Start): error: '31/02/2026' is not a date"
run roster import hr.csv $M --date-format '%d/%m'; expect_rc 64
expect_err "--date-format '%d/%m': the layout needs a year"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a refused import"
done_testing
