# assess --save / --compare: how readiness moved between two survey rounds;
# the shipped sample organisation imports and assesses.
. "$TESTS_DIR/cli/lib.sh"
S="$DATA/surveys"
run questionnaire add "$S/mini.yaml"; expect_rc 0
printf 'respondent,department,sponsor,committee\nA,Sales,1,no\nB,IT,3,no\n' > round1.csv
run survey import mini round1.csv; expect_rc 0
# lead: A 0, B (2*50+0)/3 = 33.333: mean 16.667
run assess mini --save round-1; expect_rc 0; expect_err "saved snapshot round-1 of mini"
run assess mini --save round-1; expect_rc 65; expect_err "already exists"
run assess mini --save "Round 1"; expect_rc 64
printf 'respondent,department,sponsor,committee\nA,Sales,5,yes\nB,IT,5,yes\n' > round2.csv
run survey import mini round2.csv; expect_rc 0
run assess mini --compare round-1 --format json; expect_rc 0
python3 -c "
import json; a = json.load(open('out'))['compare']
assert a['snapshot'] == 'round-1' and a['saved'] == '2026-11-23'
assert abs(a['index_before'] - 50 / 3) < 1e-9 and abs(a['index_change'] - (100 - 50 / 3)) < 1e-9, a
" || fail "compare json"
run assess mini --compare round-1; expect_rc 0
expect_out "Change since snapshot round-1 (2026-11-23)"
expect_out "+83.3"
run assess mini --compare round-9; expect_rc 65; expect_err "no snapshot 'round-9' of mini"

# no answers: a clear message, no workspace created
rm -f crmready.db*
run assess; expect_rc 0; expect_out "no answers yet"
expect_no_file crmready.db

# the sample organisation shipped with the source
SAMPLE="$TESTS_DIR/../content/sample"
run survey import crm-readiness "$SAMPLE/readiness-answers.csv"; expect_rc 0
expect_out "imported 60 respondents"
run survey import crm-capabilities "$SAMPLE/capabilities-answers.csv"; expect_rc 0
run assess --format json; expect_rc 0
python3 -c "
import json; a = json.load(open('out'))
g = {(x['by'], x['name']): x['index'] for x in a['groups']}
assert a['respondents'] == 60 and g[('department', 'Executive')] > g[('department', 'Sales')] + 30, g
d = {x['id']: x['score'] for x in a['dimensions']}
assert min(d, key=d.get) == 'data', d
" || fail "sample organisation patterns"
run gaps; expect_rc 0; expect_out "Data quality management"
run assess --help; expect_rc 0; expect_out "usage: crmready assess"
run gaps --help; expect_rc 0
run survey --help; expect_rc 0; expect_out "import"
done_testing
