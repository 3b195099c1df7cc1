#!/bin/sh
# A count in Arabic takes the plural form its number asks for (six forms:
# 0, 1, 2, 3..10, 11..99, 100 and up), with Arabic digits; Persian has two;
# English is worded as before.
. "$TESTS_DIR/cli/lib.sh"
export CRMREADY_I18N_MISSING=1

imports() {
	sample_answers "$2" > "a$2.csv"
	run --db "$1-$2.db" --lang "$1" survey import crm-readiness "a$2.csv"
	expect_rc 0 "import of $2 under $1"
	grep -q 'untranslated' err && fail "untranslated ($1, $2)"
	return 0
}

imports ar 0;   expect_out "عدد المستجيبين المستورَدين إلى crm-readiness: ٠ (استُبدل ٠)"
imports ar 1;   expect_out "عدد المستجيبين المستورَدين إلى crm-readiness: ١"
imports ar 2;   expect_out "عدد المستجيبين المستورَدين إلى crm-readiness: ٢"
imports ar 5;   expect_out "استُورد ٥ مستجيبين إلى crm-readiness"
imports ar 11;  expect_out "استُورد ١١ مستجيبًا إلى crm-readiness"
imports ar 100; expect_out "استُورد ١٠٠ مستجيب إلى crm-readiness"

imports fa 1;   expect_out "۱ پاسخ‌دهنده به crm-readiness وارد شد (۰ جایگزین شد)"
imports fa 2;   expect_out "۲ پاسخ‌دهنده به crm-readiness وارد شدند"

imports en 1;   expect_out "imported 1 respondent into crm-readiness (0 replaced)"
imports en 2;   expect_out "imported 2 respondents into crm-readiness (0 replaced)"

# --digits latin keeps the words and writes the figures in Latin digits.
sample_answers 5 > a5.csv
run --db latin.db --lang ar --digits latin survey import crm-readiness a5.csv
expect_out "استُورد 5 مستجيبين إلى crm-readiness"
done_testing
