# goal add|set|rm|list: ids, sub-goals, validation, exit codes.
. "$TESTS_DIR/cli/lib.sh"

run goal --help; expect_rc 0
for sub in add set rm list; do
	run goal $sub --help; expect_rc 0; expect_out "usage: crmready goal $sub"
done
run goal list; expect_rc 0; expect_out "no goals yet"
expect_no_file crmready.db

run goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.8 --due 2027-03-31 --scope department=Sales
expect_rc 0; expect_out "added goal 1: adoption.active_rate >= 0.8 (department=Sales), phase pilot, due 2027-03-31"
run goal add --phase pilot --metric training.completion --op ">=" --target 0.95 --due 2027-03-31 --parent 1
expect_rc 0; expect_out "added goal 2"; expect_out "sub-goal of goal 1"
run goal add --phase pilot --metric dq.duplicate_rate --op "<=" --target 0.03 --due 2027-03-31 --scope entity=Contact
expect_rc 0; expect_out "added goal 3"
run goal list; expect_rc 0
expect_out "   1      -  pilot       adoption.active_rate >= 0.8 (department=Sales)  "
expect_out "   2      1  pilot         training.completion >= 0.95"
run goal list --format csv; expect_rc 0
head -1 out | grep -qx 'id,parent,phase,metric,scope,op,target,due,origin' || fail "csv header"
grep -qx '2,1,pilot,training.completion,,>=,0.95,2027-03-31,user' out || fail "csv row"
run goal list --format json; expect_rc 0
jq -e '.goals | length == 3 and .[1].parent == 1 and .[2].op == "<="' out >/dev/null || fail "json"

# bad input: usage errors (64) and data errors (65), nothing written
sum=$(db_sum)
run goal add --phase pilot --metric adoption.active_rate --op "=>" --target 1 --due 2027-03-31
expect_rc 64; expect_err "--op: found '=>', expected one of >= <= > < =="
run goal add --phase pilot --metric adoption.active_rat --op ">=" --target 1 --due 2027-03-31
expect_rc 64; expect_err "did you mean 'adoption.active_rate'"
run goal add --phase pilot --metric x.y --op ">=" --target abc --due 2027-03-31
expect_rc 64; expect_err "--target: found 'abc', expected a number"
run goal add --phase pilot --metric x.y --op ">=" --target 1 --due 2027-02-30
expect_rc 64; expect_err "--due"
run goal add --phase pilot --metric x.y --op ">=" --target 1 --due 2027-03-01 --scope team=A
expect_rc 64; expect_err "department=NAME, wave=W, role=NAME or entity=NAME"
run goal add --metric x.y --op ">=" --target 1 --due 2027-03-01
expect_rc 64; expect_err "--phase is required"
run goal add --phase pilot --metric x.y --op ">=" --target 1 --due 2027-03-01 --parent 99
expect_rc 65; expect_err "there is no goal 99"
run goal set 99 --target 1; expect_rc 65; expect_err "there is no goal 99"
run goal set 1; expect_rc 64; expect_err "nothing to change"
run goal set x1 --target 1; expect_rc 64
run goal rm 99; expect_rc 65
[ "$(db_sum)" = "$sum" ] || fail "workspace changed by bad input"

# with a plan, the phase must be one of its phases
run plan build; expect_rc 0
sum=$(db_sum)
run goal add --phase pilt --metric x.y --op ">=" --target 1 --due 2027-03-01
expect_rc 65; expect_err "the plan has no phase 'pilt' (did you mean 'pilot'?)"
run goal add --phase foundation --metric x.y --op ">=" --target 1 --due 2027-03-01 --parent 1
expect_rc 65; expect_err "goal 1 belongs to phase 'pilot', not 'foundation'"
[ "$(db_sum)" = "$sum" ] || fail "workspace changed by bad input"

# set: a plan-made goal becomes the user's
run goal list --format json
pid=$(jq '[.goals[] | select(.origin == "plan")][0].id' out)
run goal set "$pid" --target 0.75 --op ">"; expect_rc 0
expect_out "goal $pid: dq.score > 0.75"; expect_out "the next 'plan build' keeps it"
run goal set 3 --due 2027-04-30; expect_rc 0; expect_out "due 2027-04-30"

# rm takes the sub-goals with it
run goal rm 1; expect_rc 0; expect_out "removed goal 1"; expect_out "and its 1 sub-goal"
run goal list --format json
jq -e '[.goals[] | select(.id == 1 or .id == 2)] | length == 0' out >/dev/null || fail "rm"
done_testing
