/* Unit tests of the survey and snapshots a questionnaire keeps in the
 * workspace: every respondent with their progress, removing one, and
 * saving and reading back assessment snapshots (q_survey.c, q_snapshot.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>

#include "../../questionnaires/questionnaire.h"
#include "workspace_fixture.h"

static const char YAML[] =
	"id: p\nversion: 1\ntitle: P\nscale: {min: 1, max: 5}\n"
	"levels: [{min: 0, label: L0}]\n"
	"dimensions: [{id: d, title: D}]\n"
	"questions:\n"
	"  - {id: o1, dimension: d, type: likert, text: x}\n"
	"  - {id: r1, dimension: d, type: likert, text: x, required: true}\n";

static struct questionnaire *load(void)
{
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = q_load_buffer("p.yaml", YAML, strlen(YAML), &d);
	diag_release(&d);
	assert_non_null(q);
	return q;
}

/* ann: both answered; bob: only the optional one; cy: nothing. */
static void put_respondents(struct workspace_fixture *f, const struct questionnaire *q)
{
	const char *ids[] = { "o1", "r1" };
	assert_true(store_begin(f->st, &f->d));
	struct store_survey *sv = store_survey_open(f->st, q->id, ids, 2, true, &f->d);
	assert_non_null(sv);
	long round = store_round_add(f->st, q->id, "2026-12-01", "2026-12-01", &f->d);
	assert_true(round > 0);
	store_survey_set_round(sv, round);
	const size_t both[] = { 0, 1 }, first[] = { 0 };
	const char *ann[] = { "4", "5" }, *bob[] = { "2" };
	assert_true(store_respondent_put(sv, "ann", "Sales", NULL, both, ann, 2, "2026-12-01", &f->d));
	assert_true(store_respondent_put(sv, "bob", "Sales", NULL, first, bob, 1, "2026-12-01", &f->d));
	assert_true(store_respondent_put(sv, "cy", "Ops", NULL, NULL, NULL, 0, "2026-12-01", &f->d));
	store_survey_close(sv);
	assert_true(store_commit(f->st, &f->d));
}

struct seen {
	char names[4][8];
	enum q_progress progress[4];
	size_t answered[4];
	size_t n, stop_after;
};

static bool note(const struct store_respondent *r, enum q_progress p,
		 const struct q_progress_counts *c, void *arg)
{
	struct seen *s = arg;
	snprintf(s->names[s->n], sizeof s->names[0], "%s", r->name);
	s->progress[s->n] = p;
	s->answered[s->n] = c->answered;
	s->n++;
	return s->n != s->stop_after;
}

static void q_survey_progress_each__every_respondent_with_progress(void **state)
{
	(void)state;
	struct workspace_fixture *f = workspace_fixture_new();
	struct questionnaire *q = load();
	put_respondents(f, q);
	struct seen s = { .stop_after = 99 };
	assert_true(q_survey_progress_each(f->st, q, note, &s, &f->d));
	assert_int_equal(s.n, 3);
	assert_string_equal(s.names[0], "ann");
	assert_int_equal(s.progress[0], Q_COMPLETE);
	assert_int_equal(s.answered[0], 2);
	assert_string_equal(s.names[1], "bob");
	assert_int_equal(s.progress[1], Q_IN_PROGRESS);
	assert_int_equal(s.answered[1], 1);
	assert_string_equal(s.names[2], "cy");
	assert_int_equal(s.progress[2], Q_NOT_STARTED);
	/* fn stops the walk */
	struct seen one = { .stop_after = 1 };
	q_survey_progress_each(f->st, q, note, &one, &f->d);
	assert_int_equal(one.n, 1);
	q_free(q);
	workspace_fixture_free(f);
}

static void q_respondent_remove__present_then_absent(void **state)
{
	(void)state;
	struct workspace_fixture *f = workspace_fixture_new();
	struct questionnaire *q = load();
	put_respondents(f, q);
	assert_true(q_respondent_remove(f->st, q, NULL, "bob", &f->d));
	assert_int_equal(f->d.worst, 0);
	struct seen s = { .stop_after = 99 };
	assert_true(q_survey_progress_each(f->st, q, note, &s, &f->d));
	assert_int_equal(s.n, 2);
	assert_string_equal(s.names[1], "cy");
	assert_false(q_respondent_remove(f->st, q, NULL, "bob", &f->d));
	assert_int_equal(f->d.worst, EXIT_DATAERR);
	assert_string_equal(f->d.msgs[f->d.n - 1].text,
			    "no respondent 'bob' in p; 'crmready survey list p' shows them");
	q_free(q);
	workspace_fixture_free(f);
}

static void q_snapshot_save__then_load__same_json_name_taken(void **state)
{
	(void)state;
	struct workspace_fixture *f = workspace_fixture_new();
	json_t *a = json_pack("{s:f, s:s}", "index", 0.1 + 0.2, "level", "Ready");
	assert_true(q_snapshot_save(f->st, "p", "round-1", "2026-12-03", a, &f->d));
	char *saved_at = NULL;
	json_t *back = q_snapshot_load(f->st, "p", "round-1", &saved_at, &f->d);
	assert_non_null(back);
	assert_string_equal(saved_at, "2026-12-03");
	/* kept to the last digit */
	assert_true(json_equal(a, back));
	json_decref(back);
	free(saved_at);
	assert_false(q_snapshot_save(f->st, "p", "round-1", "2026-12-04", a, &f->d));
	assert_int_equal(f->d.worst, EXIT_DATAERR);
	assert_string_equal(f->d.msgs[f->d.n - 1].text,
			    "a snapshot named 'round-1' of p already exists; choose another name");
	json_decref(a);
	workspace_fixture_free(f);
}

static void q_snapshot_load__none__dataerr(void **state)
{
	(void)state;
	struct workspace_fixture *f = workspace_fixture_new();
	char *saved_at = (char *)"x";
	assert_null(q_snapshot_load(f->st, "p", "round-9", &saved_at, &f->d));
	assert_null(saved_at);
	assert_int_equal(f->d.worst, EXIT_DATAERR);
	assert_string_equal(f->d.msgs[0].text, "no snapshot 'round-9' of p; 'assess --save NAME' "
			    "keeps one");
	workspace_fixture_free(f);
}

static void q_snapshot_name_valid__ids_only(void **state)
{
	(void)state;
	assert_true(q_snapshot_name_valid("round-1"));
	assert_false(q_snapshot_name_valid("Round 1"));
	assert_false(q_snapshot_name_valid(""));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(q_survey_progress_each__every_respondent_with_progress),
		cmocka_unit_test(q_respondent_remove__present_then_absent),
		cmocka_unit_test(q_snapshot_save__then_load__same_json_name_taken),
		cmocka_unit_test(q_snapshot_load__none__dataerr),
		cmocka_unit_test(q_snapshot_name_valid__ids_only),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
