# adoption import across batches: each day's count and digest decide whether
# its events are read back. A log larger than one batch, re-imported whole,
# in part, with one event changed, and into a workspace whose days predate
# the digests: every new event counted once, no known event added again.
. "$TESTS_DIR/cli/lib.sh"

# 10 days x 30,000 logins of 50 users, two seconds apart (300,000 rows: more
# than two batches of the import, so days meet batch ends).
gen() { # FIRST_DAY LAST_DAY [SKIP_EVERY]
	awk -v a="$1" -v b="$2" -v skip="${3:-0}" 'BEGIN {
		print "UserId,LoginTime,Status"
		for (d = a; d <= b; d++)
			for (i = 0; i < 30000; i++) {
				if (skip && i % skip == 0) continue
				s = i * 2
				printf "u%d,2025-03-%02dT%02d:%02d:%02dZ,Success\n", i % 50 + 1, d,
				       int(s / 3600), int(s % 3600 / 60), s % 60
			}
	}'
}
days_ok() { # the days hold exactly the stored events
	[ "$(sqlite3 crmready.db 'select sum(logins) from adoption_login_days')" = \
	  "$(sqlite3 crmready.db 'select count(*) from adoption_logins')" ] ||
		fail "day counts differ from the events stored"
}

{ echo "Id,Name,Department,Role,License Start,Wave"
  i=1; while [ $i -le 50 ]; do echo "u$i,User $i,Sales,Rep,2025-03-01,1"; i=$((i + 1)); done
} > roster.csv
run roster import roster.csv; expect_rc 0
gen 1 10 > full.csv

run adoption import full.csv; expect_rc 0
expect_out "New logins: 300000; already known: 0."
[ "$(sqlite3 crmready.db 'select count(*) from adoption_login_days')" = 10 ] || fail "10 days"
days_ok

# The same file again: nothing added, nothing changed.
before=$(db_sum)
run adoption import full.csv; expect_rc 0
expect_out "New logins: 0; already known: 300000."
[ "$(db_sum)" = "$before" ] || fail "re-import changed the workspace"

# Days 4..12 with a third of each day's events left out: days 4..10 are
# stored (fewer events than stored: merged), days 11 and 12 are new.
gen 4 12 3 > part.csv
run adoption import part.csv; expect_rc 0
expect_out "New logins: 40000; already known: 140000."
days_ok

# Day 2 with one event moved by a second: as many events as stored, one new.
gen 2 2 | sed 's/^u1,2025-03-02T00:00:00Z,/u1,2025-03-02T00:00:01Z,/' > moved.csv
run adoption import moved.csv; expect_rc 0
expect_out "New logins: 1; already known: 29999."
days_ok

# A workspace from before the day digests: the next import computes them.
sqlite3 crmready.db 'DELETE FROM adoption_login_days' || fail "clearing the days"
run adoption import full.csv; expect_rc 0
expect_out "New logins: 0; already known: 300000."
[ "$(sqlite3 crmready.db 'select count(*) from adoption_login_days')" = 12 ] || fail "12 days rebuilt"
days_ok
done_testing
