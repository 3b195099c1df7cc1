# How far the logs reach (docs/adoption.md: Incomplete weeks): each import is kept
# (migration 010), a week is complete once the logs reach its last second
# (Sunday 23:59:59 UTC), weeks after the logs' end are in progress too, a
# failed import records nothing, and workspaces from before migration 010
# get their reach from the logins they hold.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/weeks"
hdr='"Id","UserId","LoginTime","LoginType","SourceIp","Status","Application"'
imports() { sqlite3 "${1:-crmready.db}" 'SELECT file, first_ts, last_ts, rows FROM adoption_imports ORDER BY id'; }

run roster import "$D/roster.csv"; expect_rc 0
run adoption import "$D/monday-morning.csv" --format json; expect_rc 0
jq -e '.log_reaches == "2026-11-23T08:00:00Z" and .logs_reach == "2026-11-23T08:00:00Z" and
       .week_in_progress == "2026-11-23"' out >/dev/null || fail "import JSON: $(cat out)"
# first and last event of the file's 18 rows: 2026-11-10 09:15 and 11-23 08:00 UTC
# (date -u -d 2026-11-10T09:15:00Z +%s)
[ "$(imports)" = "$D/monday-morning.csv|1794302100|1795420800|18" ] || fail "import row: $(imports)"
sqlite3 crmready.db "SELECT imported_at FROM adoption_imports" | grep -Eq '^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$' ||
	fail "imported_at"

# The same file again changes nothing, the import list included.
before=$(db_sum)
run adoption import "$D/monday-morning.csv"; expect_rc 0
[ "$(db_sum)" = "$before" ] || fail "re-import changed the workspace"

# A bad log: nothing recorded, the workspace as it was, 65.
printf '%s\n"1","u1","2026-11-24T09:00:00Z","Application","1","Success","Browser"\n"2","u2","yesterday","Application","1","Success","Browser"\n' "$hdr" > bad.csv
run adoption import bad.csv; expect_rc 65
expect_err "bad.csv"
[ "$(db_sum)" = "$before" ] || fail "a failed import changed the workspace"

# A week after the logs' end: a value recorded by hand for 2026-11-30 is in
# progress as well; status and findings still judge 2026-11-16.
run metric record adoption.active_rate 0.05 --date 2026-11-30; expect_rc 0
run goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.75 --due 2026-12-31
expect_rc 0
run status --today 2026-12-02 --format json; expect_rc 0
jq -e '.goals[0] | .latest == 0.8 and .latest_date == "2026-11-16" and .status == "achieved"' out >/dev/null ||
	fail "status read a week after the logs' end: $(cat out)"
run findings --fail-on critical; expect_rc 0
run adoption report --weeks 2; expect_rc 0
grep -Eq "^2026-11-30 .*5.0%.*week in progress: logs reach 2026-11-23 08:00 UTC" out || fail "later week not labelled"
run metric rm adoption.active_rate --date 2026-11-30; expect_rc 0

# An export reaching Sunday 23:59:58 leaves that week in progress; one more
# second completes it. Failed logins count: they show how far the log goes.
printf '%s\n"3","u6","2026-11-29T23:59:58Z","Application","1","Invalid Password","Browser"\n' "$hdr" > sun58.csv
printf '%s\n"4","u6","2026-11-29T23:59:59Z","Application","1","Invalid Password","Browser"\n' "$hdr" > sun59.csv
run adoption import sun58.csv; expect_rc 0
expect_out "The log reaches 2026-11-29 23:59:58 UTC: the week of 2026-11-23 is in progress."
run status --format json
jq -e '.goals[0].latest_date == "2026-11-16"' out >/dev/null || fail "23:59:58 completed the week"
run adoption import sun59.csv; expect_rc 0
expect_out "The log reaches 2026-11-29 23:59:59 UTC: every week up to then is complete."
[ "$(imports | wc -l)" -eq 3 ] || fail "three imports kept: $(imports)"
run status --today 2026-11-30 --format json
jq -e '.goals[0] | .latest == 0.2 and .latest_date == "2026-11-23"' out >/dev/null ||
	fail "the complete week is judged: $(cat out)"
run adoption report --format json
jq -e '[.weeks[] | select(.in_progress)] == [] and .logs_reach == "2026-11-29T23:59:59Z"' out >/dev/null ||
	fail "no week in progress"
# An older log imported afterwards does not pull the reach back.
printf '%s\n"5","u1","2026-11-10T09:15:00Z","Application","1","Success","Browser"\n' "$hdr" > old.csv
run adoption import old.csv; expect_rc 0
expect_out "The log reaches 2026-11-10 09:15:00 UTC (earlier imports reach 2026-11-29 23:59:59 UTC): every week up to then is complete."

# Logs of a few days only: no week is complete, so the summary and the card
# show the week in progress, saying so; status has nothing to judge.
run --db short.db roster import "$D/roster.csv"; expect_rc 0
printf '%s\n"6","u1","2026-11-24T09:00:00Z","Application","1","Success","Browser"\n' "$hdr" > short.csv
run --db short.db adoption import short.csv; expect_rc 0
run --db short.db goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.5 --due 2026-12-31
run --db short.db status --format json
jq -e '.goals[0].status == "no data"' out >/dev/null || fail "a week in progress was judged: $(cat out)"
run --db short.db findings --fail-on critical; expect_rc 0
run --db short.db export short.xlsx; expect_rc 0
/usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" short.xlsx > dump
grep -qF "1 of 10 licensed users, week of 2026-11-23 (in progress: no week is complete yet)" dump || fail "short summary"
run --db short.db report short.html; expect_rc 0
grep -q '<div class="v">10%</div><div class="k">active users, week of 2026-11-23 (in progress)</div>' short.html ||
	fail "short HTML card"

# A workspace from before migration 010 (schema 9, no import list): its
# logins give the reach, so the Monday-morning week is in progress at once.
# Built from migrations 001-009 and given the data a schema-9 binary stored.
run --db new.db roster import "$D/roster.csv"; expect_rc 0
run --db new.db adoption import "$D/monday-morning.csv"; expect_rc 0
rm -f old.db
for f in "$TESTS_DIR"/../store/migrations/00*.sql; do cat "$f"; echo; done | sqlite3 old.db ||
	fail "building a schema 9 workspace"
sqlite3 old.db "PRAGMA application_id = 1129467218; PRAGMA user_version = 9;
ATTACH 'new.db' AS n;
INSERT INTO adoption_accounts SELECT num, id FROM n.adoption_accounts;
INSERT INTO adoption_roster SELECT num, department, name, role, license_start, wave FROM n.adoption_roster;
INSERT INTO adoption_logins SELECT key FROM n.adoption_logins;
INSERT INTO adoption_user_logins SELECT num, first_ts, last_ts, logins FROM n.adoption_user_logins;
INSERT INTO adoption_login_days SELECT day, logins, digest FROM n.adoption_login_days;
INSERT INTO metrics SELECT name, scope, date, value, source FROM n.metrics;" ||
	fail "making a schema 9 workspace"
run --db old.db adoption report; expect_rc 0
grep -Eq "^2026-11-23 .*week in progress: logs reach 2026-11-23 07:45 UTC" out ||
	fail "old workspace not migrated: $(cat out)"
[ "$(sqlite3 old.db 'PRAGMA user_version')" -ge 10 ] || fail "schema version"
[ "$(imports old.db)" = "(imported before crmready kept its imports)|1794302100|1795419900|16" ] ||
	fail "migrated import row: $(imports old.db)"
done_testing
