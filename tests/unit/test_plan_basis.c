/* Unit tests of phases/plan_basis: kept in no language, told in the
 * language in use, and an older workspace's sentence told as it was. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/i18n.h"
#include "../../phases/plan.h"

static void told(const char *stored, bool translated, const char *want)
{
	char *s = plan_basis_text(stored, translated);
	assert_string_equal(s, want);
	free(s);
}

static void plan_basis__english__the_sentences_of_before(void **state)
{
	(void)state;
	i18n_use(LANG_EN, true);
	char *b = plan_basis_workspace(60, "crm-readiness", 40, "crm-capabilities", 12, 9);
	assert_non_null(strstr(b, "\"kind\":\"workspace\""));
	told(b, true, "the workspace: 60 respondent(s) to crm-readiness, 40 to crm-capabilities, "
		      "12 finding(s) naming 9 initiative(s)");
	free(b);
	b = plan_basis_file("in \"x\".json", 3, 2, 5);
	told(b, true, "in \"x\".json: 3 dimension(s), 2 capability gap(s), 5 finding request(s)");
	free(b);
	b = plan_basis_catalogue();
	told(b, true, "the whole catalogue (no survey answers or findings to select from yet)");
	free(b);
}

static void plan_basis__persian__translated_json_stays_english(void **state)
{
	(void)state;
	lang_id fa;
	assert_true(lang_parse("fa", &fa));
	i18n_use(fa, true);
	char *b = plan_basis_workspace(60, "crm-readiness", 40, "crm-capabilities", 12, 9);
	char *s = plan_basis_text(b, true);
	assert_non_null(strstr(s, "فضای کار"));
	assert_non_null(strstr(s, "۶۰"));
	assert_non_null(strstr(s, "crm-readiness"));
	free(s);
	/* for JSON output: English, Latin digits */
	told(b, false, "the workspace: 60 respondent(s) to crm-readiness, 40 to crm-capabilities, "
		       "12 finding(s) naming 9 initiative(s)");
	free(b);
	i18n_use(LANG_EN, true);
}

static void plan_basis__older_or_odd__as_it_is(void **state)
{
	(void)state;
	told("the workspace: 3 respondent(s) to x", true, "the workspace: 3 respondent(s) to x");
	told("{not json", true, "{not json");
	told("{\"no\":\"kind\"}", true, "{\"no\":\"kind\"}");
	told("", true, "");
	told(NULL, true, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plan_basis__english__the_sentences_of_before),
		cmocka_unit_test(plan_basis__persian__translated_json_stays_english),
		cmocka_unit_test(plan_basis__older_or_odd__as_it_is),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
