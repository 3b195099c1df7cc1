# rules add|validate|list|show: the shipped set, a user's set, upgrades and
# every kind of bad file (position, caret, exit code, workspace unchanged).
. "$TESTS_DIR/cli/lib.sh"
R="$DATA/rules"
# pj EXPR: evaluate a Python expression over the JSON on stdout (d).
pj() { python3 -c "import json; d = json.load(open('out')); print($1)"; }

run rules --help; expect_rc 0; expect_out "add"; expect_out "validate"
run rules show --help; expect_rc 0; expect_out "usage: crmready rules show"
run findings --help; expect_rc 0; expect_out "--fail-on"

# The shipped set is valid, listed and shown without a workspace.
run rules list; expect_rc 0; expect_out "crm-default                    1  shipped  "
expect_no_file crmready.db
run rules show crm-default; expect_rc 0
expect_out "no-executive-sponsor"; expect_out "when: score(\"leadership\") < 50"
run rules show crm-default --lang fa; expect_rc 0; expect_out "حامی ارشد متعهدی وجود ندارد"
run rules show crm-default --format json; expect_rc 0
[ "$(pj "d['id']")" = crm-default ] || fail "show json: id"
[ "$(pj "len(d['rules'])")" -ge 20 ] || fail "show json: about 20 rules"
[ "$(pj "'|'.join([d['rules'][0][k] for k in ('id', 'when', 'severity')])")" = \
  'not-ready-overall|index() < 40|critical' ] || fail "show json: first rule"
[ "$(pj "len([r for r in d['rules'] if r['source'] is None or not isinstance(r['initiatives'], list)])")" = 0 ] \
	|| fail "show json: every rule has a source and initiatives"
run rules show crm-defualt; expect_rc 64; expect_err "did you mean 'crm-default'"
run rules list --format csv; expect_rc 0
expect_out "id,version,title,rules,questionnaire,capabilities,origin"

# Validation of a good and of bad files.
run rules validate "$R/adoption.yaml"; expect_rc 0; expect_out "ok: rules set adoption-watch version 1, 3 rules"
run rules validate "$R/bad.yaml"; expect_rc 65; expect_err "14 errors"
expect_err "bad.yaml:3:1: error: unknown key 'titel' in rules set (did you mean 'title'?)"
expect_err "bad.yaml:6:17: error: unknown dimension 'leadrship' in 'crm-readiness' (did you mean 'leadership'?)"
expect_err '    score("leadrship") < 50'
expect_err '          ^~~~~~~~~~~'
expect_err "bad.yaml:7:15: error: unknown severity 'critcal' (did you mean 'critical'?)"
expect_err "bad.yaml:10:19: error: unknown initiative 'executive-sponsorhip' (did you mean 'executive-sponsorship'?)"
expect_err "bad.yaml:11:9: error: duplicate rule id 'weak-sponsor' (first at line 5)"
expect_err "bad.yaml:12:12: error: unknown function 'scor' (did you mean 'score'?)"
expect_err "bad.yaml:12:49: error: unknown question 'crm-vison' in 'crm-readiness' (did you mean 'crm-vision'?)"
expect_err "bad.yaml:17:25: error: '==' compares a number with a string: score(\"data\") gives a number"
expect_err "bad.yaml:21:5: error: unknown key 'sorce' in rule (did you mean 'source'?)"
expect_err "bad.yaml:23:24: error: unexpected '&&': write 'and'"
expect_err "bad.yaml:27:5: error: rule is missing the required key 'when'"
expect_err "bad.yaml:32:37: error: unknown grouping 'departmnt' (did you mean 'department'?)"
expect_err "bad.yaml:32:84: error: unknown option 'team-bonus' in 'sales-incentives'"
expect_err "bad.yaml:32:111: error: unknown capability 'mobile' in 'crm-capabilities' (did you mean 'mobile-access'?)"
run rules validate "$R/broken-syntax.yaml" "$R/not-a-list.yaml" "$R/truncated.yaml"; expect_rc 65
expect_err "broken-syntax.yaml:4:36: error: unmatched ')'"
expect_err "broken-syntax.yaml:9:24: error: expected ')' to close the '(' before, found the end of the expression"
expect_err "not-a-list.yaml:2:8: error: rules: found a mapping, expected a list"
expect_err "truncated.yaml:1:1: error: rules set is missing the required key 'id'"
expect_err "truncated.yaml:3:18: error: expected a quoted id or a number as argument, found '<'"
run rules validate missing.yaml; expect_rc 66; expect_err "missing.yaml"
expect_no_file crmready.db

# add: stored once, listed, upgraded only with a higher version.
run rules add "$R/adoption.yaml"; expect_rc 0; expect_out "added rules set adoption-watch version 1 (3 rules)"
run rules list; expect_rc 0; expect_out "adoption-watch"; expect_out "Adoption watch"
run rules list --format json; expect_rc 0
[ "$(pj "','.join(r['id'] for r in d['rules'])")" = "adoption-watch,crm-default" ] || fail "list json"
sum=$(db_sum)
cp "$R/adoption.yaml" changed.yaml; echo "# changed" >> changed.yaml
run rules add changed.yaml; expect_rc 65; expect_err "already in the workspace with version 1"
run rules add "$R/bad.yaml"; expect_rc 65; expect_err "bad.yaml:6:17"
[ "$(db_sum)" = "$sum" ] || fail "a refused add changed the workspace"
run rules add "$R/adoption-v2.yaml"; expect_rc 0; expect_out "version 2"
run rules show adoption-watch --format json; expect_rc 0
[ "$(pj "d['rules'][0]['when']")" = 'metric("adoption.active_rate", "department=Sales") < 0.6' ] || fail "show stored"
# the shipped set itself changes nothing; an edited copy of the same version
# cannot replace it
run rules add "$TESTS_DIR/../content/rules/crm-default.yaml"; expect_rc 0
expect_out "rules set crm-default version 1 is already known; nothing changed"
sed 's/severity: info/severity: low/' "$TESTS_DIR/../content/rules/crm-default.yaml" > edited.yaml
run rules add edited.yaml; expect_rc 65
expect_err "already in the shipped content with version 1"
done_testing
