/* Unit tests of reports/report_documents.c and report_num_exact: the
 * listing of documents, the words that sum one up, numbers as written. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/xalloc.h"
#include "../../reports/report.h"

/* What f printed, as a string (caller frees). */
static char *printed(void (*f)(FILE *, void *), void *arg)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	f(out, arg);
	fclose(out);
	return buf;
}

static void list_checks_text(FILE *out, void *arg)
{
	struct document **docs = arg;
	report_documents_list(REGISTRY_CHECKS, docs, 1, REPORT_DOC_TEXT, LANG_EN, out);
}

static void report_documents_list__shipped_checks__fixed_columns_and_origin(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct document *doc = document_lookup(NULL, REGISTRY_CHECKS, "salesforce-contact", &d);
	assert_non_null(doc);
	doc->origin = REGISTRY_SHIPPED;
	char *s = printed(list_checks_text, &doc);
	/* ID 24 wide, VERSION 7 right, ORIGIN 9, each count as wide as its
	 * header, TITLE last */
	assert_string_equal(s, "ID                       VERSION  ORIGIN    FIELDS RULES  TITLE\n"
			       "salesforce-contact             3  shipped       12     3  "
			       "Salesforce Contact export\n");
	free(s);
	char *details = report_document_details(doc);
	assert_string_equal(details, "12 fields, 3 duplicate rules");
	free(details);
	document_free(doc);
	diag_release(&d);
}

static void report_num_exact__values__shortest_that_reads_back(void **state)
{
	(void)state;
	char out[40];
	report_num_exact(out, 0);
	assert_string_equal(out, "0");
	report_num_exact(out, 0.1);
	assert_string_equal(out, "0.1");
	report_num_exact(out, 0.6);
	assert_string_equal(out, "0.6");
	report_num_exact(out, 1.0 / 3.0);
	/* 15 digits do not read back; 16 do */
	assert_string_equal(out, "0.3333333333333333");
	report_num_exact(out, -250000);
	assert_string_equal(out, "-250000");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(report_documents_list__shipped_checks__fixed_columns_and_origin),
		cmocka_unit_test(report_num_exact__values__shortest_that_reads_back),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
