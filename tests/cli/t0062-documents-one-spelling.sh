# Questionnaires, rules sets, catalogues and checks are added, validated,
# listed and shown by one implementation: the same words for each kind.
. "$TESTS_DIR/cli/lib.sh"
Q="$DATA/questionnaires/good.yaml"
R="$DATA/rules/adoption.yaml"
P="$DATA/plan/small.yaml"
C="$DATA/dq/small-checks.yaml"

# validate: "FILE: ok: NOUN ID version V, COUNTS" for every kind
run questionnaire validate "$Q"; expect_rc 0
expect_out "$Q: ok: questionnaire mini version 1, 7 questions, 2 dimensions, 1 capabilities"
run rules validate "$R"; expect_rc 0
expect_out "$R: ok: rules set adoption-watch version 1, 3 rules"
run catalogue validate "$P"; expect_rc 0
expect_out "$P: ok: catalogue small-plan version 1, 4 initiatives, 2 phases"
run dq checks validate "$C"; expect_rc 0
expect_out "$C: ok: checks small version 1, 2 fields, 1 duplicate rules"
# ... printed with --quiet too (it is the result), and a count of errors after a failure
run --quiet catalogue validate "$P"; expect_rc 0; expect_out "ok: catalogue small-plan"
run dq checks validate "$DATA/dq/bad-checks.yaml"; expect_rc 65; expect_err_re "^[0-9]+ errors?$"
run catalogue validate "$DATA/plan/bad.yaml"; expect_rc 65; expect_err_re "^[0-9]+ errors?$"
expect_no_file crmready.db

# add: "added NOUN ID version V (COUNTS)", then "already known"
run questionnaire add "$Q"; expect_rc 0
expect_out "added questionnaire mini version 1 (7 questions, 2 dimensions, 1 capabilities)"
run rules add "$R"; expect_rc 0; expect_out "added rules set adoption-watch version 1 (3 rules)"
run catalogue add "$P"; expect_rc 0
expect_out "added catalogue small-plan version 1 (4 initiatives, 2 phases)"
run --quiet dq checks add "$C"; expect_rc 0
expect_out "added checks small version 1 (2 fields, 1 duplicate rules)"
run questionnaire add "$Q"; expect_out "questionnaire mini version 1 is already known; nothing changed"
run rules add "$R"; expect_out "rules set adoption-watch version 1 is already known; nothing changed"
run catalogue add "$P"; expect_out "catalogue small-plan version 1 is already known; nothing changed"
run dq checks add "$C"; expect_out "checks small version 1 is already known; nothing changed"

# list: the same columns first, upper-case headers, the origin spelt alike
run questionnaire list; expect_rc 0
expect_out "ID                       VERSION  ORIGIN    QUESTIONS DIMENSIONS  TITLE"
expect_out "mini                           1  workspace         7          2  Mini readiness"
run rules list; expect_rc 0
expect_out "ID                       VERSION  ORIGIN    RULES  TITLE"
expect_out "crm-default                    1  shipped      47  "
run catalogue list; expect_rc 0
expect_out "ID                       VERSION  ORIGIN    INITIATIVES PHASES  TITLE"
expect_out "small-plan                     1  workspace           4      2  "
run dq checks list; expect_rc 0
expect_out "ID                       VERSION  ORIGIN    FIELDS RULES  TITLE"
expect_out "salesforce-contact             3  shipped       12     3  "
expect_no_out "built-in"
run dq checks list --format json; expect_rc 0
python3 -c 'import json; d = json.load(open("out")); assert [c["origin"] for c in d["checks"]] == ["shipped", "workspace"], d' \
	|| fail "checks origins in JSON"

# show of checks says whose they are, spelt as in the list
run dq checks show salesforce-contact; expect_rc 0; expect_err "# shipped checks salesforce-contact version 3"
run dq checks show small; expect_rc 0; expect_err "# workspace checks small version 1"
run dq checks show "$C"; expect_rc 0; expect_err "# file checks small version 1"
done_testing
