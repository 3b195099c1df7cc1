/* Unit tests of metrics/metric_final.c: which weeks are in progress
 * (docs/adoption.md: Incomplete weeks) and the readers that judge only final values. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "../../core/timex.h"
#include "../../core/xalloc.h"
#include "../../metrics/metrics.h"

/* 2026-11-16 is a Monday; its week ends Sunday 2026-11-22 23:59:59 UTC. */
static int64_t at(const char *iso)
{
	int64_t ts;
	assert_int_equal(timex_parse_time(iso, strlen(iso), &ts), TIMEX_OK);
	return ts;
}

static int64_t day(const char *date)
{
	int64_t d;
	assert_int_equal(timex_parse_date(date, strlen(date), &d), TIMEX_OK);
	return d;
}

static void adoption_week_in_progress__sunday_last_second__complete(void **state)
{
	(void)state;
	struct adoption_reach r = { true, at("2026-11-22T23:59:59Z") };
	assert_false(adoption_week_in_progress(&r, day("2026-11-16")));
	assert_false(adoption_week_in_progress(&r, day("2026-11-22")));  /* any day of it */
	assert_true(adoption_week_in_progress(&r, day("2026-11-23")));   /* the next week */
	r.last_ts = at("2026-11-22T23:59:58Z");
	assert_true(adoption_week_in_progress(&r, day("2026-11-16")));
	assert_false(adoption_week_in_progress(&r, day("2026-11-09")));
}

static void adoption_week_in_progress__monday_morning__week_and_later_in_progress(void **state)
{
	(void)state;
	struct adoption_reach r = { true, at("2026-11-23T08:00:00Z") };
	assert_false(adoption_date_in_progress(&r, "2026-11-16"));
	assert_true(adoption_date_in_progress(&r, "2026-11-23"));
	assert_true(adoption_date_in_progress(&r, "2026-11-30"));   /* after the logs' end */
	assert_true(adoption_date_in_progress(&r, "2027-06-07"));
	assert_false(adoption_date_in_progress(&r, "not a date"));
	char buf[32];
	adoption_reach_format(&r, buf);
	assert_string_equal(buf, "2026-11-23 08:00:00");
}

static void adoption_week_in_progress__no_import__never(void **state)
{
	(void)state;
	struct adoption_reach r = { false, 0 };
	assert_false(adoption_date_in_progress(&r, "2026-11-23"));
	char buf[32];
	adoption_reach_format(&r, buf);
	assert_string_equal(buf, "");
}

static void adoption_value_in_progress__other_families__always_final(void **state)
{
	(void)state;
	struct adoption_reach r = { true, at("2026-11-23T08:00:00Z") };
	assert_true(adoption_value_in_progress(&r, "adoption.active_rate", "2026-11-23"));
	assert_false(adoption_value_in_progress(&r, "adoption.active_rate", "2026-11-16"));
	assert_false(adoption_value_in_progress(&r, "dq.score", "2026-11-23"));
	assert_false(adoption_value_in_progress(&r, "training.completion", "2026-11-30"));
}

/* A workspace with weekly rates 0.6, 0.8 (complete) and 0.2 (in progress). */
#include "workspace_fixture.h"

static int setup(void **state)
{
	struct workspace_fixture *f = workspace_fixture_new();
	assert_true(store_begin(f->st, &f->d));
	static const char *const dates[] = { "2026-11-09", "2026-11-16", "2026-11-23" };
	static const double rates[] = { 0.6, 0.8, 0.2 };
	for (int i = 0; i < 3; i++)
		assert_true(store_metric_put(f->st, "adoption.active_rate", "", dates[i], rates[i],
					     "adoption", &f->d));
	assert_true(store_metric_put(f->st, "dq.score", "entity=Contact", "2026-11-23", 0.7, "dq",
				     &f->d));
	assert_true(store_commit(f->st, &f->d));
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	workspace_fixture_free(*state);
	return 0;
}

static void import(struct workspace_fixture *f, const char *file, const char *last)
{
	struct store_adoption_import im = { file, 10, at("2026-11-09T08:00:00Z"), at(last), true };
	assert_true(store_begin(f->st, &f->d));
	assert_true(store_adoption_import_add(f->st, &im, &f->d));
	assert_true(store_commit(f->st, &f->d));
}

static bool count(const struct store_metric *m, void *arg)
{
	(void)m;
	(*(int *)arg)++;
	return true;
}

static void metric_latest_final__no_import__latest_value(void **state)
{
	struct workspace_fixture *f = *state;
	struct store_metric m;
	assert_int_equal(metric_latest_final(f->st, "adoption.active_rate", "", &m, NULL, &f->d), 1);
	assert_string_equal(m.date, "2026-11-23");
	store_metric_release(&m);
}

static void metric_latest_final__monday_export__last_complete_week(void **state)
{
	struct workspace_fixture *f = *state;
	import(f, "a.csv", "2026-11-23T08:00:00Z");
	struct store_metric m;
	assert_int_equal(metric_latest_final(f->st, "adoption.active_rate", "", &m, NULL, &f->d), 1);
	assert_string_equal(m.date, "2026-11-16");
	assert_true(m.value == 0.8);
	store_metric_release(&m);
	int n = 0;
	assert_true(metric_each_final(f->st, "adoption.*", NULL, count, &n, &f->d));
	assert_int_equal(n, 2);
	/* other families are never held back */
	assert_int_equal(metric_latest_final(f->st, "dq.score", "entity=Contact", &m, NULL, &f->d), 1);
	assert_string_equal(m.date, "2026-11-23");
	store_metric_release(&m);
	/* a later export reaching Sunday's last second completes the week */
	import(f, "b.csv", "2026-11-29T23:59:59Z");
	assert_int_equal(metric_latest_final(f->st, "adoption.active_rate", "", &m, NULL, &f->d), 1);
	assert_string_equal(m.date, "2026-11-23");
	store_metric_release(&m);
}

static void metric_latest_final__only_weeks_in_progress__none(void **state)
{
	struct workspace_fixture *f = *state;
	import(f, "a.csv", "2026-11-09T10:00:00Z");
	struct store_metric m;
	assert_int_equal(metric_latest_final(f->st, "adoption.active_rate", "", &m, NULL, &f->d), 0);
	assert_int_equal(metric_latest_final(f->st, "adoption.active_rate", "department=X", &m, NULL,
						 &f->d), 0);
}

static void store_adoption_import_add__same_file_again__one_row(void **state)
{
	struct workspace_fixture *f = *state;
	import(f, "a.csv", "2026-11-23T08:00:00Z");
	import(f, "a.csv", "2026-11-23T08:00:00Z");
	import(f, "a.csv", "2026-11-22T08:00:00Z");   /* the same name, another log */
	int64_t last = 0;
	assert_int_equal(store_adoption_imports_reach(f->st, &last, &f->d), 1);
	assert_true(last == at("2026-11-23T08:00:00Z"));
	assert_int_equal(f->d.errors, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(adoption_week_in_progress__sunday_last_second__complete),
		cmocka_unit_test(adoption_week_in_progress__monday_morning__week_and_later_in_progress),
		cmocka_unit_test(adoption_week_in_progress__no_import__never),
		cmocka_unit_test(adoption_value_in_progress__other_families__always_final),
		cmocka_unit_test_setup_teardown(metric_latest_final__no_import__latest_value, setup,
						teardown),
		cmocka_unit_test_setup_teardown(metric_latest_final__monday_export__last_complete_week,
						setup, teardown),
		cmocka_unit_test_setup_teardown(metric_latest_final__only_weeks_in_progress__none,
						setup, teardown),
		cmocka_unit_test_setup_teardown(store_adoption_import_add__same_file_again__one_row,
						setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
