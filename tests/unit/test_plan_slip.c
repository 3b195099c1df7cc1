/* Unit tests of phases/plan_slip: how far each initiative and phase moved
 * against a baseline and why, the phase verdicts and gate decisions. Day
 * numbers are small integers; every expected slip is the difference of two
 * of them, worked out beside each case. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../phases/plan.h"

/* An initiative in the baseline and the plan at the same dates, as planned. */
static struct slip_item held(const char *id, const char *phase, long start, long end)
{
	return (struct slip_item){
		.id = id, .phase = phase, .in_baseline = true, .in_plan = true,
		.base_start = start, .base_end = end, .plan_start = start, .plan_end = end,
		.start = start, .end = end, .today = 90,
	};
}

static void plan_slips__on_plan__no_slip_no_reason(void **state)
{
	(void)state;
	struct slip_item it = held("a", "p1", 100, 113);
	struct plan_slip out[1];
	plan_slips_compute(&it, 1, NULL, 0, out);
	assert_int_equal(out[0].start_days, 0);
	assert_int_equal(out[0].end_days, 0);
	assert_int_equal(out[0].why, SLIP_WHY_NONE);
}

static void plan_slips__actual_start__the_actual_date(void **state)
{
	(void)state;
	/* started on 107 instead of 100: +7; forecast end 120 instead of 113: +7 */
	struct slip_item it = held("a", "p1", 100, 113);
	it.start = 107;
	it.start_basis = SLIP_ACTUAL;
	it.end = 120;
	it.end_basis = SLIP_FORECAST;
	struct plan_slip out[1];
	plan_slips_compute(&it, 1, NULL, 0, out);
	assert_int_equal(out[0].start_days, 7);
	assert_int_equal(out[0].end_days, 7);
	assert_int_equal(out[0].why, SLIP_WHY_ACTUAL);
	assert_true(out[0].why_start);
	assert_int_equal(out[0].why_day, 107);
}

static void plan_slips__late_dependency__names_it(void **state)
{
	(void)state;
	/* a ended on 120, 7 days after its baseline 113; b waits for it: starts
	 * 121 (the day after), 7 days after its baseline 114, ends 134 (+7) */
	static const char *const deps[] = { "a" };
	struct slip_item it[2] = { held("a", "p1", 100, 113), held("b", "p1", 114, 127) };
	it[0].start_basis = SLIP_ACTUAL;
	it[0].end = 120;
	it[0].end_basis = SLIP_ACTUAL;
	it[1].start = 121;
	it[1].end = 134;
	it[1].start_basis = it[1].end_basis = SLIP_FORECAST;
	it[1].not_started = true;
	it[1].depends_on = deps;
	it[1].ndepends = 1;
	struct plan_slip out[2];
	plan_slips_compute(it, 2, NULL, 0, out);
	assert_int_equal(out[0].why, SLIP_WHY_ACTUAL);
	assert_false(out[0].why_start);
	assert_int_equal(out[0].end_days, 7);
	assert_int_equal(out[1].start_days, 7);
	assert_int_equal(out[1].end_days, 7);
	assert_int_equal(out[1].why, SLIP_WHY_DEPENDENCY);
	assert_string_equal(out[1].why_ref, "a");
	assert_int_equal(out[1].why_days, 7);
	assert_int_equal(out[1].why_basis, SLIP_ACTUAL);
}

static void plan_slips__dependency_not_binding__not_started(void **state)
{
	(void)state;
	/* a ends 120 (+7), but b's forecast start is today, 130, well after
	 * 121: a does not hold it back; it is simply not started (+16) */
	static const char *const deps[] = { "a" };
	struct slip_item it[2] = { held("a", "p1", 100, 113), held("b", "p1", 114, 127) };
	it[0].end = 120;
	it[0].end_basis = SLIP_ACTUAL;
	it[1].start = 130;
	it[1].end = 143;
	it[1].start_basis = it[1].end_basis = SLIP_FORECAST;
	it[1].not_started = true;
	it[1].today = 130;
	it[1].depends_on = deps;
	it[1].ndepends = 1;
	struct plan_slip out[2];
	plan_slips_compute(it, 2, NULL, 0, out);
	assert_int_equal(out[1].start_days, 16);
	assert_int_equal(out[1].why, SLIP_WHY_NOT_STARTED);
	assert_int_equal(out[1].why_day, 130);
}

static void plan_slips__rebuilt_pushed__capacity_with_figures(void **state)
{
	(void)state;
	/* the rebuilt plan put it 4 weeks later (128 vs 100: +28) because
	 * phase p1 had 2 of 10 person-weeks left */
	struct slip_item it = held("a", "p2", 100, 113);
	it.plan_start = it.start = 128;
	it.plan_end = it.end = 141;
	it.has_placement = true;
	it.placement = REASON_PUSHED;
	it.placement_ref = "p1";
	it.placement_value = 2;
	it.placement_value2 = 10;
	struct plan_slip out[1];
	plan_slips_compute(&it, 1, NULL, 0, out);
	assert_int_equal(out[0].start_days, 28);
	assert_int_equal(out[0].end_days, 28);
	assert_int_equal(out[0].why, SLIP_WHY_CAPACITY);
	assert_string_equal(out[0].why_ref, "p1");
	assert_true(out[0].why_value == 2 && out[0].why_value2 == 10);
}

static void plan_slips__rebuilt_moved__rebuild(void **state)
{
	(void)state;
	struct slip_item it = held("a", "p1", 100, 113);
	it.plan_start = it.start = 107;
	it.plan_end = it.end = 120;
	struct plan_slip out[1];
	plan_slips_compute(&it, 1, NULL, 0, out);
	assert_int_equal(out[0].why, SLIP_WHY_REBUILD);
	assert_null(out[0].why_ref);
}

static void plan_slips__added_and_dropped__no_figures(void **state)
{
	(void)state;
	struct slip_item it[2] = { held("new", "p1", 100, 113), held("old", "p1", 100, 113) };
	it[0].in_baseline = false;
	it[1].in_plan = false;
	struct plan_slip out[2];
	plan_slips_compute(it, 2, NULL, 0, out);
	assert_int_equal(out[0].why, SLIP_WHY_ADDED);
	assert_int_equal(out[1].why, SLIP_WHY_DROPPED);
	assert_int_equal(out[0].end_days, 0);
}

static void plan_slips__phase__stretched_by_its_latest_initiative(void **state)
{
	(void)state;
	/* p1 planned 100..160 then and now; x ends 170 (+10 against its 160):
	 * p1 ends 170, 10 days late, because of x. p2 was rebuilt 7 days later. */
	struct slip_item it[2] = { held("x", "p1", 140, 160), held("y", "p1", 100, 120) };
	it[0].end = 170;
	it[0].end_basis = SLIP_FORECAST;
	struct slip_phase ph[2] = {
		{ "p1", true, true, 100, 160, 100, 160 },
		{ "p2", true, true, 161, 200, 168, 207 },
	};
	struct plan_slip out[4];
	plan_slips_compute(it, 2, ph, 2, out);
	assert_true(out[2].is_phase);
	assert_int_equal(out[2].start_days, 0);
	assert_int_equal(out[2].end_days, 10);
	assert_int_equal(out[2].end_basis, SLIP_FORECAST);
	assert_int_equal(out[2].why, SLIP_WHY_INITIATIVE);
	assert_string_equal(out[2].why_ref, "x");
	assert_int_equal(out[2].why_days, 10);
	assert_int_equal(out[3].start_days, 7);
	assert_int_equal(out[3].why, SLIP_WHY_REBUILD);
}

static void plan_phase_verdict__each_rule(void **state)
{
	(void)state;
	size_t c[GOAL_NSTATES] = { 0 };
	assert_int_equal(plan_phase_verdict(c), VERDICT_NO_GOALS);
	c[GOAL_TOO_EARLY] = 2;
	c[GOAL_NO_DATA] = 1;
	assert_int_equal(plan_phase_verdict(c), VERDICT_OPEN);
	c[GOAL_ON_TRACK] = 1;
	assert_int_equal(plan_phase_verdict(c), VERDICT_ON_TRACK);
	c[GOAL_AT_RISK] = 1;
	assert_int_equal(plan_phase_verdict(c), VERDICT_AT_RISK);
	c[GOAL_MISSED] = 1;
	assert_int_equal(plan_phase_verdict(c), VERDICT_BEHIND);
	size_t all[GOAL_NSTATES] = { [GOAL_ACHIEVED] = 3 };
	assert_int_equal(plan_phase_verdict(all), VERDICT_MET);
	assert_string_equal(phase_verdict_name(VERDICT_AT_RISK), "at-risk");
}

static void gate_decision__the_three_words(void **state)
{
	(void)state;
	enum gate_decision g;
	assert_true(gate_decision_parse("go-with-conditions", &g));
	assert_int_equal(g, GATE_GO_WITH_CONDITIONS);
	assert_string_equal(gate_decision_name(GATE_HOLD), "hold");
	assert_false(gate_decision_parse("Go", &g));
	assert_false(gate_decision_parse("go with conditions", &g));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plan_slips__on_plan__no_slip_no_reason),
		cmocka_unit_test(plan_slips__actual_start__the_actual_date),
		cmocka_unit_test(plan_slips__late_dependency__names_it),
		cmocka_unit_test(plan_slips__dependency_not_binding__not_started),
		cmocka_unit_test(plan_slips__rebuilt_pushed__capacity_with_figures),
		cmocka_unit_test(plan_slips__rebuilt_moved__rebuild),
		cmocka_unit_test(plan_slips__added_and_dropped__no_figures),
		cmocka_unit_test(plan_slips__phase__stretched_by_its_latest_initiative),
		cmocka_unit_test(plan_phase_verdict__each_rule),
		cmocka_unit_test(gate_decision__the_three_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
