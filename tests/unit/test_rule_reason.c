/* Unit tests of rule_reason_text: why a rule was not evaluated, kept in
 * English, said in the language in use. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "../../rules/rules.h"

static lang_id lang(const char *code)
{
	lang_id l = LANG_EN;
	assert_true(lang_parse(code, &l));
	return l;
}

static void expect(const char *reason, const char *want)
{
	char *s = rule_reason_text(reason);
	assert_string_equal(s, want);
	free(s);
}

static void rule_reason_text__english__as_kept(void **state)
{
	(void)state;
	i18n_use(LANG_EN, true);
	expect("no data for score(\"data\"); division by zero",
	       "no data for score(\"data\"); division by zero");
	expect(NULL, "");
}

static void rule_reason_text__persian__each_form_with_its_parts(void **state)
{
	(void)state;
	i18n_use(lang("fa"), true);
	expect("no data for score(\"data\"); division by zero",
	       "داده‌ای برای score(\"data\") نیست؛ تقسیم بر صفر");
	expect("no respondents with role 'Manager'", "پاسخ‌دهنده‌ای با نقش «Manager» نیست");
	expect("fewer than two departments with 5 or more respondents",
	       "کمتر از دو واحد با ۵ پاسخ‌دهنده یا بیشتر");
	expect("metric adoption.active_rate of department=Ops: fewer than 5 licensed users",
	       "سنجهٔ adoption.active_rate در department=Ops: کمتر از ۵ کاربر دارای مجوز");
	/* A reason of no known form stays as it is. */
	expect("something else", "something else");
	i18n_use(LANG_EN, true);
}

static void rule_reason_text__arabic__digits_latin_on_request(void **state)
{
	(void)state;
	i18n_use(lang("ar"), false);
	expect("no answers to crm-readiness", "لا إجابات عن crm-readiness");
	expect("fewer than two roles with 12 or more respondents",
	       "أقل من دورين لكل منهما 12 مستجيبًا أو أكثر");
	i18n_use(LANG_EN, true);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(rule_reason_text__english__as_kept),
		cmocka_unit_test(rule_reason_text__persian__each_form_with_its_parts),
		cmocka_unit_test(rule_reason_text__arabic__digits_latin_on_request),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
