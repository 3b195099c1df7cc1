/* Unit tests of phases/plan_forecast and plan_changes: the forecast of
 * each initiative from what was done, lateness, the dependency that delays
 * it; what a rebuilt plan added, dropped and moved. Day numbers are
 * plain integers here (day 100 = any day); every expectation is worked
 * out by hand in the comment above it. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/diag.h"
#include "../../phases/plan.h"
#include "../../store/store.h"

static struct plan_track_in item(long start, long end)
{
	return (struct plan_track_in){ .planned_start = start, .planned_end = end,
				       .status = PLAN_NOT_STARTED, .started = PLAN_NO_DAY,
				       .done = PLAN_NO_DAY, .percent = -1 };
}

static void forecast(struct plan_track_in *in, size_t n, long today, struct plan_track_out *out)
{
	struct diag d;
	diag_init(&d);
	assert_true(plan_forecast(in, n, today, out, &d));
	diag_release(&d);
}

/* Before its start nothing moves: planned dates, on time, no cause. */
static void plan_forecast__before_start__planned_dates(void **state)
{
	(void)state;
	struct plan_track_in in[] = { item(100, 113) };
	struct plan_track_out out[1];
	forecast(in, 1, 90, out);
	assert_int_equal(out[0].start, 100);
	assert_int_equal(out[0].end, 113);
	assert_true(out[0].start_forecast && out[0].end_forecast);
	assert_int_equal(out[0].late, PLAN_ON_TIME);
	assert_int_equal(out[0].cause, PLAN_CAUSE_NONE);
}

/* Not started on day 105 (planned 100..113, D = 14): starts today, ends
 * 105 + 13 = 118, 5 days after the plan; not late yet (its end is ahead). */
static void plan_forecast__not_started_after_planned_start__starts_today(void **state)
{
	(void)state;
	struct plan_track_in in[] = { item(100, 113) };
	struct plan_track_out out[1];
	forecast(in, 1, 105, out);
	assert_int_equal(out[0].start, 105);
	assert_int_equal(out[0].end, 118);
	assert_int_equal(out[0].end_slip, 5);
	assert_int_equal(out[0].late, PLAN_ON_TIME);
	assert_int_equal(out[0].cause, PLAN_CAUSE_NOT_STARTED);
	/* on day 120 it is overdue by 120 - 113 = 7 days */
	forecast(in, 1, 120, out);
	assert_int_equal(out[0].late, PLAN_LATE_OVERDUE);
	assert_int_equal(out[0].late_days, 7);
}

/* Done: its actual dates; finished 117 against 113 is 4 days late; started
 * 103 against 100 is the cause. */
static void plan_forecast__done_late__finished_late(void **state)
{
	(void)state;
	struct plan_track_in in[] = { item(100, 113) };
	in[0].status = PLAN_DONE;
	in[0].started = 103;
	in[0].done = 117;
	struct plan_track_out out[1];
	forecast(in, 1, 130, out);
	assert_int_equal(out[0].start, 103);
	assert_int_equal(out[0].end, 117);
	assert_false(out[0].end_forecast);
	assert_int_equal(out[0].late, PLAN_LATE_FINISHED);
	assert_int_equal(out[0].late_days, 4);
	assert_int_equal(out[0].cause, PLAN_CAUSE_STARTED_LATE);
}

/* In progress from 107 (planned 100..113, D = 14): ends 107 + 13 = 120;
 * started 7 days late. With 25% done on day 110: 14 x 75% = 10.5, so 11
 * days left, ending 110 + 10 = 120 as well; with 10% on day 110: 12.6 ->
 * 13 days left, 110 + 12 = 122. */
static void plan_forecast__in_progress__keeps_duration_and_percent_left(void **state)
{
	(void)state;
	struct plan_track_in in[] = { item(100, 113) };
	in[0].status = PLAN_IN_PROGRESS;
	in[0].started = 107;
	struct plan_track_out out[1];
	forecast(in, 1, 108, out);
	assert_int_equal(out[0].end, 120);
	assert_int_equal(out[0].late, PLAN_LATE_STARTED);
	assert_int_equal(out[0].late_days, 7);
	in[0].percent = 25;
	forecast(in, 1, 110, out);
	assert_int_equal(out[0].end, 120);
	in[0].percent = 10;
	forecast(in, 1, 110, out);
	assert_int_equal(out[0].end, 122);
	assert_int_equal(out[0].end_slip, 9);
}

/* In progress past its forecast end: it ends no earlier than today. */
static void plan_forecast__in_progress_overrun__ends_today(void **state)
{
	(void)state;
	struct plan_track_in in[] = { item(100, 113) };
	in[0].status = PLAN_IN_PROGRESS;
	in[0].started = 100;
	struct plan_track_out out[1];
	forecast(in, 1, 125, out);
	assert_int_equal(out[0].end, 125);
	assert_int_equal(out[0].late, PLAN_LATE_OVERDUE);
	assert_int_equal(out[0].late_days, 12);
	assert_int_equal(out[0].cause, PLAN_CAUSE_OVERRUN);
}

/* a (100..113) done on 134, three weeks late; b depends on a (planned
 * 114..127, D = 14): starts the day after, 135, ends 148; c depends on b
 * (128..134, D = 7): starts 149, ends 155; d (no dependency) is untouched.
 * b's cause is a (21 days late), c's is b (forecast 21 days late). Listed
 * out of order: the forecast follows the dependencies, not the array. */
static void plan_forecast__late_dependency__delays_downstream(void **state)
{
	(void)state;
	size_t dep_b[] = { 2 }, dep_c[] = { 0 };
	struct plan_track_in in[] = { item(128, 134), item(100, 120), item(100, 113), item(114, 127) };
	/* 0 = c, 1 = d, 2 = a, 3 = b */
	in[2].status = PLAN_DONE;
	in[2].started = 100;
	in[2].done = 134;
	in[3].deps = dep_b;
	in[3].ndeps = 1;
	dep_c[0] = 3;
	in[0].deps = dep_c;
	in[0].ndeps = 1;
	struct plan_track_out out[4];
	forecast(in, 4, 134, out);
	assert_int_equal(out[2].late_days, 21);
	assert_int_equal(out[3].start, 135);
	assert_int_equal(out[3].end, 148);
	assert_int_equal(out[3].cause, PLAN_CAUSE_DEPENDENCY);
	assert_int_equal(out[3].cause_item, 2);
	assert_int_equal(out[3].cause_days, 21);
	/* b's planned end 127 is past on day 134: overdue 7 days */
	assert_int_equal(out[3].late, PLAN_LATE_OVERDUE);
	assert_int_equal(out[0].start, 149);
	assert_int_equal(out[0].end, 155);
	assert_int_equal(out[0].cause_item, 3);
	assert_int_equal(out[0].cause_days, 21);
	assert_int_equal(out[1].start, 134);   /* d: not started, starts today */
	assert_int_equal(out[1].cause, PLAN_CAUSE_NOT_STARTED);
}

/* A dropped dependency constrains nothing, and a dropped initiative keeps
 * its planned dates and is never late. */
static void plan_forecast__dropped__delays_nothing(void **state)
{
	(void)state;
	size_t dep[] = { 0 };
	struct plan_track_in in[] = { item(100, 113), item(114, 120) };
	in[0].status = PLAN_DROPPED;
	in[1].deps = dep;
	in[1].ndeps = 1;
	struct plan_track_out out[2];
	forecast(in, 2, 110, out);
	assert_int_equal(out[0].late, PLAN_ON_TIME);
	assert_int_equal(out[0].end, 113);
	assert_int_equal(out[1].start, 114);
	assert_int_equal(out[1].cause, PLAN_CAUSE_NONE);
}

static void plan_forecast__cycle__fails(void **state)
{
	(void)state;
	size_t d0[] = { 1 }, d1[] = { 0 };
	struct plan_track_in in[] = { item(100, 113), item(100, 113) };
	in[0].deps = d0;
	in[0].ndeps = 1;
	in[1].deps = d1;
	in[1].ndeps = 1;
	struct plan_track_out out[2];
	struct diag d;
	diag_init(&d);
	assert_false(plan_forecast(in, 2, 100, out, &d));
	assert_true(diag_has_errors(&d));
	diag_release(&d);
}

static void plan_status__names__parse_back(void **state)
{
	(void)state;
	enum plan_status s;
	for (int i = 0; i < PLAN_NSTATUS; i++) {
		assert_true(plan_status_parse(plan_status_name((enum plan_status)i), &s));
		assert_int_equal(s, i);
	}
	assert_true(plan_status_parse("In-Progress", &s));
	assert_int_equal(s, PLAN_IN_PROGRESS);
	assert_false(plan_status_parse("finished", &s));
}

static struct store_plan_item plan_item(const char *id, const char *phase, const char *start,
					const char *end)
{
	return (struct store_plan_item){ .initiative = (char *)id, .phase = (char *)phase,
					 .start = (char *)start, .end = (char *)end };
}

/* old: a, b, c; new: a (same), c moved to phase two and 14 days later
 * (start) and 21 days later (end), d added; b dropped, with actuals. */
static void plan_changes__rebuild__added_dropped_moved(void **state)
{
	(void)state;
	struct store_plan_item old_items[] = {
		plan_item("a", "one", "2026-01-05", "2026-01-18"),
		plan_item("b", "one", "2026-01-19", "2026-02-01"),
		plan_item("c", "one", "2026-01-19", "2026-02-08"),
	};
	struct store_plan_item new_items[] = {
		plan_item("a", "one", "2026-01-05", "2026-01-18"),
		plan_item("d", "one", "2026-01-19", "2026-02-01"),
		plan_item("c", "two", "2026-02-02", "2026-03-01"),
	};
	struct store_plan old = { .built_at = (char *)"2026-01-02", .items = old_items, .nitems = 3 };
	struct store_plan new_plan = { .items = new_items, .nitems = 3 };
	struct store_plan_exec exec[] = { { .initiative = (char *)"b", .status = (char *)"done",
					    .done = (char *)"2026-01-30", .percent = -1 } };
	struct plan_changes c;
	plan_changes_compare(&old, &new_plan, exec, 1, &c);
	assert_true(c.had_plan);
	assert_int_equal(c.n, 3);
	assert_int_equal(c.added, 1);
	assert_int_equal(c.dropped, 1);
	assert_int_equal(c.moved, 1);
	assert_int_equal(c.v[0].kind, PLAN_CHANGE_ADDED);
	assert_string_equal(c.v[0].initiative, "d");
	assert_int_equal(c.v[1].kind, PLAN_CHANGE_DROPPED);
	assert_true(c.v[1].had_actuals);
	assert_int_equal(c.v[2].kind, PLAN_CHANGE_MOVED);
	assert_string_equal(c.v[2].new_phase, "two");
	assert_int_equal(c.v[2].start_shift, 14);
	assert_int_equal(c.v[2].end_shift, 21);
	plan_changes_release(&c);
	/* the first plan: nothing to compare */
	plan_changes_compare(NULL, &new_plan, NULL, 0, &c);
	assert_false(c.had_plan);
	assert_int_equal(c.n, 0);
	plan_changes_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plan_forecast__before_start__planned_dates),
		cmocka_unit_test(plan_forecast__not_started_after_planned_start__starts_today),
		cmocka_unit_test(plan_forecast__done_late__finished_late),
		cmocka_unit_test(plan_forecast__in_progress__keeps_duration_and_percent_left),
		cmocka_unit_test(plan_forecast__in_progress_overrun__ends_today),
		cmocka_unit_test(plan_forecast__late_dependency__delays_downstream),
		cmocka_unit_test(plan_forecast__dropped__delays_nothing),
		cmocka_unit_test(plan_forecast__cycle__fails),
		cmocka_unit_test(plan_status__names__parse_back),
		cmocka_unit_test(plan_changes__rebuild__added_dropped_moved),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
