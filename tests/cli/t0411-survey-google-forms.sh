# survey import of Google Forms exports (issue 17 item 6), English and
# Persian: headers are the question texts of the shipped crm-readiness
# questionnaire, answers its scale and option labels (numbers for linear
# scales, checkbox answers joined by ", "); Timestamp is ignored, the
# e-mail column is the respondent. Both import as the same answers in
# crmready's own layout (native.csv) do. The broken variants have one
# label no option has: row and column named, nothing imported.
. "$TESTS_DIR/cli/lib.sh"
F="$DATA/forms"

assess_core() {
	python3 -c "
import json; a = json.load(open('out'))
print(json.dumps({k: a[k] for k in ('respondents', 'index', 'level', 'dimensions')}, sort_keys=True))" > "$1"
}

run --db native.db survey import crm-readiness "$F/native.csv"; expect_rc 0
run --db native.db assess crm-readiness --format json; expect_rc 0; assess_core native.json

# Without --respondent-column there is no respondent: the error says which
# columns could be.
run --db en.db survey import crm-readiness "$F/gforms-en.csv"; expect_rc 65
expect_err "no respondent column: name one with --respondent-column COLUMN (here: 'Email address')"

run --db en.db survey import crm-readiness "$F/gforms-en.csv" --respondent-column "Email address"
expect_rc 0
expect_out "imported 4 respondents into crm-readiness (0 replaced)"
# The mapping used, column by column.
expect_out "mapping of gforms-en.csv (column -> question):"
expect_out "  1 Timestamp -> ignored (form metadata)"
expect_out "  2 Email address -> respondent (--respondent-column)"
expect_out "  3 Department -> department"
expect_out "  4 Role -> role"
expect_out "  5 Our organisation has a written CRM vision that sa… -> crm-vision (question text, en)"
expect_out "-> integration-systems (question text, en)"
run --db en.db assess crm-readiness --format json; expect_rc 0; assess_core en.json
cmp -s native.json en.json || fail "Google Forms (en) assessment differs from native: $(cat en.json)"
run --db en.db survey list crm-readiness --format csv
expect_out "ana@acme.ir,Sales,Manager,"

# Persian: headers and labels in Persian, some with the Arabic yeh and kaf
# (ي ك) and a trailing space, numbers in Persian digits.
run --db fa.db survey import crm-readiness "$F/gforms-fa.csv" --respondent-column "نشانی ایمیل"
expect_rc 0
expect_out "imported 4 respondents into crm-readiness (0 replaced)"
expect_out "  1 مهر زمان -> ignored (form metadata)"
expect_out "  3 واحد سازمانی -> department"
expect_out "-> crm-vision (question text, fa)"
run --db fa.db assess crm-readiness --format json; expect_rc 0; assess_core fa.json
cmp -s native.json fa.json || fail "Google Forms (fa) assessment differs from native: $(cat fa.json)"
run --db fa.db survey list crm-readiness --format csv
expect_out "ana@acme.ir,فروش,Manager,"

# Broken: 'Somewhat agree' is no label of the scale.
before=$(db_sum en.db)
run --db en.db survey import crm-readiness "$F/gforms-en-bad.csv" --respondent-column "Email address"
expect_rc 65
expect_err "gforms-en-bad.csv: row 2 (line 3), column 5 (crm-vision): error: found 'Somewhat agree', expected a whole number 1..5 or one of the scale's labels: Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree"
expect_err "nothing imported"
[ "$(db_sum en.db)" = "$before" ] || fail "workspace changed (gforms-en-bad)"
before=$(db_sum fa.db)
run --db fa.db survey import crm-readiness "$F/gforms-fa-bad.csv" --respondent-column "نشانی ایمیل"
expect_rc 65
expect_err "gforms-fa-bad.csv: row 2 (line 3), column 5 (crm-vision): error: found 'تا حدودی موافقم'"
[ "$(db_sum fa.db)" = "$before" ] || fail "workspace changed (gforms-fa-bad)"

done_testing
