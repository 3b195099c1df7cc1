/* Unit tests of survey rounds (q_rounds.c): which names are valid, which
 * round answers go into, the close match of an unknown round, and the
 * deltas between two rounds with the anonymity threshold on both sides. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../questionnaires/questionnaire.h"
#include "workspace_fixture.h"

static int setup(void **state)
{
	*state = workspace_fixture_new();
	return 0;
}

static int teardown(void **state)
{
	workspace_fixture_free(*state);
	return 0;
}

static const char YAML[] =
	"id: w\nversion: 1\ntitle: W\nscale: {min: 1, max: 5}\n"
	"levels: [{min: 0, label: L0}]\n"
	"dimensions: [{id: a, title: A}, {id: b, title: B}]\n"
	"questions:\n"
	"  - {id: qa, dimension: a, type: likert, text: x}\n"
	"  - {id: qb, dimension: b, type: likert, text: x}\n";

static struct questionnaire *load(void)
{
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = q_load_buffer("w.yaml", YAML, strlen(YAML), &d);
	diag_release(&d);
	assert_non_null(q);
	return q;
}

static void q_round_name_valid__names__as_documented(void **state)
{
	(void)state;
	assert_true(q_round_name_valid("2026-12-03"));
	assert_true(q_round_name_valid("wave 2"));
	assert_true(q_round_name_valid("دور دوم"));
	assert_true(q_round_name_valid("1234567890123456789012345678901234567890"));   /* 40 */
	assert_false(q_round_name_valid("12345678901234567890123456789012345678901")); /* 41 */
	assert_false(q_round_name_valid(""));
	assert_false(q_round_name_valid("a/b"));
	assert_false(q_round_name_valid("a\\b"));
	assert_false(q_round_name_valid("-x"));
	assert_false(q_round_name_valid(" x"));
	assert_false(q_round_name_valid("x "));
	assert_false(q_round_name_valid("tab\there"));
	assert_false(q_round_name_valid("c1\xc2\x85"));        /* NEL, a C1 control */
	assert_false(q_round_name_valid("bad\xff"));           /* not UTF-8 */
}

/* One respondent of department dept answering (va, vb) in round. */
static void put(struct workspace_fixture *f, const struct questionnaire *q, long round,
		const char *name, const char *dept, const char *va, const char *vb)
{
	const char *ids[] = { "qa", "qb" };
	struct store_survey *sv = store_survey_open(f->st, q->id, ids, 2, true, &f->d);
	assert_non_null(sv);
	store_survey_set_round(sv, round);
	const size_t qidx[] = { 0, 1 };
	const char *values[] = { va, vb };
	assert_true(store_respondent_put(sv, name, dept, "", qidx, values, 2, "2026-01-01", &f->d));
	store_survey_close(sv);
}

/* Round r1: Sales x3 (qa 1, 3, 5 -> 0, 50, 100), IT x2 (qa 5, 5).
 * Round r2: Sales x3 (qa 3, 5, 5 -> 50, 100, 100), IT x1 (qa 1), Ops x1 (qa 3).
 * qb is 3 (50) for everyone. min_group 2.
 * index r1: a = 350/5 = 70, b = 50, index 60; r2: a = 300/5 = 60, b 50, 55.
 * Sales index: r1 (50 + 50)/2 = 50, r2 (83.333 + 50)/2 = 66.667: +16.667.
 * IT: 2 in r1, 1 in r2 (small): suppressed. IT and Ops together make the
 * other group of 2 in r2, so Sales is not merged to cover them. */
static void q_delta__two_rounds__hand_computed(void **state)
{
	struct workspace_fixture *f = *state;
	struct questionnaire *q = load();
	assert_true(store_begin(f->st, &f->d));
	long r1 = q_round_for_answers(f->st, q, "r1", "2026-01-01", &f->d);
	long r2 = q_round_for_answers(f->st, q, "r2", "2026-04-01", &f->d);
	assert_true(r1 > 0 && r2 > r1);
	assert_int_equal(q_round_for_answers(f->st, q, "r1", "2026-05-01", &f->d), r1);
	put(f, q, r1, "s1", "Sales", "1", "3");
	put(f, q, r1, "s2", "Sales", "3", "3");
	put(f, q, r1, "s3", "Sales", "5", "3");
	put(f, q, r1, "i1", "IT", "5", "3");
	put(f, q, r1, "i2", "IT", "5", "3");
	put(f, q, r2, "s1", "Sales", "3", "3");
	put(f, q, r2, "s2", "Sales", "5", "3");
	put(f, q, r2, "s3", "Sales", "5", "3");
	put(f, q, r2, "i1", "IT", "1", "3");
	put(f, q, r2, "o1", "Ops", "3", "3");
	assert_true(store_commit(f->st, &f->d));
	/* the latest is r2, the one created last */
	assert_int_equal(q_round_find(f->st, q, NULL, &f->d), r2);

	struct q_assessment *a1 = q_assess_load_round(f->st, q, r1, 2, &f->d);
	struct q_assessment *a2 = q_assess_load_round(f->st, q, r2, 2, &f->d);
	assert_non_null(a1);
	assert_non_null(a2);
	struct q_delta x = q_delta_index(a1, a2);
	assert_true(x.has_data);
	assert_float_equal(x.from, 60, 1e-9);
	assert_float_equal(x.to, 55, 1e-9);
	assert_float_equal(x.delta, -5, 1e-9);
	assert_int_equal(x.n_from, 5);
	assert_int_equal(x.n_to, 5);
	x = q_delta_dimension(a1, a2, 0);
	assert_float_equal(x.delta, -10, 1e-9);
	x = q_delta_group(a1, a2, Q_BY_DEPARTMENT, "Sales", -1);
	assert_false(x.suppressed);
	assert_float_equal(x.delta, 50.0 / 3, 1e-9);
	assert_int_equal(x.n_from, 3);
	x = q_delta_group(a1, a2, Q_BY_DEPARTMENT, "IT", -1);
	assert_true(x.suppressed);
	assert_false(x.has_data);
	assert_int_equal(x.n_from, 0);
	x = q_delta_group(a1, a2, Q_BY_DEPARTMENT, "IT", 0);
	assert_true(x.suppressed);
	x = q_delta_question(a1, a2, 0);
	assert_float_equal(x.delta, -10, 1e-9);
	size_t n;
	char **names = q_delta_group_names(a1, a2, Q_BY_DEPARTMENT, &n);
	assert_int_equal(n, 3);                   /* IT, Ops, Sales; never other */
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	q_assess_free(a1);
	q_assess_free(a2);
	q_free(q);
}

static void q_round_find__unknown__close_match(void **state)
{
	struct workspace_fixture *f = *state;
	struct questionnaire *q = load();
	assert_int_equal(q_round_find(f->st, q, NULL, &f->d), -1);
	assert_true(diag_has_errors(&f->d));
	assert_non_null(strstr(f->d.msgs[0].text, "no survey rounds of w"));
	diag_release(&f->d);
	diag_init(&f->d);
	assert_true(store_begin(f->st, &f->d));
	assert_true(q_round_for_answers(f->st, q, NULL, "2026-03-02", &f->d) > 0);
	assert_true(store_commit(f->st, &f->d));
	assert_int_equal(q_round_find(f->st, q, "2026-03-03", &f->d), -1);
	assert_non_null(strstr(f->d.msgs[0].text, "did you mean '2026-03-02'?"));
	q_free(q);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(q_round_name_valid__names__as_documented),
		cmocka_unit_test_setup_teardown(q_delta__two_rounds__hand_computed,
						setup, teardown),
		cmocka_unit_test_setup_teardown(q_round_find__unknown__close_match,
						setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
