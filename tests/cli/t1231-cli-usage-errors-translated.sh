#!/bin/sh
# Usage errors under fa and ar: translated, still naming the option and
# the value typed, with the usage line and the hint; exit 64 as in English.
. "$TESTS_DIR/cli/lib.sh"
export CRMREADY_I18N_MISSING=1

no_untranslated() {
	grep -q 'untranslated' err && fail "untranslated messages ($*): $(grep untranslated err | head -3)"
	return 0
}

run --lang fa assess --by region
expect_rc 64
expect_err "crmready assess: --by: «region» داده شد؛ department یا role انتظار می‌رفت"
expect_err "کاربرد: crmready assess"
expect_err "برای توضیح بیشتر 'crmready assess --help' را اجرا کنید."
no_untranslated "fa assess --by"

run --lang ar assess --by region
expect_rc 64
expect_err "crmready assess: --by: وُجد «region»، والمنتظَر department أو role"
expect_err "الاستخدام: crmready assess"
no_untranslated "ar assess --by"

run --lang ar adoption report --weeks many
expect_rc 64
expect_err "--weeks: وُجد «many»، والمنتظَر عدد صحيح من ٠ إلى ١٠٠٠٠"
no_untranslated "ar --weeks"

run --lang fa findings --min-severty high
expect_rc 64
expect_err "گزینهٔ ناشناختهٔ «--min-severty» (منظورتان «--min-severity» بود؟)"
no_untranslated "fa unknown option"

run --lang ar plan show --format yaml
expect_rc 64
expect_err "--format: وُجد «yaml»، والمنتظَر أحد: text, json, csv"
no_untranslated "ar --format"

run --lang fa asess
expect_rc 64
expect_err "crmready: فرمان ناشناختهٔ «asess» (منظورتان «assess» بود؟)"
expect_err "برای فهرست فرمان‌ها 'crmready --help' را اجرا کنید."
no_untranslated "fa unknown command"

run --lang ar dq
expect_rc 64
expect_err "crmready dq: الأمر الفرعي مفقود"
expect_err "الأوامر الفرعية:"
no_untranslated "ar missing subcommand"

run --lang ar goal add --phase p1
expect_rc 64
expect_err "--metric مطلوب"
no_untranslated "ar goal add"

run --lang fa metric record training.completion lots
expect_rc 64
expect_err "VALUE: «lots» داده شد؛ یک عدد انتظار می‌رفت"
no_untranslated "fa metric record"

# A file that is not there: the message is translated, the path kept.
run --lang ar roster import missing.csv
expect_rc 66
expect_err "missing.csv: تعذّر الفتح:"
expect_no_file crmready.db

# The same mistakes in English are worded as before.
run assess --by region
expect_rc 64
expect_err "crmready assess: --by: found 'region', expected department or role"
expect_err "usage: crmready assess"
expect_err "Try 'crmready assess --help' for more."
done_testing
