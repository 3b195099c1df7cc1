/* Unit tests of the guards against hostile input (issue 10): strict user
 * numbers, sanitised diagnostics, and the regressions fuzzing found. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/csvx.h"
#include "../../core/diag.h"
#include "../../core/text.h"
#include "../../dq/dq.h"
#include "../../phases/plan.h"

static void text_parse_number__plain_decimals__accepted(void **state)
{
	(void)state;
	double x;
	assert_true(text_parse_number("0.5", &x));
	assert_true(x == 0.5);
	assert_true(text_parse_number("-12", &x));
	assert_true(x == -12);
	assert_true(text_parse_number("+3.25e2", &x));
	assert_true(x == 325);
	assert_true(text_parse_number(".5", &x));
	assert_true(text_parse_number("5.", &x));
	assert_true(text_parse_number("1e-999", &x));   /* underflow reads as 0 */
	assert_true(x == 0);
	assert_true(text_parse_number("-0", &x));
	assert_true(x == 0 && !signbit(x));
	assert_true(text_parse_number("1e300", &x));
}

static void text_parse_number__hostile__refused(void **state)
{
	(void)state;
	const char *bad[] = { "", " 5", "5 ", "nan", "NaN", "inf", "-inf", "infinity", "1e999",
			      "-1e999", "1e301", "0x10", "0x1p3", "1,5", "5e", ".e1", ".", "+", "-",
			      "--5", "5\n", "１", "١x", NULL };
	for (int i = 0; bad[i]; i++) {
		double x = 42;
		if (text_parse_number(bad[i], &x))
			fail_msg("accepted '%s'", bad[i]);
		assert_true(x == 42);   /* untouched */
	}
	double x;
	assert_false(text_parse_number(NULL, &x));
}

static void text_parse_long__overflow_and_range__refused(void **state)
{
	(void)state;
	long v;
	assert_true(text_parse_long("5", 1, 5, &v));
	assert_int_equal(v, 5);
	assert_true(text_parse_long("-3", -5, 5, &v));
	assert_false(text_parse_long("6", 1, 5, &v));
	assert_false(text_parse_long("99999999999999999999", 1, 100, &v));
	assert_false(text_parse_long("9223372036854775808", 1, 9223372036854775807L, &v));
	assert_false(text_parse_long("2.5", 1, 5, &v));
	assert_false(text_parse_long("1e2", 1, 500, &v));
	assert_false(text_parse_long(" 3", 1, 5, &v));
	assert_false(text_parse_long("0x3", 1, 5, &v));
	assert_false(text_parse_long("", 1, 5, &v));
}

static void text_sanitize_lines__escapes__stripped_newlines_kept(void **state)
{
	(void)state;
	char *s = text_sanitize_lines("a\033[31mb\n\033]0;t\007c\rd\x7f");
	assert_string_equal(s, "ab\ncd");
	free(s);
	s = text_sanitize("a\nb");
	assert_string_equal(s, "ab");
	free(s);
}

static void diag_print__escapes_in_messages__stripped(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	diag_err(&d, "f\033[2J.csv", 3, 4, "found '\033]0;pwned\007x', expected a number");
	diag_fail(&d, EXIT_DATAERR, "expression\n  \033[31m^~~");
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	diag_print(&d, out, 0);
	fclose(out);
	assert_null(strchr(buf, '\033'));
	assert_null(strchr(buf, '\007'));
	assert_non_null(strstr(buf, "f.csv:3:4: error: found 'x', expected a number\n"));
	assert_non_null(strstr(buf, "error: expression\n  ^~~\n"));
	free(buf);
	diag_release(&d);
}

/* Fuzzing (fuzz_dates) checks that both date parsers agree and that a
 * parsed date formats back to itself; these are the edges. */
static void dates__calendar_edges__both_parsers_agree(void **state)
{
	(void)state;
	const char *good[] = { "2024-02-29", "2000-02-29", "1900-01-01", "9999-12-31", NULL };
	const char *bad[] = { "2026-02-30", "2023-02-29", "1900-02-29", "0000-01-01", "1899-12-31",
			      "2026-00-10", "2026-13-01", "2026-+1-01", "2026- 1-01", "2026-1-1",
			      "20260101", "", NULL };
	for (int i = 0; good[i]; i++) {
		long a, b;
		char back[11];
		assert_true(plan_date_parse(good[i], &a));
		assert_true(dq_parse_date(good[i], strlen(good[i]), &b));
		assert_true(a == b);
		plan_date_format(a, back);
		assert_string_equal(back, good[i]);
	}
	for (int i = 0; bad[i]; i++) {
		long a;
		if (plan_date_parse(bad[i], &a) || dq_parse_date(bad[i], strlen(bad[i]), &a))
			fail_msg("accepted '%s'", bad[i]);
	}
}

static bool count_rows(const struct csvx_row *r, void *arg)
{
	(void)r;
	++*(long *)arg;
	return true;
}

static bool read_csv(const char *buf, size_t len, long *rows, struct diag *d)
{
	FILE *in = fmemopen((void *)buf, len, "r");
	struct csvx_reader r = { .file = "f.csv", .on_row = count_rows, .arg = rows, .check_utf8 = true };
	bool ok = csvx_read_stream(&r, in, len, d);
	fclose(in);
	return ok;
}

/* The asan build took over 10 s on a 10 MB cell: libcsv grew it 128 bytes
 * at a time and the limit was checked only once the cell was complete. */
static void csvx__cell_over_limit__refused_as_soon_as_seen(void **state)
{
	(void)state;
	size_t n = 12u << 20;
	char *buf = malloc(n + 64);
	size_t k = (size_t)sprintf(buf, "a,b\nx,");
	memset(buf + k, 'y', n);
	buf[k + n] = '\n';
	struct diag d;
	diag_init(&d);
	long rows = 0;
	assert_false(read_csv(buf, k + n + 1, &rows, &d));
	assert_int_equal(d.n, 1);
	assert_string_equal(d.msgs[0].text, "cell longer than the limit of 1048576 bytes");
	assert_non_null(strstr(d.msgs[0].where, "row 1 (line 2), column 2"));
	assert_int_equal(rows, 1);   /* the header only */
	diag_release(&d);

	/* A cell of exactly the limit is fine. */
	k = (size_t)sprintf(buf, "a,b\nx,");
	memset(buf + k, 'y', CSVX_MAX_CELL);
	buf[k + CSVX_MAX_CELL] = '\n';
	diag_init(&d);
	rows = 0;
	assert_true(read_csv(buf, k + CSVX_MAX_CELL + 1, &rows, &d));
	assert_int_equal(rows, 2);
	diag_release(&d);
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_parse_number__plain_decimals__accepted),
		cmocka_unit_test(text_parse_number__hostile__refused),
		cmocka_unit_test(text_parse_long__overflow_and_range__refused),
		cmocka_unit_test(text_sanitize_lines__escapes__stripped_newlines_kept),
		cmocka_unit_test(diag_print__escapes_in_messages__stripped),
		cmocka_unit_test(dates__calendar_edges__both_parsers_agree),
		cmocka_unit_test(csvx__cell_over_limit__refused_as_soon_as_seen),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
