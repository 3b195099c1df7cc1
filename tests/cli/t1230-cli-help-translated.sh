#!/bin/sh
# Help under --lang fa and ar: the command's summary, options and headings
# come from the catalogue (no message left untranslated), asked for with
# 'help X', 'X --help' (the language read before the options) or through
# CRMREADY_LANG; usage lines keep option names and metavars as they are.
. "$TESTS_DIR/cli/lib.sh"
export CRMREADY_I18N_MISSING=1

# no_untranslated: stderr names no message missing from the catalogue
no_untranslated() {
	grep -q 'untranslated' err && fail "untranslated messages ($*): $(grep untranslated err | head -3)"
	return 0
}

for lang in fa ar; do
	run --lang "$lang" --help
	expect_rc 0
	no_untranslated "$lang --help"
	run --lang "$lang" help
	expect_rc 0
	no_untranslated "$lang help"
	for c in init demo questionnaire survey assess gaps rules findings catalogue plan goal metric status \
		roster adoption dq export report help; do
		run --lang "$lang" help "$c"
		expect_rc 0
		no_untranslated "$lang help $c"
	done
	for c in "survey import" "survey run" "goal add" "metric record" "dq scan" "dq checks add" \
		"adoption import" "roster import" "plan build"; do
		# shellcheck disable=SC2086
		run --lang "$lang" $c --help
		expect_rc 0
		no_untranslated "$lang $c --help"
		expect_no_out "usage:"
	done
done

run --lang fa help assess
expect_out "کاربرد: crmready assess [QUESTIONNAIRE] [--by department|role]"
expect_out "امتیازدهی نظرسنجی: شاخص آمادگی، بُعدها، گروه‌ها، شکاف‌های برداشت."
expect_out "گزینه‌های سراسری:"
expect_out "--min-group N"
expect_no_out "score the survey"

run --lang ar goal add --help
expect_out "الاستخدام: crmready goal add --phase P --metric M"
expect_out "إضافة هدف (أو هدف فرعي مع --parent)؛ يطبع معرّفه."
expect_out "الخيارات:"
expect_no_out "add a goal"

# --lang=ar and the environment choose it as well
run --lang=ar status --help
expect_out "كل هدف مع أحدث قيمة له واتجاهه وحالته."
CRMREADY_LANG=fa run dq --help
expect_out "زیرفرمان‌ها:"
expect_out "نمایهٔ یک خروجی CRM: کامل بودن، اعتبار، تکراری‌ها، به‌روز بودن"
no_untranslated "CRMREADY_LANG=fa dq --help"

# The overview lists every command's summary in the language.
run --lang ar --help
expect_out "الأوامر:"
expect_out "  plan           خطة الإطلاق المرحلية: build وshow وupdate"

# The manual page and the completion scripts are installed: English always.
run --lang fa help --man
expect_out "Create the engagement's workspace and show the next steps."
"$CRMREADY" help --man > en.1
cmp -s out en.1 || fail "the manual page under --lang fa differs from the English one"
done_testing
