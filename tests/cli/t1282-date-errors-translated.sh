# Why a date or time is wrong (timex's errors) is said in the language:
# roster import with February 30 under fa and ar.
. "$TESTS_DIR/cli/lib.sh"
export CRMREADY_I18N_MISSING=1
printf 'id,department,license_start\nu1,Sales,2026-02-30\nu2,Sales,2026-13-01\n' > roster.csv

run --lang fa roster import roster.csv
expect_rc 65; expect_err "این روز در آن ماه وجود ندارد"
run --lang ar roster import roster.csv
expect_rc 65; expect_err "هذا اليوم غير موجود في ذلك الشهر"
for lang in fa ar; do
	run --lang "$lang" roster import roster.csv
	grep -q "does not exist\|must be\|untranslated:" err && fail "$lang: English left: $(cat err)"
done
run roster import roster.csv
expect_rc 65; expect_err "that day does not exist in that month"
done_testing
