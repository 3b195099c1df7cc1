# adoption import: LoginHistory recognised, failed logins ignored, events
# identified by user and second (re-import, overlap), unknown users, bad rows.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption"

run adoption --help; expect_rc 0; expect_out "import"; expect_out "report"
run adoption import --help; expect_rc 0; expect_out "--unknown-out"
run adoption import "$D/missing.csv"; expect_rc 66
expect_no_file crmready.db

run roster import "$D/roster.csv"; expect_rc 0
run adoption import "$D/login.csv" --unknown-out unknown.csv; expect_rc 0
expect_out "(Salesforce LoginHistory): 11 rows, 10 successful logins, 1 not successful (ignored)"
# 0Ya11 is 0Ya2 again (09:00Z written as 12:30:00.5+03:30)
expect_out "New logins: 9; already known: 1."
expect_out "Not in the roster: 1 user with 1 successful login"
expect_out "u9 (1)"
expect_err "warning: 1 user in the log is not in the roster"
expect_file unknown.csv
[ "$(cat unknown.csv)" = "$(printf 'user,logins\nu9,1')" ] || fail "unknown.csv: $(cat unknown.csv)"
[ "$(sqlite3 crmready.db 'select count(*) from adoption_logins')" = 9 ] || fail "9 logins stored"

# The same file again adds nothing and changes nothing.
before=$(db_sum)
run adoption import "$D/login.csv"; expect_rc 0
expect_out "New logins: 0; already known: 10."
[ "$(db_sum)" = "$before" ] || fail "re-import changed the workspace"

# An overlapping export: two known events (other spellings), one new.
run adoption import "$D/login-overlap.csv" --format json; expect_rc 0
expect_out '"added": 1'
expect_out '"already_known": 2'
expect_out '"layout": "salesforce-loginhistory"'
[ "$(sqlite3 crmready.db 'select count(*) from adoption_logins')" = 10 ] || fail "10 logins stored"

# From standard input.
"$CRMREADY" adoption import - < "$D/login-overlap.csv" >out 2>err; rc=$?
expect_rc 0; expect_out "New logins: 0; already known: 3."

# Bad rows in the middle: each reported by row and column; nothing written.
before=$(db_sum)
run adoption import "$D/login-bad.csv"; expect_rc 65
expect_err "login-bad.csv: row 2 (line 3), column 3 (LoginTime): error: time '2025-02-30T08:00:00Z': that day does not exist in that month"
expect_err "login-bad.csv: row 3 (line 4), column 3 (LoginTime): error: time '2025-03-18T24:00:00Z': the hour must be 00 to 23"
expect_err "login-bad.csv: row 4 (line 5), column 2 (UserId): error: user '': empty"
expect_err "login-bad.csv: row 5 (line 6), column 3 (LoginTime): error: time '2025-03-18T08:00:00': the time has no UTC offset"
# a failed login is still checked
expect_err "login-bad.csv: row 7 (line 8), column 3 (LoginTime): error: time '2025-13-19T08:00:00Z': the month must be 01 to 12"
expect_err "5 bad rows; nothing was imported"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a bad log"

# Malformed CSV.
printf '"UserId","LoginTime","Status"\n"u1","2025-03-18T08:00:00Z","Succ"ess"\n' > broken.csv
run adoption import broken.csv; expect_rc 65; expect_err "broken.csv: row 1 (line 2), column 3: error: malformed CSV: a quoted cell must be followed by a delimiter"
printf '"UserId","LoginTime","Status"\n"u1","2025-03-18T08:00:00Z\n' > open.csv
run adoption import open.csv; expect_rc 65; expect_err "never closed"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a malformed log"

# Not LoginHistory: name the columns.
run adoption import "$D/activity.csv"; expect_rc 65
expect_err "no user column: the header is not a Salesforce LoginHistory export"
run adoption import "$D/activity.csv" --map user=who,time=wen; expect_rc 65
expect_err "--map time=wen: no such column in the header; did you mean 'when'?"
run adoption import "$D/activity.csv" --map usr=who; expect_rc 64
expect_err "did you mean 'user'"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a refused log"
run adoption import "$D/activity.csv" --map user=who,time=when,event=what,status=result
expect_rc 0
expect_out "(mapped columns): 3 rows, 2 successful logins, 1 not successful (ignored)"
expect_out "New logins: 2"

# Progress is for terminals only: nothing on stderr here.
printf '"UserId","LoginTime","Status"\n' > header-only.csv
run adoption import header-only.csv; expect_rc 0; expect_out "0 rows"
[ ! -s err ] || fail "stderr should be empty"
done_testing
