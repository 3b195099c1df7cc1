# Names that fight the layout: a tab in a respondent's or a department's
# name does not shift a table's columns, and bidi embedding, override and
# isolate controls (U+202A..U+202E, U+2066..U+2069) in names reach neither
# the terminal, the HTML report nor the workbook. JSON and CSV keep the data
# exact, as they keep other controls.
. "$TESTS_DIR/cli/lib.sh"
export CRMREADY_DB="$PWD/w.db"
TAB=$(printf '\t')
RLO=$(printf '\342\200\256')   # U+202E RIGHT-TO-LEFT OVERRIDE
LRI=$(printf '\342\201\246')   # U+2066 LEFT-TO-RIGHT ISOLATE
PDI=$(printf '\342\201\251')   # U+2069 POP DIRECTIONAL ISOLATE
bidi() { grep -q "$RLO\|$LRI\|$PDI" "$@"; }

run questionnaire add "$DATA/surveys/mini.yaml"; expect_rc 0
{
	printf 'respondent,department,role,sponsor\n'
	printf '"Ana%sMaria",Sales,Staff,4\n' "$TAB"
	printf 'Bob,"Ops%sNorth",Staff,3\n' "$TAB"
	printf 'Cy,Sales,"%sgnaM%s",5\n' "$RLO" "$PDI"
	printf 'Di,"%sSupport%s",Staff,2\n' "$LRI" "$PDI"
	printf 'Ed,"Ops%sNorth","%sgnaM%s",3\n' "$TAB" "$RLO" "$PDI"
	printf 'Fy,"%sSupport%s",Staff,4\n' "$LRI" "$PDI"
	printf 'Gu,"Ops%sNorth","%sgnaM%s",2\n' "$TAB" "$RLO" "$PDI"
	printf 'Hal,"Mkt%sC1",Staff,3\n' "$(printf '\302\233')"
	printf 'Ivy,"Mkt%sC1",Staff,4\n' "$(printf '\302\233')"
} > s.csv
run survey import mini s.csv; expect_rc 0 "import"

run survey list mini; expect_rc 0 "survey list"
grep -q "$TAB" out && fail "survey list printed a tab inside a cell"
bidi out && fail "survey list printed a bidi control"
[ "$(grep -c 'complete' out)" -ge 6 ] || fail "six respondents listed"
expect_out "Ana Maria"
expect_out "Ops North"

for c in "assess mini --by department --min-group 2" "assess mini --by role --min-group 2" \
	 "survey list"; do
	run $c; expect_rc 0 "$c"
	bidi out err && fail "$c: a bidi control reached the terminal"
done

run report r.html --min-group 2; expect_rc 0 "report"
bidi r.html && fail "the HTML report carries a bidi control from a name"
grep -q "$(printf '\302\233')" r.html && fail "the HTML report carries a C1 control (CSI) from a name"
run export x.xlsx --min-group 2; expect_rc 0 "export"
mkdir x && (cd x && unzip -q ../x.xlsx)
bidi -r x && fail "the workbook carries a bidi control from a name"
done_testing
