/* Unit tests of core/severity: the one table of finding severities. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "../../core/severity.h"

static void severity_parse__every_name__round_trips_in_order(void **state)
{
	(void)state;
	const char *ids[] = { "info", "low", "medium", "high", "critical" };
	for (enum severity s = SEVERITY_INFO; s < SEVERITY_COUNT; s++) {
		enum severity back = SEVERITY_COUNT;
		assert_string_equal(severity_name(s), ids[s]);
		assert_true(severity_parse(ids[s], &back));
		assert_int_equal(back, s);
	}
	assert_true(SEVERITY_INFO < SEVERITY_LOW && SEVERITY_HIGH < SEVERITY_CRITICAL);
}

static void severity_parse__unknown_or_other_case__refused(void **state)
{
	(void)state;
	enum severity s = SEVERITY_LOW;
	assert_false(severity_parse("hgh", &s));
	assert_false(severity_parse("High", &s));
	assert_false(severity_parse("", &s));
	assert_int_equal(s, SEVERITY_LOW);
}

static lang_id lang(const char *code)
{
	lang_id l = LANG_EN;
	assert_true(lang_parse(code, &l));
	return l;
}

/* The words come from the catalogue of the language in use (the
 * glossary's). */
static void severity_label__each_language__from_the_catalogue(void **state)
{
	(void)state;
	assert_string_equal(severity_label(SEVERITY_CRITICAL), "critical");
	i18n_use(lang("fa"), true);
	assert_string_equal(severity_label(SEVERITY_CRITICAL), "بحرانی");
	assert_string_equal(severity_label(SEVERITY_INFO), "اطلاعی");
	assert_string_equal(severity_label(SEVERITY_HIGH), "بالا");
	i18n_use(lang("ar"), true);
	assert_string_equal(severity_label(SEVERITY_LOW), "منخفضة");
	assert_string_equal(severity_label(SEVERITY_CRITICAL), "حرجة");
	i18n_use(LANG_EN, true);
	assert_string_equal(severity_name(SEVERITY_HIGH), "high");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(severity_parse__every_name__round_trips_in_order),
		cmocka_unit_test(severity_parse__unknown_or_other_case__refused),
		cmocka_unit_test(severity_label__each_language__from_the_catalogue),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
