/* Unit tests of core/text: widths, distances, close matches, sanitising. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "../../core/text.h"

static void text_distance__transposition__counts_one(void **state)
{
	(void)state;
	assert_int_equal(text_distance("hlep", "help", 3), 1);
	assert_int_equal(text_distance("sponser", "sponsor", 3), 1);
	assert_int_equal(text_distance("abc", "abc", 3), 0);
	assert_int_equal(text_distance("abcdefgh", "x", 2), 3); /* limit + 1 */
}

static void text_closest__misspelt_key__suggests(void **state)
{
	(void)state;
	const char *keys[] = { "dimension", "weight", "reverse", NULL };
	assert_string_equal(text_closest("dimnesion", keys, (size_t)-1), "dimension");
	assert_null(text_closest("zzz", keys, (size_t)-1));
}

static void utf8_width__persian_with_zwnj__counts_letters(void **state)
{
	(void)state;
	/* "می‌شود": 5 letters and a ZWNJ (zero width) */
	assert_int_equal(utf8_width("\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xb4\xd9\x88\xd8\xaf"), 5);
	assert_int_equal(utf8_width("abc"), 3);
}

static void utf8_width__shadda_and_zwnj__take_no_column(void **state)
{
	(void)state;
	/* "الموحّدة": 7 letters and a shadda (U+0651) on the hah */
	const char *unified = "\xd8\xa7\xd9\x84\xd9\x85\xd9\x88\xd8\xad\xd9\x91"
			      "\xd8\xaf\xd8\xa9";
	assert_int_equal(utf8_width(unified), 7);
	/* "مهارت‌ها": 7 letters and a ZWNJ (U+200C) */
	const char *skills = "\xd9\x85\xd9\x87\xd8\xa7\xd8\xb1\xd8\xaa\xe2\x80\x8c"
			     "\xd9\x87\xd8\xa7";
	assert_int_equal(utf8_width(skills), 7);
	/* the Arabic letter mark (U+061C, Cf) and an isolate are not drawn */
	assert_int_equal(utf8_width("\xd8\x9c" "a" "\xe2\x81\xa8" "b" "\xe2\x81\xa9"), 2);
	/* a cut keeps the shadda with its letter: 5 columns take "الموحّ" */
	assert_int_equal(utf8_prefix_for_width(unified, 5), 12);
	assert_int_equal(utf8_prefix_for_width(skills, 5), 13);
}

static void utf8_caseless__arabic_script__true_latin_false(void **state)
{
	(void)state;
	assert_true(utf8_caseless("\xd8\xa7\xd9\x84\xd8\xac\xd9\x87\xd8\xaf"));   /* الجهد */
	assert_true(utf8_caseless("CRM \xd8\xac"));
	assert_false(utf8_caseless("QUESTIONS"));
	assert_false(utf8_caseless("effort"));
	assert_false(utf8_caseless("#"));
	assert_false(utf8_caseless(""));
}

static void utf8_valid__bad_bytes__rejected(void **state)
{
	(void)state;
	size_t bad = 0;
	assert_true(utf8_valid("ok", 2, NULL));
	assert_false(utf8_valid("a\xff", 2, &bad));
	assert_int_equal(bad, 1);
	assert_false(utf8_valid("a\0b", 3, &bad));
}

static void text_sanitize__escape_sequences__removed(void **state)
{
	(void)state;
	char *s = text_sanitize("a\033[31mred\033[0m\033]0;title\007b\x01");
	assert_string_equal(s, "aredb");
	free(s);
}

static void text_get__missing_persian__falls_back(void **state)
{
	(void)state;
	lang_id fa;
	assert_true(lang_parse("fa", &fa));
	struct text t = { { "Hello" } };
	assert_string_equal(text_get(&t, fa), "Hello");
	t.v[fa] = "سلام";
	assert_string_equal(text_get(&t, fa), "سلام");
	t.v[fa] = "";
	assert_string_equal(text_get(&t, fa), "Hello");
}

/* Numbers for people at any size: 1e25 was printed with "%.1f" into a
 * 24-byte cell, cut to 23 digits (as if 1e22). */
static void text_number__any_size__shown_whole(void **state)
{
	(void)state;
	char b[TEXT_NUMBER_LEN];
	assert_string_equal(text_number(1e25, b), "1e+25");
	assert_string_equal(text_number(1.2e25, b), "1.2e+25");
	assert_string_equal(text_number(-3.25e18, b), "-3.25e+18");
	assert_string_equal(text_number(1e300, b), "1e+300");
	assert_string_equal(text_number(999999999999999.0, b), "999999999999999");
	assert_string_equal(text_number(12, b), "12");
	assert_string_equal(text_number(0.0625, b), "0.0625");
	assert_string_equal(text_number(0.896155061250800, b), "0.896");
	assert_string_equal(text_number(12.345, b), "12.3");
	assert_string_equal(text_number_small(1.2e25, b), "1.2e+25");
	assert_string_equal(text_number_small(12, b), "12.0");
	assert_string_equal(text_number_small(2.456, b), "2.46");
	assert_string_equal(text_number_small(0.062, b), "0.062");
	assert_string_equal(text_number_small(123456.78, b), "123456.8");
	assert_string_equal(text_number_small(1.0 / 0.0, b), "inf");
}

/* A latest value beside its target: never shown equal to it unless it is
 * (0.8996 against 0.9 printed "0.9 ... at risk"). */
static void text_number_beside__close_to_the_target__tells_them_apart(void **state)
{
	(void)state;
	char b[TEXT_NUMBER_LEN];
	assert_string_equal(text_number_beside(0.8996, 0.9, b), "0.8996");
	assert_string_equal(text_number_beside(0.05004, 0.05, b), "0.05004");
	assert_string_equal(text_number_beside(4.196, 4.2, b), "4.196");
	assert_string_equal(text_number_beside(49.96, 50, b), "49.96");
	assert_string_equal(text_number_beside(9.99999e24, 1e25, b), "9.99999e+24");
	assert_string_equal(text_number_beside(0.9 - 1e-15, 0.9, b), "0.899999999999999");
	/* far enough apart or equal: as text_number_small */
	assert_string_equal(text_number_beside(0.7, 0.9, b), "0.7");
	assert_string_equal(text_number_beside(16, 20, b), "16.0");
	assert_string_equal(text_number_beside(0.9, 0.9, b), "0.9");
	assert_string_equal(text_number_beside(1e25, 1e25, b), "1e+25");
	/* the same decimals, for a fixed format such as a percentage's */
	assert_int_equal(text_decimals_apart(89.96, 90, 1), 2);
	assert_int_equal(text_decimals_apart(90.004, 90, 1), 3);
	assert_int_equal(text_decimals_apart(72.1, 90, 1), 1);
	assert_int_equal(text_decimals_apart(90, 90, 1), 1);
	assert_int_equal(text_decimals_apart(4.196, 4.2, 0), 3);   /* 4.20 both at 2 */
	assert_int_equal(text_decimals_apart(49.96, 50, 0), 2);
	assert_int_equal(text_decimals_apart(9.99999e24, 1e25, 0), 0);
	assert_int_equal(text_decimals_apart(1.0 / 0.0, 1, 1), 1);
}

static void text_parse__persian_and_arabic_digits__read(void **state)
{
	(void)state;
	double v = 0;
	long n = 0;
	assert_true(text_parse_number("\u06f0\u066b\u06f8\u06f5", &v));   /* ۰٫۸۵ */
	assert_true(v == 0.85);
	assert_true(text_parse_number("\u0660\u066b\u0668\u0665", &v));   /* ٠٫٨٥ */
	assert_true(v == 0.85);
	assert_true(text_parse_number("\u0661\u066c\u0662\u0660\u0660", &v));   /* ١٬٢٠٠ */
	assert_true(v == 1200);
	assert_true(text_parse_long("\u06f3\u06f1", 1, 100, &n));   /* ۳۱ */
	assert_int_equal(n, 31);
	assert_false(text_parse_long("\u06f3x", 1, 100, &n));
	assert_false(text_parse_number("\u066a", &v));
	char *f = text_fold_digits("\u06f9\u06f0\u066a \u0633");   /* ۹۰٪ س */
	assert_string_equal(f, "90% \u0633");
	free(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_distance__transposition__counts_one),
		cmocka_unit_test(text_closest__misspelt_key__suggests),
		cmocka_unit_test(utf8_width__persian_with_zwnj__counts_letters),
		cmocka_unit_test(utf8_width__shadda_and_zwnj__take_no_column),
		cmocka_unit_test(utf8_caseless__arabic_script__true_latin_false),
		cmocka_unit_test(utf8_valid__bad_bytes__rejected),
		cmocka_unit_test(text_sanitize__escape_sequences__removed),
		cmocka_unit_test(text_get__missing_persian__falls_back),
		cmocka_unit_test(text_number__any_size__shown_whole),
		cmocka_unit_test(text_number_beside__close_to_the_target__tells_them_apart),
		cmocka_unit_test(text_parse__persian_and_arabic_digits__read),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
