/* Unit tests of how dq commands find their checks, pick the entity a scan
 * is scoped to, and head the rows file (dq_lookup.c, dq_scan.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../dq/dq.h"
#include "../../registry/registry.h"

static void dq_checks_find__none_named__the_default(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct dq_checks c;
	struct registry_text s;
	assert_true(dq_checks_find(NULL, NULL, &c, &s, &d));
	assert_string_equal(c.id, DQ_DEFAULT_CHECKS);
	assert_int_equal(d.worst, 0);
	dq_checks_release(&c);
	registry_text_release(&s);
	diag_release(&d);
}

static void dq_checks_find__unknown__error_nothing_to_release(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct dq_checks c;
	struct registry_text s;
	assert_false(dq_checks_find(NULL, "no-such-checks", &c, &s, &d));
	assert_true(d.worst != 0);
	diag_release(&d);
}

static void dq_scan_entity__asked_then_checks_then_default(void **state)
{
	(void)state;
	struct dq_checks c;
	memset(&c, 0, sizeof c);
	assert_string_equal(dq_scan_entity(&c, NULL), "contact");
	assert_string_equal(dq_scan_entity(&c, NULL), DQ_DEFAULT_ENTITY);
	c.entity = "Lead";
	assert_string_equal(dq_scan_entity(&c, NULL), "Lead");
	assert_string_equal(dq_scan_entity(&c, "account"), "account");
}

static void dq_rows_out_header__the_six_columns(void **state)
{
	(void)state;
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	dq_rows_out_header(f);
	fclose(f);
	assert_string_equal(buf, "row,line,id,column,problem,value\n");
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(dq_checks_find__none_named__the_default),
		cmocka_unit_test(dq_checks_find__unknown__error_nothing_to_release),
		cmocka_unit_test(dq_scan_entity__asked_then_checks_then_default),
		cmocka_unit_test(dq_rows_out_header__the_six_columns),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
