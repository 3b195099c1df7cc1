# A count metric (adoption.active_users, adoption.licensed_users) takes whole
# numbers only: metric record, goal targets and baselines say so (64) and
# leave the workspace as it was.
. "$TESTS_DIR/cli/lib.sh"

run metric record adoption.active_users 50 --date 2027-01-04; expect_rc 0
run goal add --phase pilot --metric adoption.active_users --op ">=" --target 60 --baseline 40 --due 2027-03-31
expect_rc 0; expect_out "added goal 1"
sum=$(db_sum)
run metric record adoption.active_users 49.96 --date 2027-01-11
expect_rc 64; expect_err "VALUE: found 49.96, but adoption.active_users is a count of 0 or more (a whole number)"
run metric record adoption.licensed_users 0.5
expect_rc 64; expect_err "adoption.licensed_users is a count of 0 or more (a whole number)"
run goal add --phase pilot --metric adoption.active_users --op ">=" --target 49.5 --due 2027-03-31
expect_rc 64; expect_err "--target: found 49.5, but adoption.active_users is a count of 0 or more (a whole number)"
run goal add --phase pilot --metric adoption.active_users --op ">=" --target 50 --baseline 12.5 --due 2027-03-31
expect_rc 64; expect_err "--baseline: found 12.5, but adoption.active_users is a count"
run goal set 1 --target 55.5
expect_rc 64; expect_err "--target: found 55.5, but adoption.active_users is a count"
run goal set 1 --baseline 0.25
expect_rc 64; expect_err "--baseline: found 0.25"
# a catalogue's goal template: the same rule, with file, line and column
cat >c.yaml <<'YAML'
id: c
version: 1
title: C
initiatives:
  - {id: a, title: A, effort: 1, duration: 1, impact: 3, risk: 1, phase: one}
phases:
  - id: one
    title: One
    duration: 2
    capacity: 10
    goals:
      - {metric: adoption.active_users, op: ">=", target: 49.5}
      - {metric: adoption.licensed_users, op: ">=", target: 60}
YAML
run catalogue validate c.yaml
expect_rc 65; expect_err "c.yaml:12:"; expect_err "target: found 49.5, but adoption.active_users is a count of 0 or more (a whole number)"
grep -q "licensed_users" err && fail "a whole target refused"
run plan build --catalogue c.yaml --start 2026-11-30; expect_rc 65
[ "$(db_sum)" = "$sum" ] || fail "workspace changed by a fractional count"

# whole numbers, large ones too, and fractions for the metrics that are not counts
run metric record adoption.active_users 1e6 --date 2027-01-11; expect_rc 0
run goal set 1 --target 55 --baseline 41; expect_rc 0
run metric record adoption.logins_per_active_user 3.25; expect_rc 0
run metric record training.completion 0.8996; expect_rc 0
done_testing
