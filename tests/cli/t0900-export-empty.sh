# export on an empty workspace: a valid workbook whose every sheet says
# what is missing; nothing else is created.
. "$TESTS_DIR/cli/lib.sh"
xdump() { /usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" "$1" >dump || fail "xlsx_dump failed on $1"; }
expect_dump() { grep -qF -- "$1" dump || fail "workbook lacks: $1"; }

run export --help; expect_rc 0; expect_out "usage: crmready export FILE.xlsx"; expect_out "--from DATE"
run export; expect_rc 64; expect_err "usage: crmready export"

run export empty.xlsx; expect_rc 0; expect_err "wrote empty.xlsx"
expect_file empty.xlsx
expect_no_file crmready.db
xdump empty.xlsx
expect_dump "sheets	Summary|Readiness|Gaps|Findings|Plan|Plan by step|Goals|Adoption|Data quality|Changes|Metrics"
expect_dump "cell	Summary	A1	s	CRM readiness: leadership summary"
expect_dump "No assessment yet"
expect_dump "No findings yet"
expect_dump "No rollout plan yet"
expect_dump "No goals yet"
expect_dump "No adoption figures yet"
expect_dump "No data-quality scan yet"
expect_dump "No metric values stored yet"
for s in Readiness Gaps Findings Plan Goals Adoption "Data quality" Metrics; do
	grep -q "^cell	$s	A[2-9]	s	No " dump || fail "sheet $s does not say what is missing"
done
grep -q "^chart" dump && fail "an empty workbook should have no charts"
grep -q "^rtl	.*	1$" dump && fail "English sheets must be left-to-right"
expect_dump "print	Summary	landscape"
# Only the workbook: no temporary file left behind.
[ "$(ls -A | grep -v -e '^out$' -e '^err$' -e '^dump$' -e '^empty.xlsx$')" = "" ] || fail "stray files: $(ls -A)"
done_testing
