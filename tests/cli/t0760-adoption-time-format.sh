# adoption import --time-format / --timezone: a Salesforce Login History
# report in US format ("11/22/2026, 10:15 PM", wall clock of the report's
# time zone), DST handled per time, clear errors naming row, column and the
# layout tried, and nothing written when a row is bad.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption"
LOG="$D/sf-loginhistory-us.csv"
US='%m/%d/%Y, %I:%M %p'

printf 'Id,Name,Department\n005Hs00000A1b2cAAA,Ann Ahmadi,Sales\n005Hs00000B3d4eAAA,Bob Bauer,Sales\n005Hs00000C5f6gAAA,Cyrus Karimi,Service\n' > users.csv
run roster import users.csv; expect_rc 0

# As ISO 8601 the report's times are refused: the first row is named with the
# layout tried and a hint; nothing is written.
before=$(db_sum)
run adoption import "$LOG"; expect_rc 65
expect_err "sf-loginhistory-us.csv: row 1 (line 2), column 3 (Login Time): error: time '11/24/2026, 12:05 PM': expected an ISO 8601 time"
expect_err "give --time-format"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a refused log"

# Options are checked before the workspace is touched (64).
run adoption import "$LOG" --time-format "$US"; expect_rc 64
expect_err "has no UTC offset (%z): give --timezone ZONE"
run adoption import "$LOG" --time-format '%m/%d/%Y %Q' --timezone UTC; expect_rc 64
expect_err "--time-format '%m/%d/%Y %Q': unknown conversion"
expect_err "at character 10"
run adoption import "$LOG" --time-format '%H:%M' --timezone UTC; expect_rc 64
expect_err "needs a year"
run adoption import "$LOG" --time-format "$US" --timezone America/New_Yrok; expect_rc 64
expect_err "--timezone: no time zone 'America/New_Yrok' in /usr/share/zoneinfo; did you mean 'America/New_York'?"
run adoption import "$LOG" --time-format "$US" --timezone ../../etc/passwd; expect_rc 64
expect_err "not a time zone name"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by bad options"

# Read as New York wall clock. Bob's "11/22/2026, 10:15 PM" is Sunday evening
# in New York but 03:15Z on Monday 2026-11-23 (EST, -05:00): it counts in
# the week of 11-23. Cyrus's "11/1/2026, 1:30 AM" happens twice (clocks go
# back at 2:00 EDT): the first, 05:30Z. Ann's "10/31/2026, 11:30 PM" EDT is
# 03:30Z on 11-01. Weeks: 10-26 Ann and Cyrus; 11-16 Ann; 11-23 Ann and Bob.
run adoption import "$LOG" --time-format "$US" --timezone America/New_York; expect_rc 0
expect_out "6 rows, 5 successful logins, 1 not successful (ignored)"
expect_out "Times read as '%m/%d/%Y, %I:%M %p', wall clock in America/New_York (stored as UTC)."
expect_out "Weekly figures recomputed for 5 weeks (2026-10-26 .. 2026-11-23)."
[ "$(sqlite3 crmready.db "select group_concat(datetime(key >> 24, 'unixepoch'), ' ') from (select key from adoption_logins order by key)")" = \
  "2026-11-01 03:30:00 2026-11-01 05:30:00 2026-11-16 13:47:00 2026-11-23 03:15:00 2026-11-24 17:05:00" ] ||
	fail "stored times: $(sqlite3 crmready.db "select datetime(key >> 24, 'unixepoch') from adoption_logins")"
run adoption report --format csv --weeks 0; expect_rc 0
expect_out ",2026-10-26,3,2,0.666666666666667,1"
expect_out ",2026-11-16,3,1,0.333333333333333,1"
expect_out ",2026-11-23,3,2,0.666666666666667,1"

# The same report again: nothing new (the times read the same way).
run adoption import "$LOG" --time-format "$US" --timezone America/New_York --format json; expect_rc 0
expect_out '"added": 0'
expect_out '"time_format": "%m/%d/%Y, %I:%M %p"'
expect_out '"timezone": "America/New_York"'

# Read as UTC instead, Bob's login falls in the week of 11-16.
rm -f crmready.db
run roster import users.csv; expect_rc 0
run adoption import "$LOG" --time-format "$US" --timezone UTC; expect_rc 0
run adoption report --format csv --weeks 0; expect_rc 0
expect_out ",2026-11-16,3,2,0.666666666666667,1"
expect_out ",2026-11-23,3,1,0.333333333333333,1"

# An offset in the layout (%z) needs no --timezone.
printf 'user,time\n005Hs00000A1b2cAAA,03.12.2026 08:47 +0100\n' > eu.csv
run adoption import eu.csv --map user=user,time=time --time-format '%d.%m.%Y %H:%M %z'; expect_rc 0
expect_out "New logins: 1"
[ "$(sqlite3 crmready.db "select datetime(max(key) >> 24, 'unixepoch') from adoption_logins")" = "2026-12-03 07:47:00" ] ||
	fail "%z not applied"

# ISO times without an offset ("2026-12-03 08:47:00", as many exports write
# them) read with --timezone alone; without it the error says so.
printf 'user,time\n005Hs00000B3d4eAAA,2026-12-03 08:47:00\n' > iso-local.csv
before=$(db_sum)
run adoption import iso-local.csv --map user=user,time=time; expect_rc 65
expect_err "row 1 (line 2), column 2 (time): error: time '2026-12-03 08:47:00': the time has no UTC offset"
expect_err "give --timezone ZONE"
[ "$(db_sum)" = "$before" ] || fail "workspace changed"
run adoption import iso-local.csv --map user=user,time=time --timezone Europe/Berlin; expect_rc 0
expect_out "Times without an offset read as wall clock in Europe/Berlin (stored as UTC)."
[ "$(sqlite3 crmready.db "select datetime(max(key) >> 24, 'unixepoch') from adoption_logins")" = "2026-12-03 07:47:00" ] ||
	fail "Europe/Berlin not applied"

# The broken report: every bad time named with its row, column and the
# layout tried; nothing written.
before=$(db_sum)
run adoption import "$D/sf-loginhistory-us-bad.csv" --time-format "$US" --timezone America/New_York
expect_rc 65
B="sf-loginhistory-us-bad.csv"
expect_err "$B: row 2 (line 3), column 3 (Login Time): error: time '11/22/2026 10:15 PM' does not match --time-format '%m/%d/%Y, %I:%M %p' at character 11 (expected ',')"
expect_err "$B: row 4 (line 5), column 3 (Login Time): error: time '16/11/2026, 8:47 AM' read as --time-format '%m/%d/%Y, %I:%M %p': the month must be 01 to 12"
expect_err "$B: row 5 (line 6), column 3 (Login Time): error: time '11/1/2026, 13:30 AM' read as --time-format '%m/%d/%Y, %I:%M %p': the hour must be 1 to 12 with AM/PM"
expect_err "$B: row 6 (line 7), column 3 (Login Time): error: time '2026-10-31T23:30:00Z' does not match --time-format '%m/%d/%Y, %I:%M %p' at character 3 (expected '/')"
expect_err "4 bad rows; nothing was imported"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a broken report"
done_testing
