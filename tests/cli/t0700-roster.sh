# roster import: the headers of docs/adoption.md (The roster), Salesforce User export, re-import
# updates, --map, bad cells by row and column with nothing written.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption"

run roster --help; expect_rc 0; expect_out "import"; expect_out "list"
run roster import --help; expect_rc 0; expect_out "usage: crmready roster import FILE.csv"
run roster import; expect_rc 64
run roster import "$D/nope.csv"; expect_rc 66; expect_err "nope.csv: cannot open"
expect_no_file crmready.db

run roster import "$D/roster.csv"; expect_rc 0
expect_out "5 users (5 new, 0 updated)"
run roster list; expect_rc 0
expect_out "Cyrus Karimi"; expect_out "5 users"
run roster list --format csv; expect_rc 0
expect_out "id,name,department,role,license_start,wave"
expect_out "u3,Cyrus Karimi,Service,Agent,,2"
expect_out "u1,Ann Ahmadi,Sales,Rep,2025-03-05,1"
run roster list --format json; expect_rc 0
expect_out '"license_start": "2025-03-20"'

# A Salesforce User export as is (Id, Name, Department, Title, LicenseStart,
# extra columns ignored); u1 is updated, u6 added.
run roster import "$D/sf-users.csv"; expect_rc 0
expect_out "2 users (1 new, 1 updated)"
run roster list --format csv
expect_out "u1,Ann Ahmadi,Sales,Account Executive,2025-03-05,"
expect_out "u6,Fay Moradi,Marketing,Marketer,2025-03-03,"

# A BOM and CRLF line ends (Excel's "CSV UTF-8").
printf '\357\273\277ID,Department,Wave\r\nu7,IT,2\r\n' > excel.csv
run roster import excel.csv; expect_rc 0; expect_out "1 user (1 new, 0 updated)"
run roster list --format csv; expect_out "u7,,IT,,,2"

# Other column names via --map; a misspelt key is a usage error.
run roster import "$D/roster-other.csv"; expect_rc 65
expect_err "no 'id' column in the header"
run roster import "$D/roster-other.csv" --map id=employee,department=team; expect_rc 0
expect_out "1 user (1 new, 0 updated)"
run roster import "$D/roster-other.csv" --map id=employee,dept=team; expect_rc 64
expect_err "unknown key 'dept'"
run roster import "$D/roster-other.csv" --map id=employe,department=team; expect_rc 65
expect_err "no 'employe' column in the header; did you mean 'employee'?"

# Bad cells: every one reported with row, line and column; nothing written.
before=$(db_sum)
run roster import "$D/roster-bad.csv"; expect_rc 65
# (an empty department is no error: such users count under "(no department)")
grep -q "row 2 (line 3)" err && fail "an empty department was refused"
expect_err "roster-bad.csv: row 3 (line 4), column 3 (license_start): error: '2025-02-30' is not a date YYYY-MM-DD: that day does not exist in that month"
expect_err "roster-bad.csv: row 4 (line 5), column 3 (license_start): error: 'next week' is not a date YYYY-MM-DD"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a bad roster"

printf 'id,department\na,Sales\nb,IT\na,IT\n' > dup.csv
run roster import dup.csv; expect_rc 65
expect_err "dup.csv: row 3 (line 4), column 1 (id): error: user 'a' appears again (first at row 1)"
printf '' > empty.csv
run roster import empty.csv; expect_rc 65; expect_err "empty"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a bad roster"

# More than 20 bad rows: the first 20, then a note.
{ echo "id,department"; i=1; while [ $i -le 25 ]; do echo ",D$i"; i=$((i + 1)); done; } > many.csv
run roster import many.csv; expect_rc 65
[ "$(grep -c 'error:' err)" -eq 20 ] || fail "expected 20 errors, got $(grep -c 'error:' err)"
expect_err "stopped after 20 bad rows"
done_testing
