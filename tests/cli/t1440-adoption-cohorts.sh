# Go-live cohorts (docs/adoption.md: Go-live cohorts) against hand-computed
# rates, wave B starting two weeks after wave A, in text, JSON and CSV, and
# the cohort options' bad input.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption-cohorts"
export CRMREADY_TODAY=2026-02-10

run roster import "$D/roster.csv"; expect_rc 0
run adoption import "$D/log.csv" --map user=user,time=time; expect_rc 0
run init --min-group 2; expect_rc 0

# Weeks W1 = 2026-01-05 .. W5 = 2026-02-02 are complete; the log reaches
# 2026-02-10 10:00, so W6 (02-09) is in progress and never counted.
# Wave A (a1..a4): go-live W1 (a1..a3 start 01-05; a4 starts 01-14, licensed
# from W2; its 01-08 login is before its licence and ignored).
#   age 0 = W1: licensed a1,a2,a3 = 3, active a1,a2 = 2 -> 0.667
#   age 1 = W2: 4 licensed, a1..a4 active = 4 -> 1
#   age 2 = W3: 4, a1,a3 = 2 -> 0.5
#   age 3 = W4: 4, a1,a2,a3 = 3 -> 0.75
#   age 4 = W5: 4, a2,a3,a4 = 3 -> 0.75
# Wave B (b1..b4), late: go-live W3 (01-19; b3 starts Wed 01-21, same week).
#   age 0 = W3: 4 licensed, b1,b2 = 2 -> 0.5
#   age 1 = W4: 4, b1,b3,b4 = 3 -> 0.75
#   age 2 = W5: 4, b1,b2 = 2 -> 0.5
# c1 has no wave: in no wave cohort.
run adoption report --format csv --table cohorts; expect_rc 0
expect_out "cohort_by,cohort,week0,users,age,week,licensed_users,active_users,active_rate"
expect_out "wave,A,2026-01-05,4,0,2026-01-05,3,2,0.666666666666667"
expect_out "wave,A,2026-01-05,4,1,2026-01-12,4,4,1"
expect_out "wave,A,2026-01-05,4,2,2026-01-19,4,2,0.5"
expect_out "wave,A,2026-01-05,4,3,2026-01-26,4,3,0.75"
expect_out "wave,A,2026-01-05,4,4,2026-02-02,4,3,0.75"
expect_out "wave,B,2026-01-19,4,0,2026-01-19,4,2,0.5"
expect_out "wave,B,2026-01-19,4,1,2026-01-26,4,3,0.75"
expect_out "wave,B,2026-01-19,4,2,2026-02-02,4,2,0.5"
expect_no_out "2026-02-09"
[ "$(wc -l < out)" -eq 9 ] || fail "cohorts CSV: 8 rows and the header"

run adoption report; expect_rc 0
expect_out "Go-live cohorts by wave: active rate by weeks since the wave's go-live (complete weeks to 2026-02-02)"
expect_out "Wave  Go-live     Users    Wk 0    Wk 1    Wk 2    Wk 3    Wk 4"
expect_out "A     2026-01-05      4   66.7%  100.0%   50.0%   75.0%   75.0%"
expect_out "B     2026-01-19      4   50.0%   75.0%   50.0%"

run adoption report --format json; expect_rc 0
python3 - <<'PY' || fail "cohorts JSON"
import json
c = json.load(open('out'))['cohorts']
assert c['by'] == 'wave' and c['last_week'] == '2026-02-02' and c['min_group'] == 2, c
a, b = c['cohorts']
assert (a['cohort'], a['week0'], a['users']) == ('A', '2026-01-05', 4), a
assert [(x['licensed_users'], x['active_users']) for x in a['ages']] == [(3, 2), (4, 4), (4, 2), (4, 3), (4, 3)], a
assert (b['cohort'], b['week0']) == ('B', '2026-01-19'), b
assert [x['active_rate'] for x in b['ages']] == [0.5, 0.75, 0.5], b
assert c['not_shown'] == []
PY

# --weeks N caps the ages: 0..1
run adoption report --format csv --table cohorts --weeks 2; expect_rc 0
expect_out "wave,A,2026-01-05,4,1,2026-01-12,4,4,1"
expect_no_out "wave,A,2026-01-05,4,2,"

# Licence-start month: each user from their own licence's week; everyone
# started in January 2026 (9 users).
#   age 0: a1,a2,a3,c1 at W1 (a1,a2,c1 active), a4 at W2 (active),
#          b1,b2,b3,b4 at W3 (b1,b2) -> 6 of 9 = 0.667
#   age 1: W2 for a1..a3,c1 (4), a4 at W3 (0), b's at W4 (b1,b3,b4) -> 7/9
#   age 2: W3 (a1,a3), a4 at W4 (0), b's at W5 (b1,b2) -> 4/9
#   age 3: W4 (a1,a2,a3,c1 = 4), a4 at W5 (1); b's at W6 in progress -> 5/5
#   age 4: W5 (a2,a3,c1 = 3 of 4); a4 at W6 left out -> 3/4
run adoption report --cohorts month --format csv --table cohorts; expect_rc 0
expect_out "month,2026-01,2026-01-05,9,0,,9,6,0.666666666666667"
expect_out "month,2026-01,2026-01-05,9,1,,9,7,0.777777777777778"
expect_out "month,2026-01,2026-01-05,9,2,,9,4,0.444444444444444"
expect_out "month,2026-01,2026-01-05,9,3,,5,5,1"
expect_out "month,2026-01,2026-01-05,9,4,,4,3,0.75"
run adoption report --cohorts month; expect_rc 0
expect_out "Cohorts by licence-start month: active rate by weeks since each user's licence start"
expect_out "2026-01  2026-01-05      9   66.7%   77.8%   44.4%  100.0%   75.0%"

# Anonymity: at the default minimum group (5) no cohort reaches 5 licensed
# users (A and B: 4): none is shown, both are named as left out.
run adoption report --min-group 5 --format json; expect_rc 0
python3 -c "
import json; c = json.load(open('out'))['cohorts']
assert c['cohorts'] == [] and c['not_shown'] == ['A', 'B'], c" || fail "cohorts below the minimum group"
run adoption report --min-group 5; expect_rc 0
expect_out "not shown (fewer than 5 users, or so that no such cohort can be worked out): A, B"
# A cell of fewer than min_group licensed users keeps no figure: at 4, wave
# A's age 0 (3 licensed) is "<4".
run adoption report --min-group 4 --format csv --table cohorts; expect_rc 0
expect_out "wave,A,2026-01-05,4,0,2026-01-05,,,"
expect_out "wave,A,2026-01-05,4,1,2026-01-12,4,4,1"
run adoption report --min-group 4; expect_rc 0
expect_out "   <4  100.0%"

# A wave that went live before the logs begin: its ages before the first
# logged week have nobody counted (no figure, not "<N"); age 2 is W1 of the
# log (2026-01-05): c1, c2 licensed, c1 active.
printf 'id,department,license_start,wave\nc1,IT,2025-12-22,C\nc2,IT,2025-12-24,C\n' > early.csv
printf 'user,time\nc1,2026-01-05T09:00:00Z\nc2,2026-01-12T09:00:00Z\nc1,2026-01-19T09:00:00Z\n' > early-log.csv
run --db early.db roster import early.csv; expect_rc 0
run --db early.db adoption import early-log.csv --map user=user,time=time; expect_rc 0
run --db early.db adoption report --min-group 2 --format csv --table cohorts; expect_rc 0
expect_out "wave,C,2025-12-22,2,0,2025-12-22,0,0,"
expect_out "wave,C,2025-12-22,2,1,2025-12-29,0,0,"
expect_out "wave,C,2025-12-22,2,2,2026-01-05,2,1,0.5"
expect_out "wave,C,2025-12-22,2,3,2026-01-12,2,1,0.5"
run --db early.db adoption report --min-group 2; expect_rc 0
expect_out "C     2025-12-22      2       -       -   50.0%   50.0%"

# Bad input: exit 64, the workspace as it was.
before=$(db_sum)
run adoption report --cohorts year; expect_rc 64
expect_err "--cohorts: found 'year', expected wave or month"
run adoption report --table weekly --format csv; expect_rc 64
expect_err "--table: found 'weekly', expected weeks, stickiness, dormant, never, licences, cohorts or teams"
run adoption report --table cohorts; expect_rc 64
expect_err "--table goes with --format csv"
[ "$(db_sum)" = "$before" ] || fail "a refused option changed the workspace"
done_testing
