/* Unit tests of core/i18n: the languages found in the catalogues, lookups,
 * plural forms and the language's digits. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <errno.h>

#include "../../core/i18n.h"

/* A format the compiler cannot check, as a translation is. */
static char *tvfmt_for_test(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = tvfmt(fmt, ap);
	va_end(ap);
	return s;
}

static lang_id lang(const char *code)
{
	lang_id l = LANG_EN;
	assert_true(lang_parse(code, &l));
	return l;
}

static void lang_parse__codes_and_locales__found(void **state)
{
	(void)state;
	assert_true(lang_count() >= 3);
	assert_int_equal(lang("en"), LANG_EN);
	assert_int_equal(lang("FA"), lang("fa"));
	assert_int_equal(lang("fa_IR.UTF-8"), lang("fa"));
	assert_int_equal(lang("ar-SA"), lang("ar"));
	lang_id l;
	assert_false(lang_parse("de", &l));
	assert_false(lang_parse("", &l));
	assert_false(lang_parse("f", &l));
	assert_string_equal(lang_code(lang("fa")), "fa");
	assert_true(lang_rtl(lang("fa")));
	assert_true(lang_rtl(lang("ar")));
	assert_false(lang_rtl(LANG_EN));
	assert_string_equal(lang_calendar(lang("fa")), "persian");
	assert_string_equal(lang_calendar(LANG_EN), "gregorian");
	assert_string_equal(lang_digits(lang("fa")), "arabext");
	assert_string_equal(lang_digits(lang("ar")), "arab");
	assert_string_equal(lang_name(lang("fa")), "فارسی");
	assert_string_equal(lang_codes(), "en, ar, fa");
	/* out of range: English */
	assert_string_equal(lang_code(LANG_MAX + 3), "en");
}

static void plural_eval__gettext_expressions__forms(void **state)
{
	(void)state;
	const char *ar = "n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
			 "n%100>=11 ? 4 : 5";
	assert_int_equal(i18n_plural_eval(ar, 0), 0);
	assert_int_equal(i18n_plural_eval(ar, 1), 1);
	assert_int_equal(i18n_plural_eval(ar, 2), 2);
	assert_int_equal(i18n_plural_eval(ar, 7), 3);
	assert_int_equal(i18n_plural_eval(ar, 11), 4);
	assert_int_equal(i18n_plural_eval(ar, 99), 4);
	assert_int_equal(i18n_plural_eval(ar, 100), 5);
	assert_int_equal(i18n_plural_eval(ar, 103), 3);
	assert_int_equal(i18n_plural_eval("(n > 1)", 1), 0);
	assert_int_equal(i18n_plural_eval("(n > 1)", 2), 1);
	assert_int_equal(i18n_plural_eval("n != 1", 0), 1);
	assert_int_equal(i18n_plural_eval("0", 5), 0);
	assert_int_equal(i18n_plural_eval("!(n == 1)", 1), 0);
	assert_int_equal(i18n_plural_eval("n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2", 21), 0);
	assert_int_equal(i18n_plural_eval("n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2", 0), 2);
	/* malformed: -1, never a crash */
	assert_int_equal(i18n_plural_eval("n ==", 1), -1);
	assert_int_equal(i18n_plural_eval("n % 0", 1), -1);
	assert_int_equal(i18n_plural_eval("(n", 1), -1);
	assert_int_equal(i18n_plural_eval("n x", 1), -1);
	assert_int_equal(i18n_plural_eval("", 1), -1);
	/* nesting past any language's: refused, not a deep recursion */
	char deep[1200];
	size_t k = 0;
	for (int i = 0; i < 300; i++)
		deep[k++] = '(';
	deep[k++] = 'n';
	for (int i = 0; i < 300; i++)
		deep[k++] = ')';
	deep[k] = '\0';
	assert_int_equal(i18n_plural_eval(deep, 1), -1);
	k = 0;
	for (int i = 0; i < 200; i++)
		k += (size_t)sprintf(deep + k, "n?");
	k += (size_t)sprintf(deep + k, "1");
	for (int i = 0; i < 200; i++)
		k += (size_t)sprintf(deep + k, ":0");
	assert_int_equal(i18n_plural_eval(deep, 1), -1);
	assert_int_equal(i18n_plural_eval("n?n?1:0:0", 1), 1);
}

static void tr__english__msgid_itself(void **state)
{
	(void)state;
	i18n_use(LANG_EN, true);
	assert_string_equal(tr("no such message, surely"), "no such message, surely");
	assert_string_equal(trn("%zu respondent", "%zu respondents", 1), "%zu respondent");
	assert_string_equal(trn("%zu respondent", "%zu respondents", 2), "%zu respondents");
	assert_string_equal(trc("goal state", "missed"), "missed");
	assert_int_equal(i18n_missing_count(), 0);
}

static void tr__missing_in_persian__english_and_counted(void **state)
{
	(void)state;
	i18n_use(lang("fa"), true);
	size_t before = i18n_missing_count();
	assert_string_equal(tr("no such message, surely"), "no such message, surely");
	assert_string_equal(trc("ctx", "no such message either"), "no such message either");
	assert_int_equal(i18n_missing_count(), before + 2);
	/* the empty msgid is the header, never a message */
	assert_string_equal(tr(""), "");
	i18n_use(LANG_EN, true);
}

static void tr__persian__translated(void **state)
{
	(void)state;
	i18n_use(lang("fa"), true);
	assert_string_equal(tr("required"), "اجباری");
	i18n_use(LANG_EN, true);
	assert_string_equal(tr("required"), "required");
}

static void tfmt__persian_digits__numbers_only(void **state)
{
	(void)state;
	i18n_use(lang("fa"), true);
	char *s = tfmt("%zu of %s, %.1f%%, %d", (size_t)12, "web-2", 45.25, -3);
	assert_string_equal(s, "۱۲ of web-2, ۴۵٫۲٪, -۳");
	free(s);
	/* positional arguments, as a translation may reorder them */
	s = tfmt("%2$s: %1$zu", (size_t)7, "x1");
	assert_string_equal(s, "x1: ۷");
	free(s);
	/* widths count before the digits change: columns stay aligned */
	s = tfmt("[%5zu][%-4d][%*d]", (size_t)42, 7, 3, 5);
	assert_string_equal(s, "[   ۴۲][۷   ][  ۵]");
	free(s);
	s = i18n_digits("1405/09/12");
	assert_string_equal(s, "۱۴۰۵/۰۹/۱۲");
	free(s);
	char b[5];
	assert_string_equal(i18n_digit(4, b), "۴");
	/* --digits latin */
	i18n_use(lang("fa"), false);
	s = tfmt("%zu, %.1f%%", (size_t)12, 45.25);
	assert_string_equal(s, "12, 45.2%");
	free(s);
	i18n_use(LANG_EN, true);
	s = tfmt("%zu, %.1f%%, %s", (size_t)12, 45.25, "x");
	assert_string_equal(s, "12, 45.2%, x");
	free(s);
}

/* A format ending in '%' (a translation's typo): formatted as it stands,
 * never read past its end. */
static void tfmt__trailing_percent__no_overread(void **state)
{
	(void)state;
	i18n_use(lang("fa"), true);
	const char *fmts[] = { "5%", "%-", "%+", "%0", "x %'" };
	for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++) {
		char *heap = strdup(fmts[i]);
		char *s = tvfmt_for_test(heap);
		assert_non_null(s);
		free(s);
		free(heap);
	}
	i18n_use(LANG_EN, true);
}

static void tfmt__arabic_digits(void **state)
{
	(void)state;
	i18n_use(lang("ar"), true);
	char *s = tfmt("%d/%d", 2026, 12);
	assert_string_equal(s, "٢٠٢٦/١٢");
	free(s);
	i18n_use(LANG_EN, true);
}

static void i18n_strerror__common_errors__in_the_language(void **state)
{
	(void)state;
	i18n_use(LANG_EN, true);
	assert_string_equal(i18n_strerror(ENOENT), strerror(ENOENT));
	assert_string_equal(i18n_strerror(EACCES), strerror(EACCES));
	i18n_use(lang("ar"), true);
	assert_string_equal(i18n_strerror(ENOENT), "\u0644\u0627 \u064a\u0648\u062c\u062f \u0645\u0644\u0641 "
			    "\u0623\u0648 \u0645\u062c\u0644\u062f \u0628\u0647\u0630\u0627 \u0627\u0644\u0627\u0633\u0645");
	assert_string_not_equal(i18n_strerror(ENOSPC), strerror(ENOSPC));
	assert_string_equal(i18n_strerror(EDOM), strerror(EDOM));   /* not in the table */
	i18n_use(lang("fa"), true);
	assert_string_not_equal(i18n_strerror(EROFS), strerror(EROFS));
	i18n_use(LANG_EN, true);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(lang_parse__codes_and_locales__found),
		cmocka_unit_test(i18n_strerror__common_errors__in_the_language),
		cmocka_unit_test(plural_eval__gettext_expressions__forms),
		cmocka_unit_test(tr__english__msgid_itself),
		cmocka_unit_test(tr__missing_in_persian__english_and_counted),
		cmocka_unit_test(tr__persian__translated),
		cmocka_unit_test(tfmt__persian_digits__numbers_only),
		cmocka_unit_test(tfmt__arabic_digits),
		cmocka_unit_test(tfmt__trailing_percent__no_overread),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
