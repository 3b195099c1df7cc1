# roster import of a Salesforce User export as it comes: blank departments
# kept under "(no department)" in every breakdown (report text/JSON/CSV,
# workbook, HTML report, status), inactive users not licensed from their
# end, integration users left out by --exclude; an HR list through --map;
# a broken export refused by row and column with the workspace unchanged.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption"
xdump() { /usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" "$1" >dump || fail "xlsx_dump failed on $1"; }
expect_dump() { grep -qF -- "$1" dump || fail "workbook lacks: $1"; }

run roster import --help; expect_rc 0
expect_out "--exclude COLUMN=VALUE"; expect_out "--as-of"

# Option errors come before anything is written (64), a missing column is 65.
run roster import "$D/sf-user-export.csv" --exclude UserType; expect_rc 64
expect_err "--exclude: expected COLUMN=VALUE"
run roster import "$D/sf-user-export.csv" --as-of 2026-13-01; expect_rc 64
expect_no_file crmready.db
run roster import "$D/sf-user-export.csv" --exclude User_Typ=AutomatedProcess; expect_rc 65
expect_err "--exclude User_Typ=AutomatedProcess: no 'User_Typ' column in the header; did you mean 'UserType'?"
expect_no_file crmready.db   # refused before anything was written: no workspace left

# The export: 9 users, of which two are integration users (excluded by two
# filters), two have a blank department (one a lone space), two are
# inactive (IsActive false, no end date: they end on --as-of 2026-11-18).
# Groups of two are compared here (anonymity; the default minimum is 5).
run init --min-group 2; expect_rc 0
run roster import "$D/sf-user-export.csv" --exclude UserType=AutomatedProcess \
	--exclude "Profile.Name=Salesforce API Only System Integrations" --as-of 2026-11-18
expect_rc 0
expect_out "sf-user-export.csv: 7 users (7 new, 0 updated)."
expect_out 'Without a department: 2 users, counted under "(no department)".'
expect_out "Inactive: 2 users, not counted as licensed from the end of their licence (2 marked inactive without an end date: from 2026-11-18 at the latest, the export's date; --as-of DATE sets it)."
expect_out "Excluded: 2 users (--exclude UserType=AutomatedProcess, Profile.Name=Salesforce API Only System Integrations), kept out of every figure."
run roster list --format csv; expect_rc 0
expect_out "id,name,department,role,license_start,wave,license_end,excluded,manager"
# UserRole.Name is the role; Title only when there is none
expect_out "005Hs00000A1b2cAAA,Ann Ahmadi,Sales,Sales Rep EMEA,,,,"
expect_out "005Hs00000D7h8iAAA,Dina Novak,,Consultant,,,,"
expect_out "005Hs00000E9j0kAAA,Eve Larsen,,,,,2026-11-18,"
expect_out "005Hs00000F1l2mAAA,Fay Moradi,Marketing,Marketing Manager,,,2026-11-18,"
expect_out "005Hs00000G3n4oAAA,Automated Process,,,,,,UserType=AutomatedProcess"
run roster list; expect_rc 0
expect_out "(no department)"; expect_out "licence ends 2026-11-18"
expect_out "excluded (UserType=AutomatedProcess)"

# Logins (ISO): the integration user logs in every week; Fay logs in after
# her licence ended; Eve (no department) once before.
cat > logins.csv <<'CSV'
UserId,LoginTime,Status
005Hs00000H5p6qAAA,2026-11-02T01:00:00Z,Success
005Hs00000A1b2cAAA,2026-11-02T09:00:00Z,Success
005Hs00000E9j0kAAA,2026-11-03T10:00:00Z,Success
005Hs00000H5p6qAAA,2026-11-09T01:00:00Z,Success
005Hs00000H5p6qAAA,2026-11-16T01:00:00Z,Success
005Hs00000A1b2cAAA,2026-11-16T09:00:00Z,Success
005Hs00000D7h8iAAA,2026-11-17T08:00:00Z,Success
005Hs00000H5p6qAAA,2026-11-23T01:00:00Z,Success
005Hs00000D7h8iAAA,2026-11-24T08:00:00Z,Success
005Hs00000F1l2mAAA,2026-11-24T09:00:00Z,Success
CSV
run adoption import logins.csv; expect_rc 0
# excluded users are known: their logins are not "not in the roster"
expect_no_out "Not in the roster"
# Licensed: 7 until the week of 11-16 (the licences end on Wednesday 11-18,
# so that week still counts them), 5 in the week of 11-23. Active: 11-02
# Ann and Eve; 11-09 none; 11-16 Ann and Dina; 11-23 Dina (Fay is not
# licensed any more, the integration user never is).
run adoption report --format csv --weeks 0; expect_rc 0
expect_out ",2026-11-02,7,2,0.285714285714286,1"
expect_out ",2026-11-09,7,0,0,"
expect_out ",2026-11-16,7,2,0.285714285714286,1"
expect_out ",2026-11-23,5,1,0.2,1"
expect_out "department=(no department),2026-11-02,2,1,0.5,1"
# the week of 11-23 is in progress (the log ends on its Monday) and holds
# one (no department) user: no figure (anonymity); Marketing's one user is
# in "other"
expect_out "department=(no department),2026-11-23,,,,,true"
expect_no_out "department=Marketing"
expect_out "other,2026-11-16,"
grep -q "AutomatedProcess\|Integration" out && fail "an excluded user made a group"
run adoption report; expect_rc 0
expect_out "(no department)"
expect_out "Never logged in: 3 of 5 licensed users (60.0%):"
expect_no_out "Eve Larsen"; expect_no_out "Fay Moradi"; expect_no_out "Integration User"
run adoption report --format json; expect_rc 0
jq -e '.roster_users == 7 and .never_logged_in.count == 3 and ([.never_logged_in.users[].id] | sort) == ["005Hs00000B3d4eAAA","005Hs00000C5f6gAAA","005Hs00000I7r8sAAA"]' out >/dev/null ||
	fail "never logged in (JSON)"
jq -e '[.groups[] | select(.name == "(no department)")][0].scope == "department=(no department)"' out >/dev/null ||
	fail "(no department) group in JSON"
run adoption report --lang fa; expect_rc 0
expect_out "(بدون واحد)"

# Status: a goal on the (no department) group gets its figure, of the last
# complete week.
run plan build --start 2026-09-07; expect_rc 0
run goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.8 --due 2026-12-31 --scope "department=(no department)"
expect_rc 0
run status --format json --today 2026-11-25; expect_rc 0
jq -e '[.goals[] | select(.scope == "department=(no department)")][0] | .latest == 0.5 and .latest_date == "2026-11-16"' out >/dev/null ||
	fail "status lacks the (no department) figure"
run status --today 2026-11-25; expect_rc 0
expect_out "department=(no department)"

# The workbook and the HTML report show the group with the same figures.
run export wb.xlsx; expect_rc 0
xdump wb.xlsx
expect_dump "	s	(no department)"
grep -A3 "	s	(no department)$" dump | grep -q "	n	0.5$" || fail "workbook: (no department) rate"
run export fa.xlsx --lang fa; expect_rc 0
xdump fa.xlsx
expect_dump "	s	(بدون واحد)"
run report r.html; expect_rc 0
grep -q "<td>(no department)</td><td>2026-11-16</td>" r.html || fail "HTML lacks the (no department) row"

# A later export without an end date keeps the earlier end (2026-11-18).
before_end=$(sqlite3 crmready.db "select license_end from adoption_roster r join adoption_accounts a using(num) where a.id='005Hs00000E9j0kAAA'")
run roster import "$D/sf-user-export.csv" --exclude UserType=AutomatedProcess \
	--exclude "Profile.Name=Salesforce API Only System Integrations"; expect_rc 0
expect_out "7 users (0 new, 7 updated)"
[ "$before_end" = 2026-11-18 ] || fail "end stored: $before_end"
[ "$(sqlite3 crmready.db "select license_end from adoption_roster r join adoption_accounts a using(num) where a.id='005Hs00000E9j0kAAA'")" = 2026-11-18 ] ||
	fail "a re-import moved the end date"

# An HR list: columns named with --map; Terminated with a past end date.
run roster import "$D/hr-list.csv" --map id=employee_id,department=team,active=status,license_end=contract_end --as-of 2026-11-23
expect_rc 0
expect_out "3 users (3 new, 0 updated)."
expect_out 'Without a department: 1 user, counted under "(no department)".'
expect_out "Inactive: 1 user, not counted as licensed from the end of their licence."
run roster list --format csv
expect_out "E101,Hamid Sadeghi,Sales,,,,2026-11-10,"
expect_out "E102,Iris Berg,,,,,2027-06-30,"

# The broken export: every bad cell by row and column, nothing written.
before=$(db_sum)
B=sf-user-export-bad.csv
run roster import "$D/$B" --map license_start=CreatedDate --exclude UserType=AutomatedProcess
expect_rc 65
expect_err "$B: row 2 (line 3), column 8 (IsActive): error: 'ture' is not an active flag (true/false, 1/0, yes/no, active/inactive)"
expect_err "$B: row 3 (line 4), column 11 (CreatedDate): error: '15/01/2025 09:12' is not a date YYYY-MM-DD"
expect_err "$B: row 4 (line 5), column 11 (CreatedDate): error: '2025-02-30T07:05:51.000Z' is not a date YYYY-MM-DD: that day does not exist in that month"
expect_err "$B: row 6 (line 7), column 1 (Id): error: empty: every user needs an id"
# the excluded row (blank IsActive and dates) is not checked
grep -q "row 5 (line 6)" err && fail "an excluded row was checked"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a broken export"
# a licence end before its start
printf 'id,department,license_start,license_end\nu1,Sales,2026-03-01,2026-02-01\n' > backwards.csv
run roster import backwards.csv; expect_rc 65
expect_err "row 1 (line 2), column 4 (license_end): error: '2026-02-01' is before the licence start 2026-03-01"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a backwards licence"
done_testing
