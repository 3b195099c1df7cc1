/* Unit tests of engagement/ and of what plan build stands on in phases/:
 * the engagement read once and shared with the rules, the plan inputs made
 * of it or read from a file, and a built plan saved with its goals. */
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
#include "../../engagement/engagement.h"
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

/* n respondents of department dept answering value to every likert
 * question of the shipped readiness questionnaire; the workspace is then
 * open for reading. */
static void answer_readiness(struct workspace_fixture *f, int n, const char *dept, const char *value)
{
	struct questionnaire *q = q_lookup(f->st, RULE_DEFAULT_QUESTIONNAIRE, &f->d);
	assert_non_null(q);
	const char **ids = xcalloc(q->nquestions, sizeof *ids);
	const char **values = xcalloc(q->nquestions, sizeof *values);
	size_t *qidx = xcalloc(q->nquestions, sizeof *qidx), k = 0;
	for (size_t i = 0; i < q->nquestions; i++) {
		ids[i] = q->questions[i].id;
		if (q->questions[i].type == Q_LIKERT) {
			qidx[k] = i;
			values[k++] = value;
		}
	}
	assert_true(store_begin(f->st, &f->d));
	struct store_survey *sv = store_survey_open(f->st, q->id, ids, q->nquestions, true, &f->d);
	assert_non_null(sv);
	long round = q_round_for_answers(f->st, q, NULL, "2026-11-01", &f->d);
	assert_true(round > 0);
	store_survey_set_round(sv, round);
	for (int r = 0; r < n; r++) {
		char name[32];
		snprintf(name, sizeof name, "%s-%d", dept, r);
		assert_true(store_respondent_put(sv, name, dept, "staff", qidx, values, k,
						 "2026-11-01", &f->d));
	}
	store_survey_close(sv);
	assert_true(store_commit(f->st, &f->d));
	/* read as the commands read: a workspace that exists */
	store_close(f->st);
	f->st = store_open(f->path, STORE_READ, &f->d);
	assert_non_null(f->st);
	free(qidx);
	free(values);
	free(ids);
	q_free(q);
}

/* ---- engagement_load ---- */

static void engagement_load__answers__rules_read_the_same_assessment(void **state)
{
	struct workspace_fixture *f = *state;
	answer_readiness(f, 6, "Sales", "2");
	struct engagement e;
	struct engagement_options o = { .every = true };
	assert_true(engagement_load(f->st, &o, &e, &f->d));
	assert_int_equal(e.min_group, STORE_MIN_GROUP_DEFAULT);
	assert_int_equal(e.nassessed, 1);
	assert_non_null(e.readiness);
	assert_null(e.capabilities);        /* nobody answered the capability model */
	assert_int_equal(q_assess_respondents(e.readiness), 6);
	/* the facts the rules read hold this very assessment: read once */
	assert_ptr_equal(rule_workspace_assessment(e.rules.facts, RULE_DEFAULT_QUESTIONNAIRE),
			 e.readiness);
	/* answers of 2 on 1..5 score 25: the low-readiness rules fire */
	assert_true(e.rules.findings.nfired > 0);
	engagement_release(&e);
}

static void engagement_load__another_min_group__rules_read_their_own(void **state)
{
	struct workspace_fixture *f = *state;
	answer_readiness(f, 6, "Sales", "2");
	struct engagement e;
	struct engagement_options o = { .min_group = 3, .every = true };
	assert_true(engagement_load(f->st, &o, &e, &f->d));
	assert_int_equal(e.min_group, 3);
	assert_non_null(e.readiness);
	/* the findings keep the engagement's anonymity (5), not the report's */
	const struct q_assessment *a =
		rule_workspace_assessment(e.rules.facts, RULE_DEFAULT_QUESTIONNAIRE);
	assert_non_null(a);
	assert_ptr_not_equal(a, e.readiness);
	assert_int_equal(a->min_group, STORE_MIN_GROUP_DEFAULT);
	engagement_release(&e);
}

static void engagement_load__only_unanswered__usage_error_names_answered(void **state)
{
	struct workspace_fixture *f = *state;
	answer_readiness(f, 2, "Sales", "3");
	struct engagement e;
	struct engagement_options o = { .only = "crm-readiness,nosuch", .every = true };
	assert_false(engagement_load(f->st, &o, &e, &f->d));
	assert_int_equal(f->d.worst, EXIT_USAGE);
	assert_string_equal(f->d.msgs[0].text, "--questionnaire: 'nosuch' has no answers in this "
			    "workspace; answered: crm-readiness");
	engagement_release(&e);
}

/* ---- the plan it asks for ---- */

static void engagement_plan_source__nothing_known__whole_catalogue(void **state)
{
	struct workspace_fixture *f = *state;
	struct engagement e;
	struct engagement_options o = { 0 };
	assert_true(engagement_load(f->st, &o, &e, &f->d));
	struct plan_source src;
	engagement_plan_source(&e, LANG_EN, &src);
	assert_true(src.in.everything);
	char *told = plan_basis_text(src.basis, false);
	assert_string_equal(told, "the whole catalogue (no survey answers or findings to "
			    "select from yet)");
	free(told);
	plan_source_release(&src);
	engagement_release(&e);
}

static void engagement_plan_source__low_scores__dimensions_and_requests(void **state)
{
	struct workspace_fixture *f = *state;
	answer_readiness(f, 6, "Sales", "2");
	struct engagement e;
	struct engagement_options o = { 0 };
	assert_true(engagement_load(f->st, &o, &e, &f->d));
	assert_int_equal(e.nassessed, 1);
	struct plan_source src;
	engagement_plan_source(&e, LANG_EN, &src);
	assert_false(src.in.everything);
	assert_int_equal(src.in.ndimensions, e.readiness->q->ndimensions);
	/* strategy: six likert questions at 2 (25) and because-competitors,
	 * reverse-scored (2 -> 75): (6 x 25 + 75) / 7 */
	assert_float_equal(src.in.dimensions[0].score, 225.0 / 7, 1e-9);
	assert_true(src.in.nrequests > 0);
	char *told = plan_basis_text(src.basis, false);
	assert_non_null(strstr(told, "the workspace: 6 respondent(s) to crm-readiness, 0 to "
			       "crm-capabilities"));
	free(told);
	plan_source_release(&src);
	engagement_release(&e);
}

static void plan_source_read__bad_severity__names_the_path(void **state)
{
	struct workspace_fixture *f = *state;
	char *file = xasprintf("%s/in.json", f->dir);
	FILE *fp = fopen(file, "w");
	assert_non_null(fp);
	fputs("{\"dimensions\": [{\"id\": \"data\", \"score\": 30}],\n"
	      " \"findings\": [{\"rule\": \"r\", \"severity\": \"grave\", \"initiatives\": [\"x\"]}]}",
	      fp);
	fclose(fp);
	struct plan_source src;
	assert_false(plan_source_read(file, &src, &f->d));
	assert_int_equal(src.in.ndimensions, 1);
	char *want = xasprintf("%s: findings[0].severity: found 'grave', expected one of info, "
			       "low, medium, high, critical", file);
	assert_string_equal(f->d.msgs[0].text, want);
	free(want);
	plan_source_release(&src);
	free(file);
}

static void plan_save__built_plan__stored_with_phase_goals(void **state)
{
	struct workspace_fixture *f = *state;
	struct engagement_plan ep;
	long start;
	assert_true(plan_date_parse("2026-03-02", &start));
	assert_true(engagement_plan_build(f->st, "crm-default-plan", NULL, start, LANG_EN, &ep,
					  &f->d));
	assert_true(ep.src.in.everything);
	struct plan_goal_sync gs;
	struct plan_changes ch;
	assert_true(plan_save(f->st, &ep.plan, ep.src.basis, "2026-03-01", &gs, &ch, &f->d));
	assert_true(gs.added > 0);
	assert_int_equal(gs.kept, 0);
	assert_false(ch.had_plan);
	plan_goal_sync_release(&gs);
	plan_changes_release(&ch);
	struct store_plan sp;
	assert_int_equal(store_plan_load(f->st, &sp, &f->d), 1);
	assert_string_equal(sp.start, "2026-03-02");
	assert_string_equal(sp.built_at, "2026-03-01");
	assert_int_equal(sp.nitems, ep.plan.nitems);
	store_plan_release(&sp);
	/* saved again: the same goals are kept with their ids, and nothing
	 * moved */
	assert_true(plan_save(f->st, &ep.plan, ep.src.basis, "2026-03-01", &gs, &ch, &f->d));
	assert_int_equal(gs.added, 0);
	assert_true(gs.kept > 0);
	assert_true(ch.had_plan);
	assert_int_equal(ch.n, 0);
	plan_goal_sync_release(&gs);
	plan_changes_release(&ch);
	engagement_plan_release(&ep);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(engagement_load__answers__rules_read_the_same_assessment, setup, teardown),
		cmocka_unit_test_setup_teardown(engagement_load__another_min_group__rules_read_their_own, setup, teardown),
		cmocka_unit_test_setup_teardown(engagement_load__only_unanswered__usage_error_names_answered, setup, teardown),
		cmocka_unit_test_setup_teardown(engagement_plan_source__nothing_known__whole_catalogue, setup, teardown),
		cmocka_unit_test_setup_teardown(engagement_plan_source__low_scores__dimensions_and_requests, setup, teardown),
		cmocka_unit_test_setup_teardown(plan_source_read__bad_severity__names_the_path, setup, teardown),
		cmocka_unit_test_setup_teardown(plan_save__built_plan__stored_with_phase_goals, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
