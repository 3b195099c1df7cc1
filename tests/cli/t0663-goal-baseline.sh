# A fixed baseline (issue 16 item 3): each goal keeps the first value on or
# after the day it was set (or goal add|set --baseline V) and "expected" is
# the straight path from that baseline (on the set day) to the target (on
# the due date), not a window that moves. Plan goals are set when their
# phase starts; goals of a workspace from before migration 011 start at
# their metric's first value. Bad --baseline values are usage errors that
# leave the workspace as it was.
. "$TESTS_DIR/cli/lib.sh"
xdump() { /usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" "$1" >dump || fail "xlsx_dump failed on $1"; }

# Set today (2026-11-23, lib.sh), due 2027-03-31: 128 days.
run goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.9 --due 2027-03-31
expect_rc 0
run goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.9 --due 2027-03-31 \
	--scope department=Sales --baseline 0.15
expect_rc 0; expect_out "(baseline 0.15 on 2026-11-23)"
rec() { run metric record "$@"; expect_rc 0; }
rec adoption.active_rate 0.1 --date 2026-11-16          # before the goal was set
rec adoption.active_rate 0.1 --date 2026-11-16 --scope department=Sales
d=2026-11-30; v=20
for i in 1 2 3 4 5 6 7 8 9 10; do
	rec adoption.active_rate 0.$v --date $d
	rec adoption.active_rate 0.$v --date $d --scope department=Sales
	d=$(date -u -d "$d + 7 days" +%F); v=$((v + 5))
done

# On 2027-02-01 (70 days after 11-23): 0.2 + 0.7 * 70 / 128 = 0.5828125;
# with --baseline 0.15: 0.15 + 0.75 * 70 / 128 = 0.56015625.
run status --today 2027-02-01 --format json; expect_rc 0
j() { jq -e "$1" out >/dev/null || fail "json: $1"; }
j '.goals[] | select(.id == 1) | .baseline == 0.2 and .set_on == "2026-11-23" and (.expected - 0.5828125 | fabs) < 1e-12'
j '.goals[] | select(.id == 2) | .baseline == 0.15 and (.expected - 0.56015625 | fabs) < 1e-12'
j '.goals[] | select(.id == 1) | .points == 8'
# A week later the trend window has moved on; the baseline has not.
run status --today 2027-02-08 --format json; expect_rc 0
j '.goals[] | select(.id == 1) | .baseline == 0.2 and (.expected - (0.2 + 0.7 * 77 / 128) | fabs) < 1e-12'
run status --today 2027-02-01; expect_rc 0
grep -Eq "^ +1 +pilot +adoption.active_rate >= 0.9 .* 0.583  " out || fail "text expected: $(grep '^ *1 ' out)"
expect_out "expected: where a straight path from the goal's baseline (on the day it was set) to the target"

# goal list gives programs the set day and the given baseline.
run goal list --format json; expect_rc 0
j '.goals[0].set_on == "2026-11-23" and .goals[0].baseline == null and .goals[1].baseline == 0.15'

# goal set --baseline replaces it.
run goal set 1 --baseline 0.05; expect_rc 0
run status --today 2027-02-01 --format json
j '.goals[] | select(.id == 1) | .baseline == 0.05 and (.expected - (0.05 + 0.85 * 70 / 128) | fabs) < 1e-12'

# The workbook's Goals sheet shows the baseline.
CRMREADY_TODAY=2027-02-01 run export wb.xlsx; expect_rc 0
xdump wb.xlsx
grep -q "^cell	Goals	M4	s	Baseline$" dump || fail "Goals sheet: Baseline heading"
grep -q "^cell	Goals	M5	n	0.05$" dump || fail "Goals sheet: baseline of goal 1 $(grep 'Goals	M' dump)"
grep -q "^cell	Goals	M6	n	0.15$" dump || fail "Goals sheet: baseline of goal 2"
# a rate's target, latest value and baseline show as percentages (the metric table)
/usr/bin/python3 -W ignore - wb.xlsx <<'PY' || fail "Goals sheet: fractions not shown as percentages"
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Goals"]
for ref in ("F5", "H5", "M5"):
    assert ws[ref].number_format == "0.0%", (ref, ws[ref].number_format)
PY

# Bad input: a number outside the metric's domain, or not a number.
before=$(db_sum)
run goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.9 --due 2027-03-31 --baseline 1.5
expect_rc 64; expect_err "--baseline: found 1.5, but adoption.active_rate is a fraction from 0 to 1"
run goal add --phase pilot --metric adoption.active_users --op ">=" --target 9 --due 2027-03-31 --baseline -2
expect_rc 64; expect_err "adoption.active_users is a count of 0 or more"
run goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.9 --due 2027-03-31 --baseline lots
expect_rc 64; expect_err "--baseline: found 'lots', expected a number"
run goal set 1 --baseline 2; expect_rc 64; expect_err "is a fraction from 0 to 1"
run goal set 1 --baseline x; expect_rc 64; expect_err "expected a number"
[ "$(db_sum)" = "$before" ] || fail "a bad --baseline changed the workspace"

# Plan goals are set when their phase starts.
run plan build --start 2026-09-07; expect_rc 0
run status --format json; expect_rc 0
first=$(jq -r '[.goals[] | select(.phase == "foundation")][0].set_on' out)
[ "$first" = "2026-09-07" ] || fail "plan goal set_on: $first"
j '[.goals[] | select(.id == 1)][0].set_on == "2026-11-23"'

# A workspace from before migration 011 (schema 9): its goals start at
# their metric's first value; it opens, migrates and keeps its data.
rm -f old.db
for f in "$TESTS_DIR"/../store/migrations/00*.sql; do cat "$f"; echo; done | sqlite3 old.db ||
	fail "building an old workspace"
sqlite3 old.db "PRAGMA application_id = 1129467218; PRAGMA user_version = 9;
INSERT INTO goals(phase, metric, scope, op, target, due, origin) VALUES ('pilot', 'training.completion', '', '>=', 0.9, '2027-03-31', 'user');
INSERT INTO metrics(name, scope, date, value, source) VALUES ('training.completion', '', '2026-12-07', 0.3, 'manual'),
 ('training.completion', '', '2026-12-14', 0.5, 'manual'), ('training.completion', '', '2026-12-21', 0.6, 'manual');"
run --db old.db status --today 2027-01-04 --format json; expect_rc 0
# from 0.3 on 12-07 to 0.9 on 03-31 (114 days); 28 days in: 0.3 + 0.6 * 28 / 114
j '.goals[0] | .baseline == 0.3 and .set_on == null and (.expected - (0.3 + 0.6 * 28 / 114) | fabs) < 1e-12 and .status == "on track"'
[ "$(sqlite3 old.db 'PRAGMA user_version')" -ge 11 ] || fail "old workspace not migrated"
run --db old.db goal set 1 --baseline 0.2; expect_rc 0
[ "$(sqlite3 old.db 'SELECT baseline FROM goals WHERE id = 1')" = "0.2" ] || fail "baseline on a migrated goal"
done_testing
