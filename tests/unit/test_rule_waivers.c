/* Unit tests of rule_findings_apply_waivers and rule_waiver_holds: which
 * fired findings a waiver holds out, on which days, and the note an
 * expired one leaves. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/xalloc.h"
#include "../../rules/rules.h"
#include "../../store/store.h"

static struct rule rules[] = {
	{ .id = "a-critical", .severity = SEVERITY_CRITICAL },
	{ .id = "b-high", .severity = SEVERITY_HIGH },
	{ .id = "c-medium", .severity = SEVERITY_MEDIUM },
};

/* Waivers sorted by rule, as store_waiver_list gives them. */
static struct store_waiver waivers[] = {
	{ .rule = "a-critical", .until = "2027-01-31", .who = "sara", .reason = "licences move" },
	{ .rule = "c-medium", .until = "2026-12-31", .who = "ali", .reason = "known" },
	{ .rule = "z-not-fired", .until = "2027-12-31", .who = "ali", .reason = "never fires" },
};

/* The three rules fired, most severe first. */
static void fired3(struct rule_findings *f)
{
	memset(f, 0, sizeof *f);
	f->fired = xcalloc(3, sizeof *f->fired);
	for (size_t i = 0; i < 3; i++)
		f->fired[f->nfired++] = (struct rule_finding){ .rule = &rules[i] };
}

static void rule_waiver_holds__through_until__not_after(void **state)
{
	(void)state;
	assert_true(rule_waiver_holds(&waivers[0], "2026-12-01"));
	assert_true(rule_waiver_holds(&waivers[0], "2027-01-31"));   /* its last day */
	assert_false(rule_waiver_holds(&waivers[0], "2027-02-01"));
}

static void apply_waivers__holding__moved_to_waived_in_order(void **state)
{
	(void)state;
	struct rule_findings f;
	fired3(&f);
	/* 2026-12-15: both waivers of fired rules hold; b-high keeps firing */
	rule_findings_apply_waivers(&f, waivers, 3, "2026-12-15");
	assert_int_equal(f.nfired, 1);
	assert_string_equal(f.fired[0].rule->id, "b-high");
	assert_null(f.fired[0].waiver);
	assert_int_equal(f.nwaived, 2);
	assert_string_equal(f.waived[0].rule->id, "a-critical");
	assert_ptr_equal(f.waived[0].waiver, &waivers[0]);
	assert_string_equal(f.waived[1].rule->id, "c-medium");
	/* --fail-on: the waived critical does not count, the high one does */
	assert_false(rule_findings_fired_at_least(&f, SEVERITY_CRITICAL));
	assert_true(rule_findings_fired_at_least(&f, SEVERITY_HIGH));
	rule_findings_release(&f);
}

static void apply_waivers__expired__fires_again_with_its_waiver(void **state)
{
	(void)state;
	struct rule_findings f;
	fired3(&f);
	/* 2027-01-10: c-medium's waiver ended 2026-12-31, a-critical's holds */
	rule_findings_apply_waivers(&f, waivers, 3, "2027-01-10");
	assert_int_equal(f.nfired, 2);
	assert_string_equal(f.fired[0].rule->id, "b-high");
	assert_null(f.fired[0].waiver);
	assert_string_equal(f.fired[1].rule->id, "c-medium");
	assert_ptr_equal(f.fired[1].waiver, &waivers[1]);   /* the note's waiver */
	assert_int_equal(f.nwaived, 1);
	/* the view --min-severity makes keeps the waived ones apart too */
	struct rule_findings v;
	rule_findings_at_least(&f, SEVERITY_HIGH, &v);
	assert_int_equal(v.nfired, 1);
	assert_int_equal(v.nwaived, 1);
	rule_findings_view_release(&v);
	rule_findings_release(&f);
}

static void apply_waivers__none__unchanged(void **state)
{
	(void)state;
	struct rule_findings f;
	fired3(&f);
	rule_findings_apply_waivers(&f, NULL, 0, "2027-01-10");
	assert_int_equal(f.nfired, 3);
	assert_int_equal(f.nwaived, 0);
	rule_findings_release(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(rule_waiver_holds__through_until__not_after),
		cmocka_unit_test(apply_waivers__holding__moved_to_waived_in_order),
		cmocka_unit_test(apply_waivers__expired__fires_again_with_its_waiver),
		cmocka_unit_test(apply_waivers__none__unchanged),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
