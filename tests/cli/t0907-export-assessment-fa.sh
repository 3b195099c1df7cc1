# export --lang fa on the sample organisation: Persian dimension,
# capability and finding titles, recommendations, levels and reasons, each
# equal to the Persian JSON of assess, gaps, findings and questionnaire show.
. "$TESTS_DIR/cli/lib.sh"
SAMPLE="$TESTS_DIR/../content/sample"

run survey import crm-readiness "$SAMPLE/readiness-answers.csv"; expect_rc 0
run survey import crm-capabilities "$SAMPLE/capabilities-answers.csv"; expect_rc 0
for c in assess gaps findings; do
	run $c --format json --lang fa; expect_rc 0; cp out $c.json
done
run questionnaire show crm-readiness --format json; expect_rc 0; cp out readiness-q.json
run questionnaire show crm-capabilities --format json; expect_rc 0; cp out capabilities-q.json
run export wb-fa.xlsx --lang fa; expect_rc 0
/usr/bin/python3 -W ignore "$TESTS_DIR/lib/check_export_assessment.py" fa wb-fa.xlsx . >check.out 2>&1 ||
	fail "the Persian workbook differs from the JSON: $(head -20 check.out)"

/usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" wb-fa.xlsx >dump || fail "xlsx_dump failed"
grep -qF "	s	داده و نمای یکپارچه مشتری" dump || fail "Persian dimension title missing"
grep -qF "	s	تا حدی آماده" dump || fail "Persian level missing"
grep -q "^rtl	آمادگی	1$" dump || fail "Readiness should be right-to-left"
# No English dimension or finding title left in the Persian sheets.
grep -qE "^cell	(خلاصه|آمادگی|یافته‌ها)	.*	s	(Strategy and vision|Data and customer view|Staff resist sharing customer data)$" dump &&
	fail "English title in the Persian workbook"
done_testing
