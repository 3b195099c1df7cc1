# export --lang fa: Persian sheet names and texts, every sheet right to
# left, a font that renders Persian; English stays left to right.
. "$TESTS_DIR/cli/lib.sh"
xdump() { /usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" "$1" >dump || fail "xlsx_dump failed on $1"; }
expect_dump() { grep -qF -- "$1" dump || fail "workbook lacks: $1"; }

run questionnaire add "$DATA/export/mini.yaml"; expect_rc 0
sqlite3 crmready.db <"$DATA/export/metrics.sql" || fail "loading metrics"

run export fa.xlsx --lang fa; expect_rc 0
xdump fa.xlsx
expect_dump "sheets	خلاصه|آمادگی|شکاف‌ها|یافته‌ها|برنامه|برنامه بر پایهٔ گام‌ها|اهداف|پذیرش|کیفیت داده|تغییرها|سنجه‌ها"
[ "$(grep -c '^rtl	.*	1$' dump)" -eq 11 ] || fail "every Persian sheet must be right-to-left"
expect_dump "fonts	Calibri|Tahoma"
expect_dump "cell	خلاصه	A1	s	آمادگی CRM: خلاصه برای مدیران"
expect_dump "هنوز ارزیابی انجام نشده است"
expect_dump "cell	پذیرش	A4	s	هفته"
# Charts refer to the Persian sheet names, quoted.
expect_dump "series	chart1.xml	'پذیرش'!\$B\$4	'پذیرش'!\$A\$5:\$A\$12	'پذیرش'!\$B\$5:\$B\$12"
expect_dump "'کیفیت داده'!\$C\$5:\$C\$6"

# The global option works before the command too; CRMREADY_LANG as well.
run --lang fa export fa2.xlsx; expect_rc 0
CRMREADY_LANG=fa run export fa3.xlsx; expect_rc 0
xdump fa3.xlsx
[ "$(grep -c '^rtl	.*	1$' dump)" -eq 11 ] || fail "CRMREADY_LANG=fa must give right-to-left sheets"

run export en.xlsx --lang en; expect_rc 0
xdump en.xlsx
[ "$(grep -c '^rtl	.*	0$' dump)" -eq 11 ] || fail "English sheets must be left-to-right"
grep -q "Tahoma" dump && fail "English workbook should keep Calibri"
done_testing
