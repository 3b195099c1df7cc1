# Form headers as people and tools write them (issue 17 item 6, second
# round): curly apostrophes, numbered questions, Google Forms grid columns
# "Title [Row]", US spellings of the British question texts, Persian
# headers with the ZWNJ typed as a space; a header that matches nothing
# gets the closest question; a misspelt id in --map gets "did you mean";
# a question in two columns names both.
. "$TESTS_DIR/cli/lib.sh"
F="$DATA/forms"
R="Email address"

# variant NAME PYTHON-EXPR: gforms-en.csv with every question header h
# (columns 5 on) replaced by the expression (i: its number from 1).
variant() {
	python3 - "$F/${3:-gforms-en.csv}" "$2" > "$1" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig')))
rows[0] = rows[0][:4] + [eval(sys.argv[2], {'h': h, 'i': i + 1})
			 for i, h in enumerate(rows[0][4:])]
csv.writer(sys.stdout, lineterminator='\r\n').writerows(rows)
PY
}

run --db base.db survey import crm-readiness "$F/gforms-en.csv" --respondent-column "$R"
expect_rc 0
run --db base.db assess crm-readiness --format json; cp out base.json

# same NAME: the variant imports all 4 respondents with the same figures.
same() {
	run --db "$1.db" survey import crm-readiness "$1.csv" --respondent-column "${2:-$R}"
	expect_rc 0 "$1"; expect_out "imported 4 respondents"
	expect_no_out "-> unknown"
	run --db "$1.db" assess crm-readiness --format json
	cmp -s out base.json || fail "$1: the assessment differs"
}

variant curly.csv "h.replace(\"'\", '\u2019')"
grep -q "customer’s" curly.csv || fail "fixture: no curly apostrophe"
same curly
variant numbered.csv "['%d. ', 'Q%d) ', '%d- '][i % 3] % i + h"
same numbered
variant grid.csv "'How far do you agree? [' + h + ']'"
same grid
run --db grid2.db survey import crm-readiness grid.csv --respondent-column "$R"
expect_out "How far do you agree? [Our organisation has a wri… -> crm-vision (question text, en)"
variant us.csv "h.replace('organisation', 'organization').replace('programme', 'program').replace('prioritise', 'prioritize')"
grep -q "organization" us.csv || fail "fixture: no US spelling"
same us

# Persian headers with the ZWNJ typed as a space (and left out).
variant fa-space.csv "h.replace('\u200c', ' ')" gforms-fa.csv
variant fa-none.csv "h.replace('\u200c', '')" gforms-fa.csv
run --db fa.db survey import crm-readiness "$F/gforms-fa.csv" --respondent-column "نشانی ایمیل"
expect_rc 0
run --db fa-space.db survey import crm-readiness fa-space.csv --respondent-column "نشانی ایمیل"
expect_rc 0; expect_out "imported 4 respondents"; expect_no_out "-> unknown"
run --db fa-none.db survey import crm-readiness fa-none.csv --respondent-column "نشانی ایمیل"
expect_rc 0; expect_out "imported 4 respondents"

# A header matching no question: the closest one is suggested.
variant typo.csv "h.replace('written CRM vision', 'writen CRM visoin')"
run --db typo.db survey import crm-readiness typo.csv --respondent-column "$R"; expect_rc 65
expect_err "1 column matches no question: column 5 'Our organisation has a writen CRM visoin that says what will change for customers and for staff.' (did you mean crm-vision?)"
expect_no_file typo.db

# --map with a misspelt question id.
printf 'column,question\nEmail address,respondent\nOur organisation has a written CRM vision that says what will change for customers and for staff.,crm-vison\n' > map.csv
run --db map.db survey import crm-readiness "$F/gforms-en.csv" --map map.csv; expect_rc 65
expect_err "map.csv: row 2 (line 3), column 2: error: unknown question 'crm-vison' of crm-readiness (did you mean 'crm-vision'?)"

# One question in two columns: both named, the first one first.
variant twice.csv "h if i != 40 else 'Our organisation has a written CRM vision that says what will change for customers and for staff.'"
run --db twice.db survey import crm-readiness twice.csv --respondent-column "$R"; expect_rc 65
expect_err "twice.csv:1: error: header column 5: question 'crm-vision' appears twice: columns 5 and 44"
expect_no_file twice.db

done_testing
