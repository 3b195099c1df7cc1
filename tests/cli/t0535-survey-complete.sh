# A respondent who skipped only optional questions has completed the
# questionnaire: `survey list` (text, CSV, JSON) says complete and `assess`
# counts them among the complete ones. Only a required question without an
# answer keeps a respondent in progress.
. "$TESTS_DIR/cli/lib.sh"
cat >opt.yaml <<'YAML'
id: opt
version: 1
title: {en: Optional questions}
scale: {min: 1, max: 5}
levels:
  - {min: 0, label: Not ready}
dimensions:
  - {id: lead, title: Leadership}
questions:
  - {id: vision, dimension: lead, type: likert, text: There is a vision.}
  - {id: sponsor, dimension: lead, type: likert, text: A sponsor champions it., required: true}
  - {id: notes, dimension: lead, type: text, text: Anything else?}
YAML
run questionnaire add opt.yaml; expect_rc 0
# Ann answers everything; Bob leaves both optional questions empty.
printf 'respondent,department,role,vision,sponsor,notes\nAnn,Sales,Staff,4,5,fine\nBob,Sales,Staff,,3,\n' >answers.csv
run survey import opt answers.csv; expect_rc 0
# Cy answers the optional first question in the terminal and quits before
# the required one.
printf '4\nq\n' | "$CRMREADY" survey run opt --respondent Cy --department IT >out 2>err
rc=$?; expect_rc 0

run survey list opt --format csv; expect_rc 0
expect_out "opt,Ann,Sales,Staff,3,3,1,1,1,complete,"
expect_out "opt,Bob,Sales,Staff,1,3,1,1,0.333333333333333"
grep -q '^opt,Bob,.*,complete,' out || fail "csv: Bob skipped only optional questions: complete"
grep -q '^opt,Cy,IT,,1,3,0,1,.*,in progress,' out || fail "csv: Cy has the required one open: in progress"
run survey list opt; expect_rc 0
grep -E '^  Bob +Sales +Staff +1/3 +1/1 +33% +complete$' out >/dev/null || fail "text: Bob complete"
grep -E '^  Cy +IT +1/3 +0/1 +33% +in progress$' out >/dev/null || fail "text: Cy in progress"
run survey list opt --format json; expect_rc 0
python3 -c "
import json; d = {r['respondent']: r['status'] for r in json.load(open('out'))['respondents']}
assert d == {'Ann': 'complete', 'Bob': 'complete', 'Cy': 'in progress'}, d
" || fail "json: statuses"

run assess opt; expect_rc 0
expect_out "Optional questions (opt): 3 respondents, 2 complete"
run assess opt --format json; expect_rc 0
python3 -c "
import json; d = json.load(open('out')); assert (d['respondents'], d['complete']) == (3, 2), d
" || fail "assess json: complete"
run --lang fa assess opt; expect_rc 0
expect_out "۳ پاسخ‌دهنده، ۲ کامل"
done_testing
