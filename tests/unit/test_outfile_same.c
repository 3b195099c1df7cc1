/* Unit tests of outfile_same_file: when an output would replace a file the
 * command reads or writes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "../../core/outfile.h"

static char dir[] = "/tmp/outfile-same-XXXXXX";

static void touch(const char *name)
{
	FILE *f = fopen(name, "w");
	assert_non_null(f);
	fputs("x\n", f);
	fclose(f);
}

static int setup(void **state)
{
	(void)state;
	if (!mkdtemp(dir) || chdir(dir) != 0)
		return -1;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	const char *names[] = { "a.csv", "b.csv", "hard.csv", "link.csv", "loopa", "loopb", NULL };
	for (size_t i = 0; names[i]; i++)
		unlink(names[i]);
	return chdir("/") == 0 && rmdir(dir) == 0 ? 0 : -1;
}

static void outfile_same_file__existing__by_inode(void **state)
{
	(void)state;
	touch("a.csv");
	touch("b.csv");
	assert_int_equal(link("a.csv", "hard.csv"), 0);
	assert_int_equal(symlink("a.csv", "link.csv"), 0);
	assert_true(outfile_same_file("a.csv", "a.csv"));
	assert_true(outfile_same_file("hard.csv", "a.csv"));
	assert_true(outfile_same_file("link.csv", "a.csv"));
	assert_true(outfile_same_file("./a.csv", "a.csv"));
	assert_false(outfile_same_file("a.csv", "b.csv"));
}

static void outfile_same_file__new__by_resolved_path(void **state)
{
	(void)state;
	char up[64];
	snprintf(up, sizeof up, "../%s/new.csv", strrchr(dir, '/') + 1);
	assert_true(outfile_same_file("new.csv", "./new.csv"));
	assert_true(outfile_same_file("new.csv", up));
	assert_false(outfile_same_file("new.csv", "other.csv"));
	/* one exists, the other not: different files */
	assert_false(outfile_same_file("new.csv", "a.csv"));
}

static void outfile_same_file__stdout__never(void **state)
{
	(void)state;
	assert_false(outfile_same_file("-", "-"));
	assert_false(outfile_same_file("-", "a.csv"));
}

static void outfile_same_file__symlink_loop__not_the_workspace(void **state)
{
	(void)state;
	assert_int_equal(symlink("loopb", "loopa"), 0);
	assert_int_equal(symlink("loopa", "loopb"), 0);
	assert_false(outfile_same_file("loopa", "new.csv"));
	assert_false(outfile_same_file("loopa", "a.csv"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(outfile_same_file__existing__by_inode),
		cmocka_unit_test(outfile_same_file__new__by_resolved_path),
		cmocka_unit_test(outfile_same_file__stdout__never),
		cmocka_unit_test(outfile_same_file__symlink_loop__not_the_workspace),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
