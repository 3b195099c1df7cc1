#!/bin/sh
# Counts in Arabic take the form their number asks for: one and two are
# said without the numeral ("مستجيب واحد", "مستجيبان"), 3..10 the plural,
# 11..99 the accusative singular, 100 and up the genitive singular. Persian
# keeps the noun singular after a number. English reads as it always did.
. "$TESTS_DIR/cli/lib.sh"
export CRMREADY_I18N_MISSING=1

# header LANG N: the first line of assess for N respondents
header() {
	sample_answers "$2" > "a$2.csv"
	run --db "w$2.db" survey import crm-readiness "a$2.csv"
	expect_rc 0 "import of $2"
	run --db "w$2.db" --lang "$1" assess crm-readiness
	expect_rc 0 "assess of $2 under $1"
	grep -q 'untranslated' err && fail "untranslated ($1, $2)"
	head -n 1 out > head.txt
	return 0
}

header ar 1;   grep -q ": مستجيب واحد، أكمل واحد$" head.txt || fail "ar 1: $(cat head.txt)"
header ar 2;   grep -q ": مستجيبان، أكمل اثنان$" head.txt || fail "ar 2: $(cat head.txt)"
header ar 5;   grep -q ": ٥ مستجيبين، أكمل ٥$" head.txt || fail "ar 5: $(cat head.txt)"
header ar 11;  grep -q ": ١١ مستجيبًا، أكمل ١١$" head.txt || fail "ar 11: $(cat head.txt)"
header ar 100; grep -q ": ١٠٠ مستجيب، أكمل ١٠٠$" head.txt || fail "ar 100: $(cat head.txt)"
header fa 2;   grep -q ": ۲ پاسخ‌دهنده، ۲ کامل$" head.txt || fail "fa 2: $(cat head.txt)"
header en 1;   grep -q ": 1 respondents, 1 complete$" head.txt || fail "en 1: $(cat head.txt)"

# The goals' legend: "fewer than two weeks" is "أقل من أسبوعين".
run --db w2.db plan build --start 2026-09-07
expect_rc 0 "plan build"
run --db w2.db --lang ar status
expect_rc 0 "status"
expect_out "أقل من أسبوعين"
run --db w2.db status
expect_out "fewer than 3 values or fewer than 2 weeks"
done_testing
