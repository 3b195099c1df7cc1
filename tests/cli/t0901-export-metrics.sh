# export with adoption and data-quality metrics: the Adoption and Data
# quality sheets hold the stored values, the charts cover their rows, the
# Metrics sheet holds every value, and user text is never a formula.
. "$TESTS_DIR/cli/lib.sh"
xdump() { /usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" "$1" >dump || fail "xlsx_dump failed on $1"; }
expect_dump() { grep -qF -- "$1" dump || fail "workbook lacks: $1"; }

run questionnaire add "$DATA/export/mini.yaml"; expect_rc 0
sqlite3 crmready.db <"$DATA/export/metrics.sql" || fail "loading metrics"
before=$(db_sum)

run export wb.xlsx; expect_rc 0
[ "$(db_sum)" = "$before" ] || fail "export changed the workspace"
xdump wb.xlsx

# Adoption: one row per week, values as stored, percentages as numbers.
expect_dump "cell	Adoption	A4	s	Week"
expect_dump "cell	Adoption	A5	d	2026-09-07 00:00:00"
expect_dump "cell	Adoption	B5	n	0.25"
expect_dump "cell	Adoption	C5	n	30"
expect_dump "cell	Adoption	D5	n	120"
expect_dump "cell	Adoption	B12	n	0.6"
weeks=$(sqlite3 crmready.db "SELECT count(*) FROM metrics WHERE name='adoption.active_rate' AND scope=''")
expect_dump "series	chart1.xml	Adoption!\$B\$4	Adoption!\$A\$5:\$A\$$((weeks + 4))	Adoption!\$B\$5:\$B\$$((weeks + 4))"
expect_dump "chart	chart1.xml	lineChart	1"
# Departments and waves: the latest week, crafted names kept as text.
expect_dump "	s	Sales"
expect_dump "	s	=HYPERLINK(\"http://evil.example\",\"click\")"
expect_dump "	s	wave 2"

# Data quality: one row per entity and scan, one chart series per entity.
expect_dump "cell	Data quality	A5	s	+cmd|' /C calc'!A0"
# (the Adoption sheet's series per department and wave come first: the
# data-quality chart is the scatter chart)
dq=$(grep -P "^chart\t\S+\tscatterChart\t" dump | cut -f2)
expect_dump "chart	$dq	scatterChart	2"
expect_dump "series	$dq	'Data quality'!\$A\$5	'Data quality'!\$B\$5:\$B\$6	'Data quality'!\$C\$5:\$C\$6"
expect_dump "series	$dq	'Data quality'!\$A\$7	'Data quality'!\$B\$7:\$B\$9	'Data quality'!\$C\$7:\$C\$9"
sc=$(sqlite3 crmready.db "SELECT value FROM metrics WHERE name='dq.score' AND scope='entity=Contact' ORDER BY date DESC LIMIT 1")
expect_dump "cell	Data quality	C9	n	$sc"
expect_dump "	s	Email"

# Metrics: every stored value, in name/scope/date order, header frozen, filter on.
n=$(sqlite3 crmready.db "SELECT count(*) FROM metrics")
[ "$(grep -c '^cell	Metrics	A' dump)" -eq $((n + 1)) ] || fail "Metrics sheet should have $n rows"
expect_dump "filter	Metrics	A1:E$((n + 1))"
expect_dump "freeze	Metrics	A2"
expect_dump "cell	Metrics	A2	s	@SUM(A1:A9)"
expect_dump "cell	Metrics	B2	s	=1+1"
expect_dump "cell	Metrics	E2	s	-2+3"

# Summary: the latest organisation-wide week and each entity's latest scan.
expect_dump "cell	Summary	B"
grep -q "^cell	Summary	B[0-9]*	n	0.6$" dump || fail "summary lacks the latest active rate"
expect_dump "60 of 100 licensed users, week of 2026-10-26"

# No cell anywhere is a formula: not in openpyxl's eyes, not in the XML.
grep -q "	f	" dump && fail "a cell holds a formula"
/usr/bin/python3 - wb.xlsx <<'PY' || fail "a worksheet holds a <f> element"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
bad = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet") and b"<f>" in z.read(n)]
sys.exit(1 if bad else 0)
PY

# --from/--to restrict the trends and the raw sheet.
run export part.xlsx --from 2026-09-14 --to 2026-09-28; expect_rc 0
xdump part.xlsx
expect_dump "cell	Adoption	A5	d	2026-09-14 00:00:00"
grep -q "^cell	Adoption	A8	" dump && fail "--to should end the weeks at 2026-09-28"
m=$(sqlite3 crmready.db "SELECT count(*) FROM metrics WHERE date BETWEEN '2026-09-14' AND '2026-09-28'")
[ "$(grep -c '^cell	Metrics	A' dump)" -eq $((m + 1)) ] || fail "Metrics sheet should have $m rows in the period"
expect_dump "From 2026-09-14 to 2026-09-28"
run export bad.xlsx --from 2026-10-01 --to 2026-09-01; expect_rc 64; expect_err "is after --to"
run export bad.xlsx --from 2026-13-01; expect_rc 64; expect_err "expected a date YYYY-MM-DD"
expect_no_file bad.xlsx
done_testing
