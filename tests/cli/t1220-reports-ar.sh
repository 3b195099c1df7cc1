#!/bin/sh
# The terminal reports under --lang ar: Arabic headings, Arabic digits, and
# no catalogue message left in English (CRMREADY_I18N_MISSING names every
# lookup without a translation). JSON and CSV stay English and Latin.
. "$TESTS_DIR/cli/lib.sh"

"$CRMREADY" demo d >/dev/null 2>&1 || fail "demo"
db="--db d/demo.db"
export CRMREADY_I18N_MISSING=1
for cmd in "assess" "gaps" "findings" "plan show" "plan show --explain" "goal list" \
	"status" "metric list" "adoption report" "adoption report --by wave" "dq report" \
	"survey list" "roster list" "questionnaire list" "questionnaire show crm-readiness" \
	"rules list" "rules show crm-default" "catalogue list" "catalogue show crm-default-plan" \
	"dq checks list"; do
	# shellcheck disable=SC2086
	run $db --lang ar $cmd
	expect_rc 0 "$cmd"
	grep -F "untranslated" err && fail "ar $cmd: untranslated messages"
	# shellcheck disable=SC2086
	run $db --lang fa $cmd
	grep -F "untranslated" err && fail "fa $cmd: untranslated messages"
done

run $db --lang ar status
expect_out "حالة الأهداف في"
expect_out "الاستحقاق"
expect_out "٠٫٨٩٧"
expect_no_out "Goal status on"
expect_no_out "projected:"
run $db --lang ar assess
expect_out "مؤشر الجاهزية: ٤٤٫٢ / ١٠٠"
expect_out "العدد"
run $db --lang ar findings
expect_out "الملاحظات: ٣٠ ظهرت"
expect_out "التوصية:"
run $db --lang ar plan show
expect_out "خطة الإطلاق من فهرس المبادرات crm-default-plan (الإصدار ١)"
expect_out "السبب:"
expect_no_out "why:"
run $db --lang ar adoption report
expect_out "التبنّي: ١١ أسبوعًا"
expect_out "الإدارة الأقل تبنّيًا: Marketing ٦٢٫٥٪"
expect_no_out "Least adopting"
run $db --lang ar dq report
expect_out "جودة بيانات Contact: آخر فحص"
run $db --lang ar survey list
expect_out "المستجيب"
expect_out "مكتمل"
run $db --lang ar questionnaire list
expect_out "مرفق بالبرنامج"

# machine-readable output is the same in every language (but content:
# titles and recommendations follow --lang, as they always have)
for cmd in "status --format json" \
	"adoption report --format csv" "dq report --format json" \
	"metric list --format csv" "goal list --format csv"; do
	# shellcheck disable=SC2086
	"$CRMREADY" $db $cmd >en.txt 2>&1
	# shellcheck disable=SC2086
	"$CRMREADY" $db --lang ar $cmd >ar.txt 2>&1
	cmp -s en.txt ar.txt || fail "ar $cmd differs from English"
done
done_testing
