# A yes/no answer that is neither: the error names the language's words
# (بله/خیر, نعم/لا), which are accepted, and the question's hint reads
# "نعم / لا", not "نعم / لا (yes / no)".
. "$TESTS_DIR/cli/lib.sh"
S="$DATA/surveys"
export CRMREADY_I18N_MISSING=1
run questionnaire add "$S/mini.yaml"; expect_rc 0

run --lang ar survey import mini "$S/bad-middle.csv"
expect_rc 65; expect_err "والمتوقَّع نعم أو لا"
run --lang fa survey import mini "$S/bad-middle.csv"
expect_rc 65; expect_err "بله یا خیر"
run survey import mini "$S/bad-middle.csv"
expect_rc 65; expect_err "found 'maybe', expected yes or no"

# the hint in survey run
for lang in ar fa; do
	printf '3\nx\n' | "$CRMREADY" --lang "$lang" survey run mini --respondent "X $lang" --department S >out 2>err
	grep -q "(yes / no)\|yes or no" out && fail "$lang: English hint: $(grep yes out)"
done
printf '3\nx\n' | "$CRMREADY" --lang ar survey run mini --respondent Y --department S >out 2>err
expect_out "(نعم / لا)"; expect_out "والمتوقَّع نعم أو لا"
printf '3\nx\n' | "$CRMREADY" --lang fa survey run mini --respondent Z --department S >out 2>err
expect_out "(بله / خیر)"
done_testing
