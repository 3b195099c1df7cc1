# The own-content example of docs/authoring-questionnaires.md and
# docs/authoring-rules.md (examples/): validates, registers, imports and
# gives the figures those pages show.
. "$TESTS_DIR/cli/lib.sh"
E="$TESTS_DIR/../examples"
run questionnaire validate "$E/field-service.yaml"; expect_rc 0
run questionnaire add "$E/field-service.yaml"; expect_rc 0
run rules add "$E/field-service-rules.yaml"; expect_rc 0
run survey import field-service-readiness "$E/field-service-answers.csv"; expect_rc 0
expect_out "imported 4 respondents"
# dispatch: (25 + 50 + 25 + 75) / 4 = 43.75; the page rounds to 43.8
run assess field-service-readiness --format json; expect_rc 0
python3 -c 'import json,sys; d=json.load(open("out")); s={x["id"]: x["score"] for x in d["dimensions"]}; assert abs(s["dispatch"]-43.75)<1e-9, s' || fail "dispatch score"
run findings --min-severity medium --format json; expect_rc 0
python3 -c 'import json; d=json.load(open("out")); assert [f["rule"] for f in d["findings"]] == ["no-dispatch-view", "paper-on-site"], d["findings"]' || fail "example findings"
done_testing
