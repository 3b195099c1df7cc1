# plan update's bad input: no plan, unknown initiatives (with a close
# match), dates before the plan's start, after today, an end before its
# start, percent and status out of range, blocked without a reason, bad
# CSV rows (file, row and column): each a clear error, its exit code, and
# the workspace exactly as it was.
. "$TESTS_DIR/cli/lib.sh"
P="$DATA/plan-exec"

run plan update --help; expect_rc 0; expect_out "--status"; expect_out "--from FILE.csv"
# no plan yet: nothing is created
run plan update sponsor --status done; expect_rc 65; expect_err "no plan in"
expect_no_file crmready.db

export CRMREADY_TODAY=2026-01-02
run plan build --catalogue "$P/rollout.yaml" --start 2026-01-05; expect_rc 0
export CRMREADY_TODAY=2026-02-10
run plan update vision --started 2026-01-20; expect_rc 0
before=$(db_sum)

unchanged() { [ "$(db_sum)" = "$before" ] || fail "workspace changed: $1"; }

run plan update visoin --done 2026-02-01; expect_rc 65
expect_err "the plan has no initiative 'visoin' (did you mean 'vision'?)"; unchanged "unknown id"
run plan update nothing-like-it --status done; expect_rc 65
expect_err "the plan has no initiative 'nothing-like-it'; 'crmready plan show' lists them"; unchanged "unknown id 2"
run plan update sponsor --started 2026-01-01; expect_rc 65
expect_err "--started: 2026-01-01 is before the plan's start, 2026-01-05"; unchanged "before start"
run plan update sponsor --done 2026-02-11; expect_rc 65
expect_err "--done: 2026-02-11 is after today (2026-02-10): an actual date cannot be in the future"; unchanged "future end"
run plan update vision --done 2026-01-19; expect_rc 65
expect_err "--done: the actual end, 2026-01-19, is before the actual start, 2026-01-20"; unchanged "end before start"
run plan update sponsor --started 2026-01-10 --done 2026-01-09; expect_rc 65
expect_err "the actual end, 2026-01-09, is before the actual start, 2026-01-10"; unchanged "end before start 2"
run plan update sponsor --percent 101; expect_rc 64; expect_err "--percent: found '101', expected a whole number 0..100"; unchanged "percent"
run plan update sponsor --percent -1; expect_rc 64; unchanged "percent negative"
run plan update sponsor --percent half; expect_rc 64; expect_err "--percent: found 'half'"; unchanged "percent word"
run plan update sponsor --status finished; expect_rc 64
expect_err "--status: found 'finished', expected one of not-started, in-progress, done, blocked, dropped"; unchanged "status"
run plan update sponsor --status blocked; expect_rc 64
expect_err "--reason: blocked needs a reason"; unchanged "blocked"
run plan update sponsor --status in-progress --done 2026-02-01; expect_rc 64
expect_err "--status: 'in-progress' with an actual end"; unchanged "status and done"
run plan update sponsor --started 2026-13-01; expect_rc 64; expect_err "--started: found '2026-13-01'"; unchanged "bad date"
run plan update sponsor; expect_rc 64; expect_err "nothing to update"; unchanged "nothing"
run plan update; expect_rc 64; expect_err "which initiative?"; unchanged "no id"
run plan update sponsor --from x.csv; expect_rc 64; expect_err "not both"; unchanged "both"
run plan update sponsor --status done --by ""; expect_rc 64; expect_err "--by"; unchanged "by"

# the CSV: every bad row named, nothing applied (the good first row too)
printf 'initiative,status,started,done,percent,reason\nsponsor,done,2026-01-05,2026-01-16,,\nkpii,,,,,\nkpi,later,,,,\ntrain,,2026-99-01,,,\npilot,,,,200,\n' > bad.csv
run plan update --from bad.csv; expect_rc 65
expect_err "bad.csv: row 2 (line 3), column 1 (initiative): error: the plan has no initiative 'kpii' (did you mean 'kpi'?)"
expect_err "bad.csv: row 3 (line 4), column 2 (status): error: found 'later', expected one of"
expect_err "bad.csv: row 4 (line 5), column 3 (started): error: found '2026-99-01'"
expect_err "bad.csv: row 5 (line 6), column 5 (percent): error: found '200', expected a whole number from 0 to 100"
unchanged "bad csv"
printf 'initiative,done\nsponsor,2026-01-16\nkpi,2026-03-01\n' > future.csv
run plan update --from future.csv; expect_rc 65
expect_err "future.csv: row 2 (line 3), column 2 (done): error: 2026-03-01 is after today"
unchanged "future csv"
printf 'id,status\nsponsor,done\n' > nocol.csv
run plan update --from nocol.csv; expect_rc 65; expect_err "no 'initiative' column"; unchanged "no column"
printf 'initiative,status\n' > empty.csv
run plan update --from empty.csv; expect_rc 65; expect_err "no updates"; unchanged "empty"
run plan update --from missing.csv; expect_rc 66; unchanged "missing"
printf 'initiative,status\nsponsor,blocked\n' > blocked.csv
run plan update --from blocked.csv; expect_rc 64; expect_err "blocked.csv: row 1"; expect_err "blocked needs a reason"; unchanged "blocked csv"
[ "$(sqlite3 crmready.db "select count(*) from history")" = 2 ] || fail "history rows"
done_testing
