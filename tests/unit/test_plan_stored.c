/* Unit tests of the plan rules 'plan build', 'plan show' and 'status' take
 * from phases/: the default start, the saved plan with its goals, and the
 * goals that fail --fail-on. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../phases/plan.h"
#include "workspace_fixture.h"

static long day(const char *s)
{
	long d;
	assert_true(plan_date_parse(s, &d));
	return d;
}

static void plan_default_start__the_next_monday(void **state)
{
	(void)state;
	/* 2026-12-03 is a Thursday; a Monday starts a week later, not on itself. */
	assert_int_equal(plan_default_start(day("2026-12-03")), day("2026-12-07"));
	assert_int_equal(plan_default_start(day("2026-12-07")), day("2026-12-14"));
	assert_int_equal(plan_default_start(day("2026-12-13")), day("2026-12-14"));
}

static void goal_rows_count_at_least__missed_and_at_risk(void **state)
{
	(void)state;
	static const enum goal_state states[] = { GOAL_ACHIEVED, GOAL_ON_TRACK, GOAL_AT_RISK,
						  GOAL_MISSED, GOAL_TOO_EARLY, GOAL_NO_DATA,
						  GOAL_MISSED };
	struct goal_row v[7];
	memset(v, 0, sizeof v);
	for (size_t i = 0; i < 7; i++)
		v[i].status.state = states[i];
	struct goal_rows rows = { v, 7 };
	assert_int_equal(goal_rows_count_at_least(&rows, GOAL_MISSED), 2);
	/* too early and no data fail no check */
	assert_int_equal(goal_rows_count_at_least(&rows, GOAL_AT_RISK), 3);
	struct goal_rows none = { NULL, 0 };
	assert_int_equal(goal_rows_count_at_least(&none, GOAL_AT_RISK), 0);
}

static void goal_state_at_least_words__each_level(void **state)
{
	(void)state;
	assert_string_equal(goal_state_at_least_words(GOAL_MISSED), "missed");
	assert_string_equal(goal_state_at_least_words(GOAL_AT_RISK), "at risk or missed");
}

static void plan_stored_load__no_plan__dataerr(void **state)
{
	(void)state;
	struct workspace_fixture *f = workspace_fixture_new();
	struct plan_stored ps;
	assert_false(plan_stored_load(f->st, &ps, &f->d));
	assert_int_equal(f->d.worst, EXIT_DATAERR);
	assert_non_null(strstr(f->d.msgs[0].text, "there is no plan in"));
	assert_non_null(strstr(f->d.msgs[0].text, "run 'crmready plan build' first"));
	assert_null(ps.plan);
	plan_stored_release(&ps);
	workspace_fixture_free(f);
}

static void plan_stored_load__saved_plan__read_back(void **state)
{
	(void)state;
	struct workspace_fixture *f = workspace_fixture_new();
	struct store_plan p;
	memset(&p, 0, sizeof p);
	p.catalogue = "crm-default-plan";
	p.catalogue_version = 1;
	p.start = "2026-12-07";
	p.built_at = "2026-12-03";
	p.basis = "test";
	assert_true(store_begin(f->st, &f->d));
	assert_true(store_plan_save(f->st, &p, &f->d));
	assert_true(store_commit(f->st, &f->d));
	struct plan_stored ps;
	assert_true(plan_stored_load(f->st, &ps, &f->d));
	assert_non_null(ps.plan);
	assert_string_equal(ps.plan->catalogue, "crm-default-plan");
	assert_string_equal(ps.plan->start, "2026-12-07");
	assert_int_equal(ps.ngoals, 0);
	assert_int_equal(f->d.n, 0);
	plan_stored_release(&ps);
	workspace_fixture_free(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plan_default_start__the_next_monday),
		cmocka_unit_test(goal_rows_count_at_least__missed_and_at_risk),
		cmocka_unit_test(goal_state_at_least_words__each_level),
		cmocka_unit_test(plan_stored_load__no_plan__dataerr),
		cmocka_unit_test(plan_stored_load__saved_plan__read_back),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
