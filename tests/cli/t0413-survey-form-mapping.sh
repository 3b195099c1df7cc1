# survey import: KoboToolbox/ODK exports (XLSForm names under groups,
# values, select_multiple's 0/1 columns, Kobo's meta columns), unknown
# columns (an error listing them all, or skipped with --ignore-unknown),
# and --map FILE pinning the mapping (issue 17 item 6).
. "$TESTS_DIR/cli/lib.sh"
F="$DATA/forms"

assess_core() {
	python3 -c "
import json; a = json.load(open('out'))
print(json.dumps({k: a[k] for k in ('respondents', 'index', 'level', 'dimensions')}, sort_keys=True))" > "$1"
}

# crmready's own layout prints no mapping: every column is named exactly.
run --db native.db survey import crm-readiness "$F/native.csv"; expect_rc 0
expect_no_out "mapping of"
run --db native.db assess crm-readiness --format json; assess_core native.json

# Kobo: respondent/department/role are form fields; questions by XLSForm name.
run --db kobo.db survey import crm-readiness "$F/kobo.csv"; expect_rc 0
expect_out "imported 4 respondents into crm-readiness (0 replaced)"
expect_out "  1 start -> ignored (form metadata)"
expect_out "  6 grp_strategy/crm-vision -> crm-vision (XLSForm name)"
expect_out "grp_technology/integration-systems/erp -> ignored (an option of integration-systems)"
expect_out "_submission_time -> ignored (form metadata)"
# The mapping in Persian with --lang fa.
run --db kobo.db --lang fa survey import crm-readiness "$F/kobo.csv"; expect_rc 0
expect_out "نگاشت ستون‌های kobo.csv (ستون -> پرسش):"
expect_out "  ۱ start -> نادیده (ستون خود فرم)"
expect_out "  ۶ grp_strategy/crm-vision -> crm-vision (نام XLSForm)"
run --db kobo.db assess crm-readiness --format json; assess_core kobo.json
cmp -s native.json kobo.json || fail "Kobo assessment differs from native"

# Unknown columns: all listed in one error, nothing written.
python3 - "$F/gforms-en.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
rows[0][5] = "How happy are you with the coffee?"
rows[0].append("Any other comments")
for r in rows[1:]:
    r.append("none")
csv.writer(open("extra.csv", "w", newline="")).writerows(rows)
PY
run survey import crm-readiness extra.csv --respondent-column "Email address"; expect_rc 65
before=$(db_sum)
expect_err "extra.csv:1: error: 2 columns match no question: column 6 'How happy are you with the coffee?', column 47 'Any other comments'; skip them with --ignore-unknown or name them in --map FILE"
[ "$(db_sum)" = "$before" ] || fail "workspace changed (unknown columns)"
run survey import crm-readiness extra.csv --respondent-column "Email address" --ignore-unknown
expect_rc 0
expect_out "  6 How happy are you with the coffee? -> skipped (unknown: --ignore-unknown)"
expect_out " 47 Any other comments -> skipped (unknown: --ignore-unknown)"
expect_err "note: skipped 2 columns that match no question"

# --map FILE pins columns: CSV of column,question; question is a question
# id, respondent, department, role or skip.
cat > pin.csv <<'MAP'
column,question
How happy are you with the coffee?,strategy-alignment
Any other comments,skip
Email address,respondent
MAP
run --db pin.db survey import crm-readiness extra.csv --map pin.csv; expect_rc 0
expect_out "  6 How happy are you with the coffee? -> strategy-alignment (--map)"
expect_out " 47 Any other comments -> skipped (--map)"
expect_out "  2 Email address -> respondent (--map)"
run --db pin.db assess crm-readiness --format json; assess_core pin.json
cmp -s native.json pin.json || fail "--map assessment differs from native"

# Bad map files: the map file's line named.
printf 'column,question\nAny other comments,no-such-question\n' > bad1.csv
run survey import crm-readiness extra.csv --map bad1.csv --respondent-column "Email address"
expect_rc 65
expect_err "bad1.csv: row 1 (line 2), column 2: error: unknown question 'no-such-question'"
printf 'column,question\nNot in the file,crm-vision\n' > bad2.csv
run survey import crm-readiness extra.csv --map bad2.csv --ignore-unknown --respondent-column "Email address"
expect_rc 65
expect_err "bad2.csv: row 1 (line 2), column 1: error: no column 'Not in the file' in extra.csv"
run survey import crm-readiness extra.csv --map nope.csv; expect_rc 66
expect_err "nope.csv: cannot open"
run survey import crm-readiness extra.csv --respondent-column "No such column"; expect_rc 65
expect_err "--respondent-column: no column 'No such column' in the header of extra.csv"

done_testing
