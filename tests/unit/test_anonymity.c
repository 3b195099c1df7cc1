/* core/anonymity: which groups join "other" (docs/anonymity.md). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../../core/anonymity.h"

static void anonymity_merge__no_small_group__nothing_merged(void **state)
{
	(void)state;
	double size[] = { 5, 9, 12 };
	bool merge[3];
	assert_int_equal(anonymity_merge(size, NULL, 3, 5, merge), 0);
	assert_false(merge[0] || merge[1] || merge[2]);
}

static void anonymity_merge__other_of_five_or_more__small_groups_only(void **state)
{
	(void)state;
	double size[] = { 3, 2, 9, 6 };
	bool merge[4];
	assert_int_equal(anonymity_merge(size, NULL, 4, 5, merge), 2);
	assert_true(merge[0] && merge[1]);
	assert_false(merge[2] || merge[3]);
}

static void anonymity_merge__other_smaller__next_smallest_joins(void **state)
{
	(void)state;
	/* the adv16 finding: VP 4 alone = the whole minus Manager and Staff */
	const char *names[] = { "Staff", "Manager", "VP" };
	double size[] = { 33, 6, 4 };
	bool merge[3];
	assert_int_equal(anonymity_merge(size, names, 3, 5, merge), 2);
	assert_true(merge[1] && merge[2]);
	assert_false(merge[0]);
}

static void anonymity_merge__ties__first_name_joins(void **state)
{
	(void)state;
	const char *names[] = { "Sales", "Ops", "Legal", "Exec" };
	double size[] = { 5, 1, 2, 5 };
	bool merge[4];
	assert_int_equal(anonymity_merge(size, names, 4, 5, merge), 3);
	assert_true(merge[1] && merge[2] && merge[3]);
	assert_false(merge[0]);
}

static void anonymity_merge__all_too_small__all_merged(void **state)
{
	(void)state;
	double size[] = { 1, 2 };
	bool merge[2];
	assert_int_equal(anonymity_merge(size, NULL, 2, 5, merge), 2);
	assert_true(merge[0] && merge[1]);
}

static void anonymity_merge__empty_group__nothing_to_hide(void **state)
{
	(void)state;
	double size[] = { 0, 7, 8 };
	bool merge[3];
	/* a group with nobody joins other, which stays empty: nothing more */
	assert_int_equal(anonymity_merge(size, NULL, 3, 5, merge), 1);
	assert_true(merge[0]);
	assert_false(merge[1] || merge[2]);
}

static lang_id lang(const char *code)
{
	lang_id l = LANG_EN;
	assert_true(lang_parse(code, &l));
	return l;
}

/* The words come from the catalogue of the language in use. */
static void anonymity_other_label__each_language__name_people_read(void **state)
{
	(void)state;
	assert_string_equal(anonymity_other_label(), "other");
	i18n_use(lang("fa"), true);
	assert_string_equal(anonymity_other_label(), "سایر");
	i18n_use(lang("ar"), true);
	assert_string_equal(anonymity_other_label(), "أخرى");
	i18n_use(LANG_EN, true);
}

static void anonymity_fewer_label__each_language__names_the_minimum(void **state)
{
	(void)state;
	char buf[48];
	assert_string_equal(anonymity_fewer_label(5, buf, sizeof buf), "fewer than 5");
	i18n_use(lang("fa"), true);
	assert_string_equal(anonymity_fewer_label(12, buf, sizeof buf), "کمتر از ۱۲");
	i18n_use(lang("fa"), false);
	assert_string_equal(anonymity_fewer_label(12, buf, sizeof buf), "کمتر از 12");
	i18n_use(lang("ar"), true);
	assert_string_equal(anonymity_fewer_label(12, buf, sizeof buf), "أقل من ١٢");
	i18n_use(LANG_EN, true);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(anonymity_merge__no_small_group__nothing_merged),
		cmocka_unit_test(anonymity_merge__other_of_five_or_more__small_groups_only),
		cmocka_unit_test(anonymity_merge__other_smaller__next_smallest_joins),
		cmocka_unit_test(anonymity_merge__ties__first_name_joins),
		cmocka_unit_test(anonymity_merge__all_too_small__all_merged),
		cmocka_unit_test(anonymity_merge__empty_group__nothing_to_hide),
		cmocka_unit_test(anonymity_other_label__each_language__name_people_read),
		cmocka_unit_test(anonymity_fewer_label__each_language__names_the_minimum),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
