/* Unit tests of questionnaires/: the question type table, the survey
 * import (q_survey_import) and the answering session (q_session_*,
 * q_answer_typed), on a small questionnaire and a fresh workspace. */
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
#include "../../questionnaires/questionnaire.h"
#include "../../store/store.h"

static const char YAML[] =
	"id: t\nversion: 1\ntitle: T\n"
	"scale: {min: 1, max: 5}\n"
	"levels: [{min: 0, label: Low}]\n"
	"dimensions: [{id: d, title: D}]\n"
	"questions:\n"
	"  - {id: has-crm, dimension: d, type: yesno, text: Have, required: true, na: false}\n"
	"  - {id: usage, dimension: d, type: likert, text: Use, na: true,\n"
	"     when: 'answer(\"has-crm\") == \"yes\"'}\n"
	"  - id: sys\n    dimension: d\n    type: multi\n    text: Systems\n"
	"    options:\n"
	"      - {id: erp, text: ERP, score: 50}\n"
	"      - {id: web, text: Web, score: 50}\n"
	"  - {id: note, dimension: d, type: text, text: Note}\n";

struct fixture {
	char dir[64];
	char *db, *file;
	struct diag d;
	struct store *st;
	struct questionnaire *q;
};

static int setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	strcpy(f->dir, "/tmp/crmready-q-import-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	f->db = xasprintf("%s/w.db", f->dir);
	diag_init(&f->d);
	f->st = store_open(f->db, STORE_WRITE, &f->d);
	f->q = q_load_buffer("t.yaml", YAML, strlen(YAML), &f->d);
	if (!f->q)
		diag_print(&f->d, stderr, 0);
	assert_non_null(f->st);
	assert_non_null(f->q);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	q_free(f->q);
	store_close(f->st);
	diag_release(&f->d);
	char *cmd = xasprintf("rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(f->db);
	free(f->file);
	free(f);
	return 0;
}

static void write_file(struct fixture *f, const char *name, const char *text)
{
	free(f->file);
	f->file = xasprintf("%s/%s", f->dir, name);
	FILE *out = fopen(f->file, "w");
	assert_non_null(out);
	fputs(text, out);
	fclose(out);
}

/* Import text as the file name. */
static bool import(struct fixture *f, const char *name, const char *text, bool keep_latest,
		   struct q_import_result *res)
{
	write_file(f, name, text);
	struct q_import_opts o = { .file = f->file, .date = "2026-03-01",
				   .form = { .file = f->file }, .keep_latest = keep_latest };
	return q_survey_import(f->st, f->q, &o, res, &f->d);
}

/* The error texts in d, one a line, for a comparison that shows them all. */
static bool has_error(const struct diag *d, const char *text)
{
	for (size_t i = 0; i < d->n; i++)
		if (strstr(d->msgs[i].text, text))
			return true;
	for (size_t i = 0; i < d->n; i++)
		fprintf(stderr, "%s: %s\n", d->msgs[i].where, d->msgs[i].text);
	return false;
}

/* Respondent name's stored answers to t into *r: 1 found, 0 not. */
static int stored(struct fixture *f, const char *name, struct store_respondent *r)
{
	const char *ids[] = { "has-crm", "usage", "sys", "note" };
	struct store_survey *sv = store_survey_open(f->st, "t", ids, 4, false, &f->d);
	int found = sv ? store_respondent_get(sv, name, r, &f->d) : 0;
	store_survey_close(sv);
	return found;
}

/* ---- the type table ---- */

static void q_type_info__each_type__what_it_needs(void **state)
{
	struct fixture *f = *state;
	enum q_type t;
	assert_true(q_type_find("multi", &t));
	assert_int_equal(t, Q_MULTI);
	assert_true(q_type_info(t)->options && q_type_info(t)->several);
	assert_false(q_type_find("slider", &t));
	assert_false(q_type_info(Q_TEXT)->scored);
	assert_false(q_type_info(Q_LEVEL)->reversible);
	assert_true(q_type_info(Q_NUMBER)->bands);
	assert_true(q_type_info(Q_LEVEL)->capability);
	for (int i = Q_LIKERT; i <= Q_LEVEL; i++)
		assert_string_equal(q_type_names()[i], q_type_name((enum q_type)i));
	assert_null(q_type_names()[Q_LEVEL + 1]);
	long lo, hi;
	assert_true(q_answer_range(f->q, &f->q->questions[1], &lo, &hi));   /* likert: the scale */
	assert_int_equal(lo, 1);
	assert_int_equal(hi, 5);
	assert_false(q_answer_range(f->q, &f->q->questions[0], &lo, &hi));  /* yesno */
}

/* ---- q_survey_import ---- */

static void q_survey_import__valid_csv__every_row_stored(void **state)
{
	struct fixture *f = *state;
	struct q_import_result res;
	assert_true(import(f, "a.csv", "respondent,department,role,has-crm,usage,sys,note\n"
		   "Ana@Acme.ir ,Sales,,Y,4,erp;web,\n"
		   "bob,IT,lead,no,,,fine\n", false, &res));
	assert_int_equal(res.rows, 2);
	assert_int_equal(res.replaced, 0);
	assert_false(res.yaml);
	assert_int_equal(res.ncols, 7);
	assert_int_equal(res.cols[3].role, Q_COLUMN_QUESTION);
	assert_int_equal(res.cols[3].how, Q_HOW_ID);
	q_import_result_release(&res);
	/* An e-mail address is one respondent whatever its case. */
	struct store_respondent r = { 0 };
	assert_int_equal(stored(f, "ana@acme.ir", &r), 1);
	assert_string_equal(r.department, "Sales");
	assert_int_equal(r.nanswers, 3);
	store_respondent_release(&r);
	/* Both again: replaced. */
	assert_true(import(f, "a.csv", "respondent,department,has-crm\nana@acme.ir,Sales,yes\nbob,IT,no\n",
			   false, &res));
	assert_int_equal(res.replaced, 2);
	q_import_result_release(&res);
}

static void q_survey_import__bad_rows__all_reported_nothing_stored(void **state)
{
	struct fixture *f = *state;
	struct q_import_result res;
	assert_false(import(f, "b.csv", "respondent,department,has-crm,usage\n"
			    "ana,Sales,no,4\n"       /* usage not asked when has-crm is no */
			    "bob,IT,,\n"             /* has-crm required */
			    "ana,IT,yes,9\n",        /* twice; 9 out of the scale */
			    false, &res));
	assert_true(has_error(&f->d, "its condition answer(\"has-crm\") == \"yes\" does not hold"));
	assert_true(has_error(&f->d, "the question is required, found no answer"));
	assert_true(has_error(&f->d, "respondent 'ana' appears twice: rows 1 and 3"));
	assert_true(has_error(&f->d, "found '9', expected a whole number 1..5 or na"));
	assert_true(has_error(&f->d, "nothing imported"));
	q_import_result_release(&res);
	diag_release(&f->d);
	diag_init(&f->d);
	struct store_respondent r = { 0 };
	assert_int_equal(stored(f, "ana", &r), 0);
	store_respondent_release(&r);
}

static void q_survey_import__keep_latest__later_row_kept_and_noted(void **state)
{
	struct fixture *f = *state;
	struct q_import_result res;
	assert_true(import(f, "c.csv", "respondent,department,has-crm\nana,Sales,no\nana,IT,yes\n", true, &res));
	assert_int_equal(res.rows, 1);
	assert_int_equal(res.repeats, 1);
	assert_true(has_error(&f->d, "1 row repeated a respondent (--keep latest): kept the "
			      "latest answers by file order"));
	q_import_result_release(&res);
}

static void q_survey_import__yaml__answers_by_question_id(void **state)
{
	struct fixture *f = *state;
	struct q_import_result res;
	assert_false(import(f, "a.yaml", "questionnaire: t\nrespondents:\n"
		   "  - {respondent: ana, department: Sales, answers: {has-crm: yes, sys: [web, erp]}}\n"
		   "  - {respondent: bob, department: IT, answers: {has-crm: maybe}}\n", false, &res));
	assert_true(res.yaml);
	assert_true(has_error(&f->d, "has-crm: found 'maybe', expected yes or no"));
	q_import_result_release(&res);
}

/* ---- the answering session ---- */

static void q_answer_typed__keys_numbers_and_rules(void **state)
{
	struct fixture *f = *state;
	const struct q_question *has = &f->q->questions[0], *usage = &f->q->questions[1],
				*sys = &f->q->questions[2];
	char *v, *err;
	assert_int_equal(q_answer_typed(f->q, has, Q_TYPED_SKIP, "s", &v, &err), Q_TYPED_REQUIRED);
	assert_int_equal(q_answer_typed(f->q, has, Q_TYPED_ANSWER, "", &v, &err), Q_TYPED_REQUIRED);
	assert_int_equal(q_answer_typed(f->q, has, Q_TYPED_NA, "n", &v, &err), Q_TYPED_NO_NA);
	assert_int_equal(q_answer_typed(f->q, usage, Q_TYPED_ANSWER, "", &v, &err), Q_TYPED_EMPTY);
	assert_int_equal(q_answer_typed(f->q, sys, Q_TYPED_ANSWER, ";", &v, &err), Q_TYPED_EMPTY);
	assert_int_equal(q_answer_typed(f->q, usage, Q_TYPED_NA, "n", &v, &err), Q_TYPED_OK);
	assert_string_equal(v, "na");
	free(v);
	assert_int_equal(q_answer_typed(f->q, usage, Q_TYPED_SKIP, "s", &v, &err), Q_TYPED_OK);
	assert_string_equal(v, "");
	free(v);
	/* Options by number, in file order whatever order they were typed in. */
	assert_int_equal(q_answer_typed(f->q, sys, Q_TYPED_ANSWER, "2, 1", &v, &err), Q_TYPED_OK);
	assert_string_equal(v, "erp;web");
	free(v);
	assert_int_equal(q_answer_typed(f->q, usage, Q_TYPED_ANSWER, "7", &v, &err), Q_TYPED_INVALID);
	assert_string_equal(err, "found '7', expected a whole number 1..5 or na");
	free(err);
}

static void q_session__answers_saved__resumes_where_left(void **state)
{
	struct fixture *f = *state;
	struct q_session s;
	assert_int_equal(q_session_open(&s, f->st, f->q, NULL, "ana", NULL, NULL, "2026-03-01", &f->d),
			 Q_SESSION_NEEDS_DEPARTMENT);
	q_session_close(&s);
	assert_int_equal(q_session_open(&s, f->st, f->q, NULL, "ana", "Sales", NULL, "2026-03-01", &f->d),
			 Q_SESSION_OPEN);
	size_t total;
	assert_int_equal(q_session_next(&s, 0, true), 0);
	assert_int_equal(q_session_number(&s, 2, &total), 2);   /* usage is not asked yet */
	assert_int_equal(total, 3);
	assert_true(q_session_save(&s, 0, "yes", &f->d));
	assert_int_equal(q_session_number(&s, 2, &total), 3);
	assert_int_equal(total, 4);
	assert_int_equal(q_session_next(&s, 1, true), 1);
	q_session_close(&s);
	/* Again, without a department: the answer given is there. */
	assert_int_equal(q_session_open(&s, f->st, f->q, NULL, "ana", NULL, NULL, "2026-03-02", &f->d),
			 Q_SESSION_OPEN);
	assert_string_equal(s.values[0], "yes");
	assert_int_equal(q_session_next(&s, 0, true), 1);
	q_session_close(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(q_type_info__each_type__what_it_needs, setup, teardown),
		cmocka_unit_test_setup_teardown(q_survey_import__valid_csv__every_row_stored, setup, teardown),
		cmocka_unit_test_setup_teardown(q_survey_import__bad_rows__all_reported_nothing_stored,
						setup, teardown),
		cmocka_unit_test_setup_teardown(q_survey_import__keep_latest__later_row_kept_and_noted,
						setup, teardown),
		cmocka_unit_test_setup_teardown(q_survey_import__yaml__answers_by_question_id, setup,
						teardown),
		cmocka_unit_test_setup_teardown(q_answer_typed__keys_numbers_and_rules, setup, teardown),
		cmocka_unit_test_setup_teardown(q_session__answers_saved__resumes_where_left, setup,
						teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
