/* Unit tests of documents/: the four kinds loaded, found, listed and
 * registered through one table. Shipped content is in the binary; files
 * come from tests/data; the workspace is a fresh one per test. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "../../core/xalloc.h"
#include "../../documents/documents.h"
#include "../../store/store.h"

#define DATA "tests/data/"

#include "workspace_fixture.h"

static int setup(void **state)
{
	struct workspace_fixture *f = workspace_fixture_new();
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	workspace_fixture_free(*state);
	return 0;
}

static void document_lookup__shipped_questionnaire__counts_what_it_holds(void **state)
{
	struct workspace_fixture *f = *state;
	struct document *doc = document_lookup(f->st, REGISTRY_QUESTIONNAIRE, "crm-readiness", &f->d);
	assert_non_null(doc);
	assert_string_equal(doc->id, "crm-readiness");
	assert_non_null(doc->questionnaire);
	/* the shipped questionnaire: 65 questions in 8 dimensions */
	assert_int_equal(doc->counts[0], 65);
	assert_int_equal(doc->counts[1], 8);
	document_free(doc);
}

static void document_lookup__unknown_id__usage_error_with_close_match(void **state)
{
	struct workspace_fixture *f = *state;
	assert_null(document_lookup(f->st, REGISTRY_RULES, "crm-defualt", &f->d));
	assert_int_equal(diag_exit_code(&f->d), 64);
	assert_non_null(strstr(f->d.msgs[0].text, "did you mean 'crm-default'"));
}

static void document_load_file__each_kind__id_version_and_counts(void **state)
{
	struct workspace_fixture *f = *state;
	static const struct {
		enum registry_kind kind;
		const char *file, *id;
		size_t counts[DOCUMENT_MAX_COUNTS];
	} cases[] = {
		{ REGISTRY_QUESTIONNAIRE, DATA "questionnaires/good.yaml", "mini", { 7, 2, 1 } },
		{ REGISTRY_RULES, DATA "rules/adoption.yaml", "adoption-watch", { 3 } },
		{ REGISTRY_CATALOGUE, DATA "plan/small.yaml", "small-plan", { 4, 2 } },
		{ REGISTRY_CHECKS, DATA "dq/small-checks.yaml", "small", { 2, 1 } },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct document *doc = document_load_file(f->st, cases[i].kind, cases[i].file, &f->d);
		assert_non_null(doc);
		assert_string_equal(doc->id, cases[i].id);
		assert_int_equal(doc->version, 1);
		assert_non_null(doc->source);
		for (size_t k = 0; k < DOCUMENT_MAX_COUNTS; k++)
			assert_int_equal(doc->counts[k], cases[i].counts[k]);
		document_free(doc);
	}
	assert_int_equal(f->d.errors, 0);
}

static void document_load_file__missing_file__no_input(void **state)
{
	struct workspace_fixture *f = *state;
	assert_null(document_load_file(NULL, REGISTRY_CATALOGUE, DATA "plan/none.yaml", &f->d));
	assert_int_equal(diag_exit_code(&f->d), 66);
}

static void document_register__twice__second_unchanged_and_listed(void **state)
{
	struct workspace_fixture *f = *state;
	struct document *doc = document_load_file(f->st, REGISTRY_CHECKS, DATA "dq/small-checks.yaml",
						  &f->d);
	assert_non_null(doc);
	bool unchanged = true;
	assert_true(store_begin(f->st, &f->d));
	assert_true(document_register(f->st, doc, "small-checks.yaml", &unchanged, &f->d));
	assert_true(store_commit(f->st, &f->d));
	assert_false(unchanged);
	assert_true(document_register(f->st, doc, "small-checks.yaml", &unchanged, &f->d));
	assert_true(unchanged);
	document_free(doc);

	struct document **docs;
	size_t n;
	assert_true(document_list(f->st, REGISTRY_CHECKS, &docs, &n, &f->d));
	/* ordered by id: the shipped salesforce-contact, then small */
	assert_int_equal(n, 2);
	assert_string_equal(docs[0]->id, "salesforce-contact");
	assert_int_equal(docs[0]->origin, REGISTRY_SHIPPED);
	assert_string_equal(docs[0]->added_from, "shipped");
	assert_string_equal(docs[1]->id, "small");
	assert_int_equal(docs[1]->origin, REGISTRY_WORKSPACE);
	assert_string_equal(docs[1]->added_from, "small-checks.yaml");
	document_list_free(docs, n);
}

static void document_count_names__each_kind__as_many_as_counts(void **state)
{
	(void)state;
	size_t n;
	const char *const *names = document_count_names(REGISTRY_CHECKS, &n);
	assert_int_equal(n, 2);
	assert_string_equal(names[1], "duplicate rules");
	document_count_names(REGISTRY_RULES, &n);
	assert_int_equal(n, 1);
	document_count_names(REGISTRY_QUESTIONNAIRE, &n);
	assert_int_equal(n, 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(document_lookup__shipped_questionnaire__counts_what_it_holds, setup, teardown),
		cmocka_unit_test_setup_teardown(document_lookup__unknown_id__usage_error_with_close_match, setup, teardown),
		cmocka_unit_test_setup_teardown(document_load_file__each_kind__id_version_and_counts, setup, teardown),
		cmocka_unit_test_setup_teardown(document_load_file__missing_file__no_input, setup, teardown),
		cmocka_unit_test_setup_teardown(document_register__twice__second_unchanged_and_listed, setup, teardown),
		cmocka_unit_test_setup_teardown(document_count_names__each_kind__as_many_as_counts, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
