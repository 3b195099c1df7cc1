# catalogue add|validate|list|show: shipped and user catalogues, every
# validation error with its position, exit codes, workspace untouched.
. "$TESTS_DIR/cli/lib.sh"
P="$DATA/plan"

run catalogue --help; expect_rc 0; expect_out "add"; expect_out "validate"
for sub in add validate list show; do
	run catalogue $sub --help; expect_rc 0; expect_out "usage: crmready catalogue $sub"
done
run catalogue; expect_rc 64
run catalogue valdate; expect_rc 64; expect_err "did you mean 'validate'"

run catalogue list; expect_rc 0; expect_out "crm-default-plan"; expect_out "shipped"
expect_no_file crmready.db
run catalogue show crm-default-plan; expect_rc 0
expect_out "foundation"; expect_out "executive-sponsorship"; expect_out "adoption.active_rate >= 0.8 (wave=pilot)"
run catalogue show crm-default-plan --format json; expect_rc 0
jq -e '.phases | length == 5' out >/dev/null || fail "5 phases"
jq -e '[.initiatives[].id] | length >= 20' out >/dev/null || fail "initiatives"
run catalogue show crm-defualt-plan; expect_rc 64; expect_err "did you mean 'crm-default-plan'"

run catalogue validate "$P/small.yaml"; expect_rc 0; expect_out "ok"
run catalogue validate "$P/missing.yaml"; expect_rc 66

# every error, each with file:line:col
run catalogue validate "$P/bad.yaml"; expect_rc 65
expect_err "bad.yaml:5:23: error: unknown key 'efort' in initiative (did you mean 'effort'?)"
expect_err "bad.yaml:5:5: error: initiative is missing the required key 'effort'"
expect_err "bad.yaml:6:10: error: duplicate initiative id 'a' (first at line 5)"
expect_err "bad.yaml:6:56: error: impact: 9 is out of range, expected 1..5"
expect_err "bad.yaml:6:75: error: unknown phase 'onee' (did you mean 'one'?)"
expect_err "bad.yaml:7:80: error: unknown initiative in depends_on 'aa' (did you mean 'a'?)"
expect_err "bad.yaml:9:71: error: metric 'adoption.active_rat': not a metric crmready computes (did you mean 'adoption.active_rate'?)"
expect_err "bad.yaml:9:96: error: unknown comparison '=>' (did you mean '>='?)"
expect_err "did you mean 'department'?"
[ "$(grep -c 'error:' err)" -eq 9 ] || fail "expected 9 errors"

run catalogue validate "$P/cycle.yaml"; expect_rc 65
expect_err "cycle.yaml:5:5: error: dependency cycle: a -> c -> b -> a"
run catalogue validate "$P/too-large.yaml"; expect_rc 65
expect_err "too-large.yaml:5:37: error: 'huge' needs 30 person-weeks, more than any phase from 'one' on can hold (the largest is 'two' with 25)"
# several files: the good one passes, the bad one fails the run
run catalogue validate "$P/small.yaml" "$P/cycle.yaml"; expect_rc 65; expect_out "small.yaml: ok"

# add: registers; the same file again changes nothing; other content under
# the same version is refused; a higher version upgrades
run catalogue add "$P/small.yaml"; expect_rc 0; expect_out "added catalogue small-plan version 1"
sum=$(db_sum)
run catalogue add "$P/small.yaml"; expect_rc 0; expect_out "already known; nothing changed"
sed 's/^title: .*/title: Another title/' "$P/small.yaml" > small1b.yaml
run catalogue add small1b.yaml; expect_rc 65; expect_err "raise 'version' above 1"
[ "$(db_sum)" = "$sum" ] || fail "workspace changed by a refused add"
run catalogue add "$P/bad.yaml"; expect_rc 65
[ "$(db_sum)" = "$sum" ] || fail "workspace changed by a bad add"
sed 's/^version: 1/version: 2/' "$P/small.yaml" > small2.yaml
run catalogue add small2.yaml; expect_rc 0; expect_out "added catalogue small-plan version 2"
run catalogue list --format json; expect_rc 0
jq -e '.catalogues[] | select(.id == "small-plan") | .origin == "workspace" and .version == 2' out >/dev/null || fail "listed"
run catalogue show small-plan; expect_rc 0; expect_out "small-plan (version 2)"
run --lang fa catalogue show small-plan; expect_rc 0; expect_out "برنامه کوچک"
done_testing
