/* Unit tests of reports/report_documents.c: the listing of documents and
 * the words that sum one up. */
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(report_documents_list__shipped_checks__fixed_columns_and_origin),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
