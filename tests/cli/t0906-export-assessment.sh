# export on the sample organisation: Readiness, Gaps, Findings and the
# Summary's readiness and top findings equal what 'crmready assess',
# 'gaps' and 'findings' compute (--format json), and the radar and gaps
# charts cover the rows written.
. "$TESTS_DIR/cli/lib.sh"
SAMPLE="$TESTS_DIR/../content/sample"
check() { # check LANG WORKBOOK: the sheets against the JSON in .
	/usr/bin/python3 -W ignore "$TESTS_DIR/lib/check_export_assessment.py" "$1" "$2" . >check.out 2>&1 ||
		fail "$2 differs from the JSON: $(head -20 check.out)"
}

run survey import crm-readiness "$SAMPLE/readiness-answers.csv"; expect_rc 0
run survey import crm-capabilities "$SAMPLE/capabilities-answers.csv"; expect_rc 0
run assess --format json; expect_rc 0; cp out assess.json
run gaps --format json; expect_rc 0; cp out gaps.json
run findings --format json; expect_rc 0; cp out findings.json
run questionnaire show crm-readiness --format json; expect_rc 0; cp out readiness-q.json
run questionnaire show crm-capabilities --format json; expect_rc 0; cp out capabilities-q.json
before=$(db_sum)
run export wb.xlsx; expect_rc 0; expect_err "wrote wb.xlsx"
[ "$(db_sum)" = "$before" ] || fail "export changed the workspace"
check en wb.xlsx

# The sample fires findings; none of the sheets says data is missing.
/usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" wb.xlsx >dump || fail "xlsx_dump failed"
grep -q "No assessment yet\|No capability assessment yet\|No findings yet" dump &&
	fail "a sheet says the assessment or findings are missing"
grep -q "^chart	.*	radarChart	7$" dump || fail "the radar should show the organisation and 6 departments"
grep -q "^cf	Readiness	B5:H13	colorScale$" dump || fail "heat map range"
grep -q "^filter	Gaps	A4:H16$" dump || fail "Gaps autofilter"
grep -q "	f	" dump && fail "a cell holds a formula"

# The organisation's own target shows, and changes the Gaps sheet as 'gaps' does.
run gaps set-target data-quality-management 5; expect_rc 0
run gaps --format json; expect_rc 0; cp out gaps.json
run findings --format json; expect_rc 0; cp out findings.json
run export wb2.xlsx; expect_rc 0
check en wb2.xlsx
/usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" wb2.xlsx >dump
grep -qF "Bold target: set by the organisation" dump || fail "overridden target not explained"

# A workspace with capability answers only: Gaps filled, Readiness says what is missing.
rm -f crmready.db
run survey import crm-capabilities "$SAMPLE/capabilities-answers.csv"; expect_rc 0
run export caps.xlsx; expect_rc 0
/usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" caps.xlsx >dump
grep -q "^cell	Readiness	A4	s	No assessment yet" dump || fail "Readiness should say it has no assessment"
grep -q "^cell	Gaps	A5	s	Data quality management$" dump || fail "Gaps should list the capabilities"
done_testing
