/* Unit tests of the minimum-group rule every grouped output follows
 * (store_min_group_choose): a floor of two, else the engagement's. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "workspace_fixture.h"

static void store_min_group_choose__none_asked__engagement_or_default(void **state)
{
	(void)state;
	long n = -1;
	assert_true(store_min_group_choose(NULL, NULL, &n));
	assert_int_equal(n, STORE_MIN_GROUP_DEFAULT);
	struct workspace_fixture *f = workspace_fixture_new();
	assert_true(store_min_group_choose(f->st, NULL, &n));
	assert_int_equal(n, STORE_MIN_GROUP_DEFAULT);
	assert_true(store_begin(f->st, &f->d));
	assert_true(store_min_group_set(f->st, 8, &f->d));
	assert_true(store_commit(f->st, &f->d));
	/* a workspace is read as existing from its next opening */
	store_close(f->st);
	f->st = store_open(f->path, STORE_READ, &f->d);
	assert_non_null(f->st);
	assert_true(store_min_group_choose(f->st, NULL, &n));
	assert_int_equal(n, 8);
	workspace_fixture_free(f);
}

static void store_min_group_choose__asked__floor_of_two(void **state)
{
	(void)state;
	long n = -1, one = 1, two = 2, big = 40;
	assert_false(store_min_group_choose(NULL, &one, &n));
	assert_int_equal(n, -1);
	assert_true(store_min_group_choose(NULL, &two, &n));
	assert_int_equal(n, 2);
	/* an asked-for size wins over the engagement's */
	struct workspace_fixture *f = workspace_fixture_new();
	assert_true(store_min_group_set(f->st, 8, &f->d));
	assert_true(store_min_group_choose(f->st, &big, &n));
	assert_int_equal(n, 40);
	workspace_fixture_free(f);
}

static void store_default_path__the_documented_name(void **state)
{
	(void)state;
	assert_string_equal(STORE_DEFAULT_PATH, "crmready.db");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(store_min_group_choose__none_asked__engagement_or_default),
		cmocka_unit_test(store_min_group_choose__asked__floor_of_two),
		cmocka_unit_test(store_default_path__the_documented_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
