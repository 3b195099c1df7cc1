# survey import of Microsoft Forms exports (issue 17 item 6), English and
# Persian: ID, Start time, Completion time, Email and Name columns, the
# question texts as headers (here some in capitals or without their '?'),
# labels as answers and multiple answers joined by ';'. They import as the
# same answers in crmready's own layout do; the broken variants name the
# row and column of the label that matches nothing and change nothing.
. "$TESTS_DIR/cli/lib.sh"
F="$DATA/forms"

assess_core() {
	python3 -c "
import json; a = json.load(open('out'))
print(json.dumps({k: a[k] for k in ('respondents', 'index', 'level', 'dimensions')}, sort_keys=True))" > "$1"
}

run --db native.db survey import crm-readiness "$F/native.csv"; expect_rc 0
run --db native.db assess crm-readiness --format json; assess_core native.json

run --db en.db survey import crm-readiness "$F/msforms-en.csv"; expect_rc 65
expect_err "(here: 'ID', 'Email', 'Name')"
run --db en.db survey import crm-readiness "$F/msforms-en.csv" --respondent-column email
expect_rc 0
expect_out "imported 4 respondents into crm-readiness (0 replaced)"
expect_out "  1 ID -> ignored (form metadata)"
expect_out "  2 Start time -> ignored (form metadata)"
expect_out "  3 Completion time -> ignored (form metadata)"
expect_out "  4 Email -> respondent (--respondent-column)"
expect_out "  5 Name -> ignored (form metadata)"
expect_out "  8 OUR ORGANISATION HAS A WRITTEN CRM VISION THAT SA… -> crm-vision (question text, en)"
expect_out " 12 IS A PILOT (ONE CAPABILITY IN ONE REGION OR UNIT)… -> pilot-planned (question text, en)"
run --db en.db assess crm-readiness --format json; assess_core en.json
cmp -s native.json en.json || fail "MS Forms (en) assessment differs from native"

# Importing again replaces the same respondents.
run --db en.db survey import crm-readiness "$F/msforms-en.csv" --respondent-column Email -q
expect_rc 0; expect_empty_out
run --db en.db survey list crm-readiness --format csv
[ "$(grep -c '@acme.ir' out)" -eq 4 ] || fail "respondents doubled on re-import"

run --db fa.db survey import crm-readiness "$F/msforms-fa.csv" --respondent-column "ایمیل"
expect_rc 0
expect_out "  1 شناسه -> ignored (form metadata)"
expect_out "  5 نام -> ignored (form metadata)"
run --db fa.db assess crm-readiness --format json; assess_core fa.json
cmp -s native.json fa.json || fail "MS Forms (fa) assessment differs from native"

before=$(db_sum en.db)
run --db en.db survey import crm-readiness "$F/msforms-en-bad.csv" --respondent-column Email
expect_rc 65
expect_err "msforms-en-bad.csv: row 2 (line 3), column 8 (crm-vision): error: found 'Somewhat agree'"
[ "$(db_sum en.db)" = "$before" ] || fail "workspace changed (msforms-en-bad)"
before=$(db_sum fa.db)
run --db fa.db survey import crm-readiness "$F/msforms-fa-bad.csv" --respondent-column "ایمیل"
expect_rc 65
expect_err "msforms-fa-bad.csv: row 2 (line 3), column 8 (crm-vision): error: found 'تا حدودی موافقم'"
[ "$(db_sum fa.db)" = "$before" ] || fail "workspace changed (msforms-fa-bad)"

done_testing
