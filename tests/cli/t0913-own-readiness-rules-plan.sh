# A questionnaire that declares `measures: readiness` is the engagement's
# readiness questionnaire: the shipped rules (which name crm-readiness) and
# plan selection read it (issue 16 item 5). Without the declaration they
# do not. A wrong declaration is a validation error with its position.
. "$TESTS_DIR/cli/lib.sh"
D="$TESTS_DIR/data/anon"
run questionnaire add "$D/own-readiness.yaml"; expect_rc 0
run survey import own-readiness "$D/own-answers.csv"; expect_rc 0
# data: Sales 5 x 25, Service 5 x 50, IT 100, Legal 2 x 0 -> 475 / 13
# leadership: 5 x 75, 5 x 25, 100, 2 x 0 -> 600 / 13
run findings --format json; expect_rc 0
/usr/bin/python3 - <<'PY' || fail "shipped rules read own-readiness"
import json
d = json.load(open("out"))
ev = {f["rule"]: f["evidence"] for f in d["findings"]}
assert abs(ev["weak-customer-data"]['score("data")'] - 475 / 13) < 1e-9, ev
assert abs(ev["no-executive-sponsor"]['score("leadership")'] - 600 / 13) < 1e-9, ev
PY
# 'assess' without a questionnaire assesses it too.
run assess --format json; expect_rc 0
expect_out '"questionnaire": "own-readiness"'
run plan build --start 2027-01-04; expect_rc 0
expect_out "selected from: the workspace: 13 respondent(s) to own-readiness"
run plan show --explain; expect_rc 0
expect_out "data-profiling"
# Without `measures:` the same answers are not the readiness questionnaire.
grep -v '^measures:' "$D/own-readiness.yaml" | sed 's/^id: own-readiness/id: undeclared/' >undeclared.yaml
run --db u.db questionnaire add undeclared.yaml; expect_rc 0
run --db u.db survey import undeclared "$D/own-answers.csv"; expect_rc 0
run --db u.db findings --format json; expect_rc 0
/usr/bin/python3 - <<'PY' || fail "an undeclared questionnaire stands for crm-readiness"
import json
d = json.load(open("out"))
assert "weak-customer-data" not in [f["rule"] for f in d["findings"]], d["findings"]
PY
# Bad declarations.
sed 's/^measures: readiness/measures: readyness/' "$D/own-readiness.yaml" >bad.yaml
run questionnaire validate bad.yaml; expect_rc 65
expect_err "bad.yaml:3:11: error: unknown measures 'readyness' (did you mean 'readiness'?)"
sed 's/^measures: readiness/measures: capabilities/' "$D/own-readiness.yaml" >bad2.yaml
run questionnaire validate bad2.yaml; expect_rc 65
expect_err "bad2.yaml:3:11: error: measures: capabilities, but the questionnaire has no capabilities: list"
done_testing
