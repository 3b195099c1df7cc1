# Under Arabic and Persian every number said to a reader is in the
# language's digits (Latin with --digits latin): init's numbered steps, the
# answers survey run lists to type, the Gantt chart's phase row, and a
# row, line and column named in words in an error; the commands and file
# names beside them keep their Latin letters and digits.
. "$TESTS_DIR/cli/lib.sh"

run --db ar.db --lang ar init; expect_rc 0
expect_out "  ١. "
expect_out "  ٦. "
expect_no_out "  1. "
expect_out "crmready plan build --start YYYY-MM-DD"
run --db fa.db --lang fa init; expect_rc 0
expect_out "  ۳. "
run --db fal.db --lang fa --digits latin init; expect_rc 0
expect_out "  3. "
expect_no_out "۳"

run questionnaire add "$DATA/surveys/mini.yaml"; expect_rc 0
printf 'q\n' | "$CRMREADY" --lang ar survey run mini --respondent Ana --department Sales \
	--role Staff >out 2>err
rc=$?; expect_rc 0
expect_out "  ١ Strongly disagree"
expect_out "  ٥ Strongly agree"
expect_out "[١/٥]"
printf 'q\n' | "$CRMREADY" --lang ar --digits latin survey run mini --respondent Ana \
	--department Sales --role Staff >out 2>err
rc=$?; expect_rc 0
expect_out "  1 Strongly disagree"

# a row and line in words: the language's digits; the file name as it is
printf 'respondent,department,sponsor\nZed,IT\n' > rows2.csv
run --lang ar survey import mini rows2.csv; expect_rc 65
expect_err "rows2.csv: الصف ١ (السطر ٢): "
run --lang fa survey import mini rows2.csv; expect_rc 65
expect_err "rows2.csv: ردیف ۱ (خط ۲): "
run --lang fa --digits latin survey import mini rows2.csv; expect_rc 65
expect_err "rows2.csv: ردیف 1 (خط 2): "
# a FILE:LINE prefix stays Latin, for editors
printf 'a,b\n1,2\n' > head9.csv
run --lang ar survey import mini head9.csv; expect_rc 65
expect_err "head9.csv:1: "

run demo sample; expect_rc 0
run --db sample/demo.db --lang ar plan show; expect_rc 0
expect_out "١١١١٢٢٢٢"
expect_no_out "11112222"
run --db sample/demo.db --lang ar --digits latin plan show; expect_rc 0
expect_out "11112222"
# English as it was
run --db sample/demo.db plan show; expect_rc 0
expect_out "11112222"

done_testing
