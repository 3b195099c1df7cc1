/* Unit tests of core/diag: positions, exit codes, merging, printing. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/diag.h"
#include "../../core/i18n.h"

/* What diag_print writes, as a malloc'd string. */
static char *printed(const struct diag *d, int color)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	diag_print(d, out, color);
	fclose(out);
	return buf;
}

static void diag_err__positions__formatted(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	diag_err(&d, "q.yaml", 3, 7, "bad %s", "thing");
	diag_err(&d, "q.yaml", 3, 0, "no column");
	diag_err(&d, "q.yaml", 0, 0, "no line");
	diag_err(&d, NULL, 0, 0, "no file");
	diag_at(&d, DIAG_WARNING, 0, "q.yaml", 1, 2, "careful");
	char *s = printed(&d, 0);
	assert_string_equal(s, "q.yaml:3:7: error: bad thing\n"
			       "q.yaml:3: error: no column\n"
			       "q.yaml: error: no line\n"
			       "error: no file\n"
			       "q.yaml:1:2: warning: careful\n");
	free(s);
	assert_int_equal(d.errors, 4);
	assert_int_equal(diag_exit_code(&d), EXIT_DATAERR);
	diag_release(&d);
}

static void diag_row__csv_positions__formatted(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	diag_row(&d, EXIT_DATAERR, "a.csv", 2, 5, 3, "exec-sponsor", "expected 1..5");
	diag_row(&d, EXIT_DATAERR, "a.csv", 2, 5, 3, NULL, "no name");
	diag_row(&d, EXIT_DATAERR, "a.csv", 7, 9, 0, NULL, "whole row");
	char *s = printed(&d, 0);
	assert_string_equal(s, "a.csv: row 2 (line 5), column 3 (exec-sponsor): error: expected 1..5\n"
			       "a.csv: row 2 (line 5), column 3: error: no name\n"
			       "a.csv: row 7 (line 9): error: whole row\n");
	free(s);
	diag_release(&d);
}

static void diag_exit_code__mixed__usage_outranks_data(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	assert_int_equal(diag_exit_code(&d), EXIT_OK);
	assert_false(diag_has_errors(&d));
	diag_at(&d, DIAG_WARNING, 0, "f", 1, 1, "only a warning");
	assert_int_equal(diag_exit_code(&d), EXIT_OK);
	diag_err(&d, "f", 1, 1, "data");
	assert_int_equal(diag_exit_code(&d), EXIT_DATAERR);
	diag_fail(&d, EXIT_IOERR, "io");
	assert_int_equal(diag_exit_code(&d), EXIT_IOERR);
	diag_fail(&d, EXIT_NOINPUT, "missing");
	assert_int_equal(diag_exit_code(&d), EXIT_NOINPUT);
	diag_fail(&d, EXIT_DATAERR, "data again");
	assert_int_equal(diag_exit_code(&d), EXIT_NOINPUT);
	diag_fail(&d, EXIT_USAGE, "usage");
	assert_int_equal(diag_exit_code(&d), EXIT_USAGE);
	diag_fail(&d, EXIT_SOFTWARE, "bug");
	assert_int_equal(diag_exit_code(&d), EXIT_SOFTWARE);
	assert_true(diag_has_errors(&d));
	diag_release(&d);
}

static void diag_merge__moves_everything__source_empty(void **state)
{
	(void)state;
	struct diag a, b;
	diag_init(&a);
	diag_init(&b);
	diag_err(&a, "a", 1, 1, "first");
	diag_fail(&b, EXIT_USAGE, "second");
	diag_at(&b, DIAG_NOTE, 0, NULL, 0, 0, "a note");
	diag_merge(&a, &b);
	assert_int_equal(a.n, 3);
	assert_int_equal(a.errors, 2);
	assert_int_equal(diag_exit_code(&a), EXIT_USAGE);
	assert_int_equal(b.n, 0);
	assert_int_equal(b.errors, 0);
	char *s = printed(&a, 0);
	assert_string_equal(s, "a:1:1: error: first\nerror: second\nnote: a note\n");
	free(s);
	diag_release(&a);
	diag_release(&b);
}

static void diag_print__color__escapes_only_when_asked(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	diag_err(&d, "f", 1, 2, "x");
	char *s = printed(&d, 1);
	assert_string_equal(s, "f:1:2: \033[1;31merror:\033[0m x\n");
	free(s);
	s = printed(&d, 0);
	assert_null(strchr(s, '\033'));
	free(s);
	diag_release(&d);
}

static void diag_vat__beyond_limit__counted_not_kept(void **state)
{
	/* A file with 200,000 mistakes printed 200,000 lines (and kept them all). */
	(void)state;
	struct diag d, more;
	diag_init(&d);
	diag_init(&more);
	for (int i = 0; i < DIAG_MAX_KEPT + 10; i++)
		diag_err(&d, "f", i + 1, 1, "mistake %d", i);
	assert_int_equal(d.n, DIAG_MAX_KEPT);
	assert_int_equal(d.errors, DIAG_MAX_KEPT + 10);
	assert_int_equal(d.dropped, 10);
	for (int i = 0; i < DIAG_MAX_KEPT + 5; i++)
		diag_fail(&more, EXIT_USAGE, "more %d", i);
	diag_merge(&d, &more);
	assert_int_equal(d.n, DIAG_MAX_KEPT);
	assert_int_equal(d.errors, 2 * DIAG_MAX_KEPT + 15);
	assert_int_equal(diag_exit_code(&d), EXIT_USAGE);
	char *s = printed(&d, 0);
	char *tail = strrchr(s, '.');
	assert_non_null(strstr(s, "f:1000:1: error: mistake 999\n... and 1015 more messages not shown\n"));
	assert_non_null(tail);
	free(s);
	diag_release(&d);
	diag_release(&more);
}

/* In another language: the words diag prints, the row and column of a
 * table file and the count of messages not shown are the catalogue's;
 * FILE:LINE:COL stays as it is (editors jump to it). */
static void diag_print__arabic__words_translated_positions_kept(void **state)
{
	(void)state;
	lang_id ar = LANG_EN;
	assert_true(lang_parse("ar", &ar));
	i18n_use(ar, false);
	struct diag d;
	diag_init(&d);
	diag_err(&d, "q.yaml", 3, 7, "%s", "x");
	diag_at(&d, DIAG_WARNING, 0, "q.yaml", 12, 2, "%s", "y");
	diag_row(&d, EXIT_DATAERR, "a.csv", 2, 5, 3, "sponsor", "%s", "z");
	diag_row(&d, EXIT_DATAERR, "a.csv", 0, 1, 0, NULL, "%s", "h");
	d.dropped = 3;
	char *s = printed(&d, 0);
	assert_string_equal(s, "q.yaml:3:7: خطأ: x\n"
			       "q.yaml:12:2: تحذير: y\n"
			       "a.csv: الصف 2 (السطر 5)، العمود 3 (sponsor): خطأ: z\n"
			       "a.csv: صف العناوين (السطر 1): خطأ: h\n"
			       "... و3 رسائل أخرى لم تُعرض\n");
	free(s);
	d.dropped = 0;
	diag_release(&d);
	i18n_use(LANG_EN, true);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(diag_err__positions__formatted),
		cmocka_unit_test(diag_row__csv_positions__formatted),
		cmocka_unit_test(diag_exit_code__mixed__usage_outranks_data),
		cmocka_unit_test(diag_merge__moves_everything__source_empty),
		cmocka_unit_test(diag_print__color__escapes_only_when_asked),
		cmocka_unit_test(diag_vat__beyond_limit__counted_not_kept),
		cmocka_unit_test(diag_print__arabic__words_translated_positions_kept),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
