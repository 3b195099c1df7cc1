# A rollout played over three months with CRMREADY_TODAY: plan update of
# single initiatives and from a CSV, plan show's actuals, lateness and the
# delay a late initiative passes down its dependants (text, JSON, CSV), the
# history rows, and a rebuild from a second catalogue that keeps the
# actuals and says what it added, dropped and moved.
#
# The plan (tests/data/plan-exec/rollout.yaml from 2026-01-05; durations in
# weeks, D = planned days): sponsor 01-05..01-18 (D 14), vision
# 01-19..02-08 (D 21, after sponsor), kpi 02-09..02-22 (D 14, after
# vision), train 03-02..03-15 (D 14), pilot 03-02..03-29 (D 28, after kpi).
. "$TESTS_DIR/cli/lib.sh"
P="$DATA/plan-exec"

export CRMREADY_TODAY=2026-01-02
run plan build --catalogue "$P/rollout.yaml" --start 2026-01-05; expect_rc 0
run plan show --format csv; expect_rc 0
grep -q '^3,kpi,KPIs,one,2026-02-09,2026-02-22,' out || fail "kpi planned"
grep -q '^5,pilot,Pilot,two,2026-03-02,2026-03-29,' out || fail "pilot planned"
# nothing recorded yet: no execution section, every initiative not started
run plan show; expect_no_out "Execution on"
run plan show --format json
jq -e '[.initiatives[].execution.status] | unique == ["not-started"]' out >/dev/null || fail "all not started"

# ---- month 1, 2026-01-30 ----
export CRMREADY_TODAY=2026-01-30
run plan update sponsor --started 2026-01-05 --done 2026-01-23 --by leila; expect_rc 0
expect_out "sponsor: 3 changes recorded"
run plan update vision --started 2026-01-26; expect_rc 0
expect_out "vision: 2 changes recorded"     # status and started
# sponsor ended 01-23 against 01-18: finished 5 days late.
# vision started 01-26, 7 days after 01-19: ends 01-26 + 20 = 02-15, a
# week late. kpi waits for it: starts 02-16 (a week later), ends 02-16 + 13
# = 03-01. pilot after kpi: the day after 03-01 is its planned start 03-02,
# so the phase gap absorbs the week: it does not move.
run plan show; expect_rc 0
expect_out "Execution on 2026-01-30 (~ a forecast): 2 initiatives late"
grep -q '^  sponsor .* done .*2026-01-05 .*2026-01-23 .*finished 5 days late' out || fail "sponsor line"
grep -q '^  vision .* in progress .*2026-01-26 .*~2026-02-15 .*started 1 week late' out || fail "vision line"
grep -q '^  kpi .* not started .*~2026-02-16 .*~2026-03-01 *$' out || fail "kpi line"
expect_out "kpi: starts 1 week later, 2026-02-16 (after vision, forecast to end 1 week late)"
expect_no_out "pilot: starts"
run plan show --format json; expect_rc 0
jq -e '.today == "2026-01-30"' out >/dev/null || fail "json today"
jq -e '.initiatives[] | select(.id == "kpi") | .execution |
  .forecast_start == "2026-02-16" and .forecast_end == "2026-03-01" and .start_slip_days == 7
  and .cause.kind == "dependency" and .cause.initiative == "vision" and .cause.days == 7
  and .cause.text == "after vision, forecast to end 1 week late"' out >/dev/null || fail "kpi json"
jq -e '.initiatives[] | select(.id == "vision") | .execution.delays == ["kpi"]' out >/dev/null || fail "vision delays"
jq -e '.initiatives[] | select(.id == "pilot") | .execution.forecast_start == "2026-03-02" and .execution.cause == null' out >/dev/null || fail "pilot json"

# ---- month 2, 2026-03-10: a CSV of updates (headers in any case) ----
export CRMREADY_TODAY=2026-03-10
printf 'Initiative,STATUS,Started,Done,Percent,Reason\nvision,,,2026-02-20,,\nkpi,,2026-02-23,,50,\n' > m2.csv
run plan update --from m2.csv --by leila; expect_rc 0
expect_out "2 initiatives updated, 5 changes recorded"   # vision status+done; kpi status+started+percent
run plan update train --status blocked --reason "trainers not hired"; expect_rc 0
# vision done 01-26..02-20: 12 days after 02-08. kpi started 02-23 (D 14):
# 02-23 + 13 = 03-08, but 50% is left: 7 days from today, 03-10 + 6 =
# 03-16, 22 days after its planned end; overdue 03-10 - 02-22 = 16 days.
# pilot waits: 03-17, 15 days after 03-02, ends 03-17 + 27 = 04-13.
# train (blocked, not started): starts today at the earliest, 03-10..03-23.
run plan show; expect_rc 0
expect_out "3 initiatives late"
grep -q '^  vision .* done .*2026-01-26 .*2026-02-20 .*finished 12 days late' out || fail "vision done"
grep -q '^  kpi .* in progress .*2026-02-23 .*~2026-03-16 .*50% .*16 days past its planned end' out || fail "kpi in progress"
grep -q '^  train .* blocked .*~2026-03-10 .*~2026-03-23' out || fail "train blocked"
expect_out "pilot: starts 15 days later, 2026-03-17 (after kpi, forecast to end 22 days late)"
expect_out "train (blocked): trainers not hired"
run plan show --format csv; expect_rc 0
head -1 out | grep -q ',status,started,done,percent,forecast_start,forecast_end,late,late_days,delayed_by,cause,note,step,source$' || fail "csv header"
grep -q '^5,pilot,.*,not-started,,,,2026-03-17,2026-04-13,,0,kpi,"after kpi, forecast to end 22 days late",,,$' out || fail "pilot csv"
grep -q '^3,kpi,.*,in-progress,2026-02-23,,50,2026-02-23,2026-03-16,overdue,16,,started 2 weeks late,,,$' out || fail "kpi csv"

# ---- month 3, 2026-04-06 ----
export CRMREADY_TODAY=2026-04-06
run plan update kpi --done 2026-03-13; expect_rc 0
expect_out "kpi: 3 changes recorded"     # status, done, percent 50 -> 100
run plan update pilot --started 2026-03-16 --percent 40 --by omid; expect_rc 0
expect_out "pilot: 3 changes recorded"   # status, started, percent
# kpi done 03-13: 19 days after 02-22. pilot started 03-16 (14 days late):
# 03-16 + 27 = 04-12; 40% done leaves ceil(28 x 0.6) = 17 days: 04-06 +
# 16 = 04-22, 24 days after 03-29.
run plan show --format json; expect_rc 0
jq -e '.initiatives[] | select(.id == "kpi") | .execution | .late == "finished-late" and .late_days == 19 and .percent == 100' out >/dev/null || fail "kpi finished"
jq -e '.initiatives[] | select(.id == "pilot") | .execution | .forecast_end == "2026-04-22" and .end_slip_days == 24 and .late == "overdue" and .late_days == 8' out >/dev/null || fail "pilot forecast"

# the history: one row per changed field, who and the day (3 + 2 + 5 + 1
# + 3 + 3 changes above)
[ "$(sqlite3 crmready.db "select count(*) from history where kind = 'initiative'")" = 17 ] || fail "history rows"
[ "$(sqlite3 crmready.db "select who || ' ' || day || ' ' || ifnull(old, '-') || '>' || new from history where ref = 'sponsor' and field = 'done'")" = "leila 2026-01-30 ->2026-01-23" ] || fail "sponsor history"
[ "$(sqlite3 crmready.db "select note from history where ref = 'train' and field = 'status'")" = "trainers not hired" ] || fail "reason in history"
[ "$(sqlite3 crmready.db "select old || '>' || new from history where ref = 'kpi' and field = 'percent' order by id desc limit 1")" = "50>100" ] || fail "percent history"

# ---- the rebuild after a new assessment: rollout-v2 drops train, adds
# coach, moves pilot to a new phase three (04-27..06-21): from 03-02 to
# 04-27 is 56 days, 8 weeks, for its start and its end alike ----
run plan build --catalogue "$P/rollout-v2.yaml" --start 2026-01-05; expect_rc 0
expect_out "against the previous plan (built 2026-01-02): 1 added, 1 dropped, 1 moved; recorded execution is kept"
expect_out "added: coach, in two"
expect_out "dropped: train, was in two, its recorded execution is kept (see 'plan show')"
expect_out "moved: pilot from two to three, starts 8 weeks later, ends 8 weeks later"
# the actuals are all there
[ "$(sqlite3 crmready.db "select count(*) from plan_execution")" = 5 ] || fail "execution kept"
run plan show; expect_rc 0
expect_out "No longer in the plan (their execution is kept):"
expect_out "  train: blocked"
grep -q '^  sponsor .* done .*finished 5 days late' out || fail "sponsor after rebuild"
# pilot now planned 04-27..05-24, started 03-16: 04-22 is within the plan
grep -q '^  pilot .* in progress .*2026-04-27 .*2026-05-24 .*2026-03-16 .*~2026-04-22 .*40% *$' out || fail "pilot after rebuild"
run plan show --format json; expect_rc 0
jq -e '.no_longer_planned == [{"status":"blocked","started":null,"done":null,"percent":null,"note":"trainers not hired","updated":"2026-03-10","initiative":"train"}]' out >/dev/null || fail "orphan json"
run plan build --catalogue "$P/rollout-v2.yaml" --start 2026-01-05 --format json; expect_rc 0
jq -e '.changes == {"previous_built_at":"2026-04-06","added":0,"dropped":0,"moved":0,"initiatives":[]}' out >/dev/null || fail "no change json"
run plan build --catalogue "$P/rollout.yaml" --start 2026-01-12 --format json; expect_rc 0
# a week later: sponsor, vision and kpi move by a week, pilot back to two
jq -e '.changes.added == 1 and .changes.dropped == 1 and .changes.moved == 4' out >/dev/null || fail "changes counts"
jq -e '.changes.initiatives[] | select(.change == "dropped") | .initiative == "coach" and .execution_kept == false' out >/dev/null || fail "coach dropped"
jq -e '.changes.initiatives[] | select(.initiative == "pilot") | .old_phase == "three" and .new_phase == "two" and .start_shift_days == -49' out >/dev/null || fail "pilot moved back"

# --lang fa and ar: the section in their words and digits
run --lang fa plan show; expect_rc 0
CRMREADY_I18N_MISSING=1 "$CRMREADY" --lang fa plan show >/dev/null 2>err; [ -s err ] && fail "fa missing: $(head -3 err)"
CRMREADY_I18N_MISSING=1 "$CRMREADY" --lang ar plan show >/dev/null 2>err; [ -s err ] && fail "ar missing: $(head -3 err)"
done_testing
