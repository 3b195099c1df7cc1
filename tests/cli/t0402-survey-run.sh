# survey run driven through a pipe: validation and re-ask, back, skip, n/a,
# quit, resume, `when`, --lang fa; answers saved one by one.
. "$TESTS_DIR/cli/lib.sh"
S="$DATA/surveys"
run questionnaire add "$S/mini.yaml"; expect_rc 0

# sponsor: 9 (bad), s (required), 4; committee: n (not allowed), yes,
# then b (back to committee) and no; has-crm: n (n/a, so usage is not
# asked); quality: q (save and quit).
printf '9\ns\n4\nn\nyes\nb\nno\nn\nq\n' |
	"$CRMREADY" survey run mini --respondent "Ana Karimi" --department Sales --role Staff >out 2>err
rc=$?; expect_rc 0
expect_out "[1/5] Leadership (required)"
expect_out "1 Strongly disagree"
expect_out "! found '9', expected a whole number 1..5 or na"
expect_out "! this question is required: it cannot be skipped"
expect_out "! 'not applicable' is not allowed for this question"
expect_out "current answer: yes"
expect_out "saved; run the same command again to resume"
expect_no_out "Staff use it daily."
run survey list mini --format csv; expect_rc 0
expect_out "mini,Ana Karimi,Sales,Staff,3,5,1,1,"
# the only required question (sponsor) is answered: complete, though the
# optional ones are still open
expect_out ",complete,"

# resume at quality: option by number, then skip notes
printf '2\ns\n' | "$CRMREADY" survey run mini --respondent "Ana Karimi" >out 2>err
rc=$?; expect_rc 0
expect_out "resuming: quality"
expect_out "1 unknown: Unknown"
expect_no_out "A sponsor champions it."
expect_out "all questions answered, thank you"
run survey list mini; expect_rc 0
expect_out "complete"

# sponsor 4 (75, weight 2), committee no (0): lead = 150 / 3 = 50;
# quality measured: data = 100
run assess mini --format json; expect_rc 0
python3 -c "
import json; a = json.load(open('out'))
d = {x['id']: x['score'] for x in a['dimensions']}
assert abs(d['lead'] - 50) < 1e-9 and abs(d['data'] - 100) < 1e-9, d
" || fail "assess after survey run"

# has-crm yes makes usage asked; end of input saves and stops
printf '3\nyes\nyes\n' | "$CRMREADY" --lang fa survey run mini --respondent Bo --department IT >out 2>err
rc=$?; expect_rc 0
expect_out "پاسخ> "
expect_out "Staff use it daily."
expect_out "پایان ورودی"
run survey list mini --format csv; expect_rc 0
expect_out "mini,Bo,IT,,3,6,"

# a new respondent needs a department; --respondent is required
printf '' | "$CRMREADY" survey run mini --respondent New >out 2>err; rc=$?
expect_rc 64; expect_err "--department D is required for a new respondent"
run survey run mini --department IT; expect_rc 64
run survey run --help; expect_rc 0; expect_out "b  back to the previous question"
done_testing
