# The shipped content in Arabic and its Persian native: under --lang ar the
# rules, the catalogue's initiatives and phases and the checks' title come
# out in Arabic (never the Persian, which shares the script: no Persian-only
# letter pe, che, zhe, gaf, keheh or Farsi yeh), in the sample engagement's
# findings and plan too; under --lang fa the shipped Persian says "کارکنان
# خط مقدم" for front-line staff, not the calque "کارکنان صف".
. "$TESTS_DIR/cli/lib.sh"

# no_persian WHAT: out has no letter Persian writes and Arabic does not
# (alternatives, not a bracket: byte strings match in any locale).
no_persian() {
	grep -qE 'پ|چ|ژ|گ|ک|ی' out && fail "$1: Persian letters under --lang ar"
	return 0
}

run rules show crm-default --lang ar; expect_rc 0
expect_out "لا يوجد راعٍ تنفيذي ملتزم"
expect_out "تتباين نظرة المديرين وموظفي الخطوط الأمامية إلى الجاهزية تبايناً كبيراً"
no_persian "rules show"

run catalogue show crm-default-plan --lang ar; expect_rc 0
expect_out "الخطة الافتراضية لتطبيق CRM على مراحل"
expect_out "التأسيس والتحضير"
expect_out "الموجة الأولى"
no_persian "catalogue show"

run dq checks list --lang ar; expect_rc 0
expect_out "تصدير جهات الاتصال من Salesforce"
no_persian "dq checks list"

run rules show crm-default --lang fa; expect_rc 0
expect_out "ارزیابی مدیران و کارکنان خط مقدم از آمادگی سازمان بسیار متفاوت است"
expect_no_out "کارکنان صف"

# The sample engagement: its findings and its plan read in Arabic.
run demo sample; expect_rc 0
run --db sample/demo.db --lang ar findings; expect_rc 0
expect_out "يقاوم الموظفون مشاركة بيانات العملاء"
expect_out "اجعلوا النظرة الموحّدة إلى العميل هدفاً للفريق"
no_persian "findings"
run --db sample/demo.db --lang ar plan show; expect_rc 0
expect_out "foundation: التأسيس والتحضير"
expect_out "pilot: التطبيق التجريبي"
no_persian "plan show"
run --db sample/demo.db --lang fa plan show; expect_rc 0
expect_out "foundation: پایه‌ریزی و آماده‌سازی"
done_testing
