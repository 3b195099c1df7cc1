# survey import: every bad cell reported by row, line and column; nothing
# imported when any row is bad (the workspace is byte-for-byte unchanged).
. "$TESTS_DIR/cli/lib.sh"
S="$DATA/surveys"

run questionnaire add "$S/mini.yaml"; expect_rc 0
run survey import mini "$S/mini.csv"; expect_rc 0
before=$(db_sum)

# row 2 starts on line 4 (row 1 holds a quoted newline)
run survey import mini "$S/bad-middle.csv"; expect_rc 65
expect_err "bad-middle.csv: row 2 (line 4), column 4 (sponsor): error: found '7', expected a whole number 1..5 or na"
expect_err "bad-middle.csv: row 2 (line 4), column 5 (committee): error: found 'maybe', expected yes or no"
expect_err "row 2 (line 4), column 8 (quality): error: unknown option 'mesured' (did you mean 'measured'?)"
expect_err "row 4 (line 6), column 1 (respondent): error: expected the respondent's name"
expect_err "row 4 (line 6), column 4 (sponsor): error: the question is required"
expect_err "nothing imported"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a failed import"

run survey import mini "$S/bad-header.csv"; expect_rc 65
expect_err "bad-header.csv:1: error: header column 4: unknown question 'sponsr' (did you mean 'sponsor'?)"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a bad header"

printf 'respondent,department,committee\nZed,IT,yes\n' > noreq.csv
run survey import mini noreq.csv; expect_rc 65
expect_err "noreq.csv:1: error: the header has no column for the required question 'sponsor'"

printf 'respondent,department,sponsor\nAna,Sales,3\nAna,Sales,4\n' > dup.csv
run survey import mini dup.csv; expect_rc 65
expect_err "row 2 (line 3), column 1 (respondent): error: respondent 'Ana' appears twice: rows 1 and 2 (a form submitted again?); keep the latest answers with --keep latest"

printf 'respondent,department,sponsor\nZed,,3\n' > nodept.csv
run survey import mini nodept.csv; expect_rc 65
expect_err "column 2 (department): error: expected a department"

printf 'respondent,department,sponsor\nZed,IT\n' > short.csv
run survey import mini short.csv; expect_rc 65
expect_err "row 1 (line 2): error: found 2 cells, expected 3"

run survey import mini "$S/bad-answers.yaml"; expect_rc 65
expect_err "bad-answers.yaml:4:"
expect_err "comitee"
expect_err "found '9'"
run survey import mini missing.csv; expect_rc 66
run survey import mini; expect_rc 64
[ "$(db_sum)" = "$before" ] || fail "workspace changed"
done_testing
