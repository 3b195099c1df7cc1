/* Unit tests of the one terminal table printer and the JSON printer
 * (reports/report_text.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/i18n.h"
#include "../../reports/report.h"

/* What t prints, as a string the caller frees. */
static char *printed(const struct report_table *t, size_t indent, bool color)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	report_table_print(t, f, indent, color);
	fclose(f);
	return buf;
}

static void table__default__widest_cell_two_spaces_and_rule(void **state)
{
	(void)state;
	struct report_table *t = report_table_new(2);
	report_table_column(t, 0, "id", REPORT_LEFT);
	report_table_column(t, 1, "n", REPORT_RIGHT);
	report_table_rowf(t, "alpha\t7");
	report_table_rowf(t, "b\t12");
	char *s = printed(t, 0, false);
	assert_string_equal(s, "id      n\n─────────\nalpha   7\nb      12\n");
	free(s);
	report_table_free(t);
}

static void table__persian__padded_by_display_width(void **state)
{
	(void)state;
	struct report_table *t = report_table_new(2);
	report_table_column(t, 0, NULL, REPORT_LEFT);
	report_table_column(t, 1, NULL, REPORT_LEFT);
	/* "بخش" is three letters in six bytes: it takes three columns */
	report_table_rowf(t, "\xd8\xa8\xd8\xae\xd8\xb4\tx");
	report_table_rowf(t, "sales\ty");
	char *s = printed(t, 2, false);
	assert_string_equal(s, "  \xd8\xa8\xd8\xae\xd8\xb4    x\n  sales  y\n");
	free(s);
	report_table_free(t);
}

static void table__fixed_width_plain_header__overflows_like_printf(void **state)
{
	(void)state;
	struct report_table *t = report_table_new(3);
	report_table_plain_header(t);
	report_table_column(t, 0, "ID", REPORT_LEFT);
	report_table_width(t, 0, 6, true);
	report_table_column(t, 1, "VERSION", REPORT_RIGHT);
	report_table_width(t, 1, 7, true);
	report_table_gap(t, 1, " ");
	report_table_column(t, 2, "TITLE", REPORT_LEFT);
	report_table_rowf(t, "short\t1\tA");
	report_table_rowf(t, "much-longer\t2\tB");
	char *s = printed(t, 0, true);
	/* plain: no bold even with colour, no rule; the long id shifts its row */
	char want[256];
	snprintf(want, sizeof want, "%-6s %7s  %s\n%-6s %7s  %s\n%-6s %7s  %s\n",
		 "ID", "VERSION", "TITLE", "short", "1", "A", "much-longer", "2", "B");
	assert_string_equal(s, want);
	free(s);
	report_table_free(t);
}

static void table__cut_column__cut_by_display_width_and_padded(void **state)
{
	(void)state;
	struct report_table *t = report_table_new(2);
	report_table_column(t, 0, NULL, REPORT_LEFT);
	report_table_column(t, 1, NULL, REPORT_LEFT);
	report_table_cut(t, 0, 4);
	report_table_gap(t, 1, " ");
	/* "فروشگاه" (seven letters) is cut after four letters, never inside
	 * one; a cut at four bytes would keep two */
	report_table_rowf(t, "\xd9\x81\xd8\xb1\xd9\x88\xd8\xb4\xda\xaf\xd8\xa7\xd9\x87\t#");
	report_table_rowf(t, "ab\t.");
	report_table_rowf(t, "abcdef\t.");
	char *s = printed(t, 2, false);
	assert_string_equal(s, "  \xd9\x81\xd8\xb1\xd9\x88\xd8\xb4 #\n  ab   .\n  abcd .\n");
	free(s);
	report_table_free(t);
}

static void table__control_characters__removed_from_cells(void **state)
{
	(void)state;
	struct report_table *t = report_table_new(1);
	const char *cells[] = { "a\033[31mb" };
	report_table_row(t, cells);
	char *s = printed(t, 0, false);
	assert_null(strchr(s, '\033'));
	free(s);
	report_table_free(t);
}

static void json_print__reals__fifteen_digits_and_newline(void **state)
{
	(void)state;
	json_t *o = json_pack("{s:f}", "rate", 0.1);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	report_json_print(o, f);
	fclose(f);
	assert_string_equal(buf, "{\n  \"rate\": 0.1\n}\n");
	free(buf);
	json_decref(o);
}

static void use_language(const char *code)
{
	lang_id l;
	assert_true(lang_parse(code, &l));
	i18n_use(l, true);
}

/* A goal column in Arabic: each cell inside U+2068 .. U+2069, its indent
 * outside; the isolates take no column, so the next column lines up. */
static void table__isolate_right_to_left__cells_isolated_columns_kept(void **state)
{
	(void)state;
	use_language("ar");
	struct report_table *t = report_table_new(2);
	report_table_column(t, 0, "goal", REPORT_LEFT);
	report_table_column(t, 1, "x", REPORT_LEFT);
	report_table_plain_header(t);
	report_table_isolate(t, 0);
	report_table_rowf(t, "dq.score >= 0.7\ta");
	report_table_rowf(t, "  roi >= 1\tb");
	char *s = printed(t, 0, false);
	assert_string_equal(s, "goal             x\n"
			       "\xe2\x81\xa8" "dq.score >= 0.7" "\xe2\x81\xa9" "  a\n"
			       "  \xe2\x81\xa8" "roi >= 1" "\xe2\x81\xa9" "       b\n");
	free(s);
	report_table_free(t);
	i18n_use(LANG_EN, true);
}

/* In a left-to-right language the column prints as any other. */
static void table__isolate_english__unchanged(void **state)
{
	(void)state;
	i18n_use(LANG_EN, true);
	struct report_table *t = report_table_new(1);
	report_table_isolate(t, 0);
	report_table_rowf(t, "dq.score >= 0.7");
	char *s = printed(t, 0, false);
	assert_string_equal(s, "dq.score >= 0.7\n");
	free(s);
	report_table_free(t);
	char *i = report_isolate("a >= 1");
	assert_string_equal(i, "a >= 1");
	free(i);
}

/* Scores in the language's digits; never "-0.0". */
static void num1__languages__digits_and_no_negative_zero(void **state)
{
	(void)state;
	char *s = report_num1(true, -0.04);
	assert_string_equal(s, "0.0");
	free(s);
	use_language("fa");
	s = report_num1(true, 57.26);
	assert_string_equal(s, "\xdb\xb5\xdb\xb7\xd9\xab\xdb\xb3");   /* ۵۷٫۳ */
	free(s);
	s = report_isolate("a >= 1");
	assert_string_equal(s, "\xe2\x81\xa8" "a >= 1" "\xe2\x81\xa9");
	free(s);
	i18n_use(LANG_EN, true);
	s = report_num1(false, 0);
	assert_string_equal(s, "-");
	free(s);
}

/* "الجهد" (5 letters) and "الأولوية" (8): Arabic headings */
#define EFFORT "\xd8\xa7\xd9\x84\xd8\xac\xd9\x87\xd8\xaf"
#define PRIORITY "\xd8\xa7\xd9\x84\xd8\xa3\xd9\x88\xd9\x84\xd9\x88\xd9\x8a\xd8\xa9"

/* Two right-aligned fixed columns of 3, one space apart, as the plan's. */
static struct report_table *two_fixed(const char *h0, const char *h1)
{
	struct report_table *t = report_table_new(2);
	report_table_plain_header(t);
	for (size_t c = 0; c < 2; c++) {
		report_table_column(t, c, c ? h1 : h0, REPORT_RIGHT);
		report_table_width(t, c, 3, true);
		report_table_gap(t, c, " ");
	}
	report_table_rowf(t, "2.0	70.7");
	return t;
}

static void table__caseless_headings__two_apart_and_wide_as_heading(void **state)
{
	(void)state;
	struct report_table *t = two_fixed(EFFORT, PRIORITY);
	char *s = printed(t, 0, false);
	/* widths 5 and 8 (the headings), one space and one more between them */
	assert_string_equal(s, EFFORT "  " PRIORITY "\n  2.0      70.7\n");
	free(s);
	report_table_free(t);
	/* English keeps its one space ("effort" and "priority" wider than 3) */
	t = two_fixed("effort", "priority");
	s = printed(t, 0, false);
	assert_string_equal(s, "effort priority\n   2.0     70.7\n");
	free(s);
	report_table_free(t);
}

static void table__heading_continues__no_extra_space(void **state)
{
	(void)state;
	struct report_table *t = two_fixed(EFFORT, PRIORITY);
	report_table_heading_continues(t, 1);
	char *s = printed(t, 0, false);
	assert_string_equal(s, EFFORT " " PRIORITY "\n  2.0     70.7\n");
	free(s);
	report_table_free(t);
}

static void table__hidden_header__sized_by_it(void **state)
{
	(void)state;
	struct report_table *t = two_fixed(EFFORT, PRIORITY);
	report_table_hide_header(t);
	char *s = printed(t, 0, false);
	assert_string_equal(s, "  2.0      70.7\n");
	free(s);
	report_table_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(table__default__widest_cell_two_spaces_and_rule),
		cmocka_unit_test(table__persian__padded_by_display_width),
		cmocka_unit_test(table__fixed_width_plain_header__overflows_like_printf),
		cmocka_unit_test(table__cut_column__cut_by_display_width_and_padded),
		cmocka_unit_test(table__control_characters__removed_from_cells),
		cmocka_unit_test(json_print__reals__fifteen_digits_and_newline),
		cmocka_unit_test(table__isolate_right_to_left__cells_isolated_columns_kept),
		cmocka_unit_test(table__isolate_english__unchanged),
		cmocka_unit_test(table__caseless_headings__two_apart_and_wide_as_heading),
		cmocka_unit_test(table__heading_continues__no_extra_space),
		cmocka_unit_test(table__hidden_header__sized_by_it),
		cmocka_unit_test(num1__languages__digits_and_no_negative_zero),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
