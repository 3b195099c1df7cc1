/* Unit tests of phases/: catalogue validation, selection, ranking, order,
 * placement, dates and goal status. Expectations are worked out by hand in
 * the comments. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/embedded.h"
#include "../../core/i18n.h"
#include "../../core/xalloc.h"
#include "../../metrics/metrics.h"
#include "../../phases/plan.h"
#include "../../store/store.h"
#include "workspace_fixture.h"

/* The shipped default, as embedded in the binary. */
static struct catalogue *load_shipped(struct diag *d)
{
	const struct embedded_file *f = content_find("plans/crm-default-plan.yaml");
	return f ? catalogue_load_buffer(f->name, f->data, f->len, d) : NULL;
}

/* Messages in the language whose code is code (native digits) from now on. */
static void use_lang(const char *code)
{
	lang_id l;
	assert_true(lang_parse(code, &l));
	i18n_use(l, true);
}

/* True when some message of d contains text (position included). */
static bool diag_has(const struct diag *d, const char *text)
{
	for (size_t i = 0; i < d->n; i++) {
		char line[1024];
		snprintf(line, sizeof line, "%s: %s", d->msgs[i].where ? d->msgs[i].where : "",
			 d->msgs[i].text);
		if (strstr(line, text))
			return true;
	}
	return false;
}

static void dump(const struct diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		fprintf(stderr, "  %s: %s\n", d->msgs[i].where ? d->msgs[i].where : "", d->msgs[i].text);
}

static struct catalogue *load(const char *yaml, struct diag *d)
{
	return catalogue_load_buffer("t.yaml", yaml, strlen(yaml), d);
}

/* Two phases of 2 and 3 weeks, capacity 10 each; a <- b <- c chain, and d. */
static const char SMALL[] =
	"id: small\n"
	"version: 1\n"
	"title: Small\n"
	"selection: {dimension_below: 50}\n"
	"initiatives:\n"
	"  - {id: a, title: A, addresses: [leadership], effort: 4, duration: 1, impact: 5, risk: 1, phase: one}\n"
	"  - {id: b, title: B, addresses: [data], effort: 4, duration: 1, impact: 3, risk: 2, depends_on: [a], phase: one}\n"
	"  - {id: c, title: C, addresses: [crm-cap], effort: 9, duration: 2, impact: 4, risk: 3, depends_on: [b], phase: one}\n"
	"  - {id: d, title: D, addresses: [people], effort: 4, duration: 1, impact: 2, risk: 1, phase: two}\n"
	"phases:\n"
	"  - {id: one, title: One, duration: 2, capacity: 10, goals: [{metric: dq.score, op: '>=', target: 0.7, scope: entity=Contact, sub_goals: [{metric: dq.duplicate_rate, op: '<=', target: 0.05}]}]}\n"
	"  - {id: two, title: Two, duration: 3, capacity: 10}\n";

/* ---- catalogue validation ---- */

static void catalogue_load__valid__resolves_everything(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct catalogue *c = load(SMALL, &d);
	if (!c)
		dump(&d);
	assert_non_null(c);
	assert_int_equal(c->ninitiatives, 4);
	assert_int_equal(c->nphases, 2);
	assert_true(c->dimension_below == 50);
	assert_int_equal(c->initiatives[2].deps[0], 1);
	assert_int_equal(c->initiatives[3].phase, 1);
	assert_int_equal(c->phases[0].goals[0].nsub_goals, 1);
	assert_int_equal(c->phases[0].goals[0].sub_goals[0].op, GOAL_LE);
	catalogue_free(c);
	diag_release(&d);
}

static void catalogue_load__many_mistakes__reports_every_one(void **state)
{
	(void)state;
	static const char bad[] =
		"id: bad\n"
		"version: 1\n"
		"title: Bad\n"
		"initiatives:\n"
		"  - {id: a, title: A, efort: 4, duration: 1, impact: 5, risk: 1, phase: one}\n"    /* 5 */
		"  - {id: a, title: A2, effort: 4, duration: 1, impact: 9, risk: 1, phase: onee}\n" /* 6 */
		"  - {id: b, title: B, effort: 4, duration: 1, impact: 3, risk: 2, depends_on: [aa], phase: one}\n"
		"phases:\n"
		"  - {id: one, title: One, duration: 2, capacity: 10, goals: [{metric: adoption.active_rat, op: '=>', target: 1}]}\n";
	struct diag d;
	diag_init(&d);
	assert_null(load(bad, &d));
	/* efort, missing effort, duplicate a, impact 9, phase onee, metric, op */
	assert_true(diag_has(&d, "t.yaml:5:23: unknown key 'efort' in initiative (did you mean 'effort'?)"));
	assert_true(diag_has(&d, "t.yaml:5:5: initiative is missing the required key 'effort'"));
	assert_true(diag_has(&d, "t.yaml:6:10: duplicate initiative id 'a' (first at line 5)"));
	assert_true(diag_has(&d, "t.yaml:6:56: impact: 9 is out of range, expected 1..5"));
	assert_true(diag_has(&d, "unknown phase 'onee' (did you mean 'one'?)"));
	assert_true(diag_has(&d, "did you mean 'adoption.active_rate'?"));
	assert_true(diag_has(&d, "t.yaml:9:96: unknown comparison '=>' (did you mean '>='?)"));
	assert_true(diag_has(&d, "t.yaml:7:80: unknown initiative in depends_on 'aa' (did you mean 'a'?)"));
	assert_int_equal(d.errors, 8);
	assert_int_equal(diag_exit_code(&d), EXIT_DATAERR);
	diag_release(&d);
}

static void catalogue_load__unknown_dependency__suggests(void **state)
{
	(void)state;
	static const char bad[] =
		"id: bad\nversion: 1\ntitle: Bad\n"
		"initiatives:\n"
		"  - {id: sponsor, title: A, effort: 1, duration: 1, impact: 5, risk: 1, phase: one}\n"
		"  - {id: b, title: B, effort: 1, duration: 1, impact: 3, risk: 2, depends_on: [sponser], phase: one}\n"
		"phases:\n  - {id: one, title: One, duration: 2, capacity: 10}\n";
	struct diag d;
	diag_init(&d);
	assert_null(load(bad, &d));
	assert_true(diag_has(&d, "t.yaml:6:80: unknown initiative in depends_on 'sponser' (did you mean 'sponsor'?)"));
	diag_release(&d);
}

static void catalogue_load__dependency_in_later_phase__rejected(void **state)
{
	(void)state;
	static const char bad[] =
		"id: bad\nversion: 1\ntitle: Bad\n"
		"initiatives:\n"
		"  - {id: a, title: A, effort: 1, duration: 1, impact: 5, risk: 1, phase: two}\n"
		"  - {id: b, title: B, effort: 1, duration: 1, impact: 3, risk: 2, depends_on: [a], phase: one}\n"
		"phases:\n  - {id: one, title: One, duration: 2, capacity: 10}\n"
		"  - {id: two, title: Two, duration: 2, capacity: 10}\n";
	struct diag d;
	diag_init(&d);
	assert_null(load(bad, &d));
	assert_true(diag_has(&d, "'b' (earliest phase 'one') depends on 'a', whose earliest phase 'two' comes later"));
	diag_release(&d);
}

static void catalogue_load__cycle__prints_it(void **state)
{
	(void)state;
	static const char bad[] =
		"id: bad\nversion: 1\ntitle: Bad\n"
		"initiatives:\n"
		"  - {id: x, title: X, effort: 1, duration: 1, impact: 1, risk: 1, phase: one}\n"
		"  - {id: a, title: A, effort: 1, duration: 1, impact: 5, risk: 1, depends_on: [c], phase: one}\n"
		"  - {id: b, title: B, effort: 1, duration: 1, impact: 3, risk: 2, depends_on: [a, x], phase: one}\n"
		"  - {id: c, title: C, effort: 1, duration: 1, impact: 3, risk: 2, depends_on: [b], phase: one}\n"
		"phases:\n  - {id: one, title: One, duration: 2, capacity: 10}\n";
	struct diag d;
	diag_init(&d);
	assert_null(load(bad, &d));
	/* the walk starts at a (first left): a needs c, c needs b, b needs a */
	assert_true(diag_has(&d, "t.yaml:6:5: dependency cycle: a -> c -> b -> a"));
	diag_release(&d);
}

static void catalogue_load__initiative_larger_than_any_phase__says_so(void **state)
{
	(void)state;
	static const char bad[] =
		"id: bad\nversion: 1\ntitle: Bad\n"
		"initiatives:\n"
		"  - {id: huge, title: H, effort: 30, duration: 1, impact: 5, risk: 1, phase: one}\n"
		"phases:\n  - {id: one, title: One, duration: 2, capacity: 10}\n"
		"  - {id: two, title: Two, duration: 2, capacity: 25}\n";
	struct diag d;
	diag_init(&d);
	assert_null(load(bad, &d));
	assert_true(diag_has(&d, "t.yaml:5:34: 'huge' needs 30 person-weeks, more than any phase from 'one' on can hold (the largest is 'two' with 25)"));
	diag_release(&d);
}

static void catalogue_load__shipped_default__is_valid(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct catalogue *c = load_shipped(&d);
	if (!c)
		dump(&d);
	assert_non_null(c);
	assert_true(c->ninitiatives >= 30 && c->ninitiatives <= 40);
	assert_int_equal(c->nphases, 5);
	catalogue_free(c);
	diag_release(&d);
}

/* ---- building ---- */

static void plan_priority__formula__hand_computed(void **state)
{
	(void)state;
	/* 4 * 5 * (6 - 2) / sqrt(4) = 80 / 2 = 40 */
	assert_float_equal(plan_priority(4, 5, 2, 4), 40.0, 1e-12);
	/* 5 * 1 * 5 / sqrt(1) = 25 */
	assert_float_equal(plan_priority(5, 1, 1, 1), 25.0, 1e-12);
	assert_float_equal(plan_urgency_severity(SEVERITY_CRITICAL), 5.0, 0);
	assert_float_equal(plan_urgency_severity(SEVERITY_INFO), 1.0, 0);
	/* score 25 under threshold 50: 1 + 4 * 25 / 50 = 3 */
	assert_float_equal(plan_urgency_dimension(25, 50), 3.0, 1e-12);
	assert_float_equal(plan_urgency_dimension(70, 50), 1.0, 1e-12);
	/* gap priority 6: 1 + 4 * 6 / 12 = 3; capped at 12 */
	assert_float_equal(plan_urgency_gap(6), 3.0, 1e-12);
	assert_float_equal(plan_urgency_gap(40), 5.0, 1e-12);
}

static const struct plan_item *item_for(const struct plan *p, const char *id)
{
	for (size_t i = 0; i < p->nitems; i++)
		if (!strcmp(p->cat->initiatives[p->items[i].initiative].id, id))
			return &p->items[i];
	return NULL;
}

static bool has_reason(const struct plan_item *it, enum plan_reason_kind k, const char *ref)
{
	for (size_t i = 0; i < it->nreasons; i++)
		if (it->reasons[i].kind == k && (!ref || (it->reasons[i].ref && !strcmp(it->reasons[i].ref, ref))))
			return true;
	return false;
}

static void plan_build__selection__findings_dimensions_gaps_and_dependencies(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct catalogue *c = load(SMALL, &d);
	assert_non_null(c);
	/* c is asked by a capability gap; b and a are pulled in as its
	 * dependencies; people scores 55 >= 50, so d is not selected; data
	 * scores 20: b is selected on its own too. */
	struct plan_gap gaps[] = { { "crm-cap", 2, 6 } };
	struct plan_dimension dims[] = { { "people", 55, NULL }, { "data", 20, NULL } };
	struct plan_inputs in = { .gaps = gaps, .ngaps = 1, .dimensions = dims, .ndimensions = 2 };
	struct plan p;
	long start;
	assert_true(plan_date_parse("2026-11-30", &start));
	assert_true(plan_build(c, &in, start, &p, &d));
	assert_int_equal(p.nitems, 3);
	assert_null(item_for(&p, "d"));
	const struct plan_item *a = item_for(&p, "a"), *b = item_for(&p, "b"), *ci = item_for(&p, "c");
	assert_true(has_reason(a, REASON_DEPENDENCY, "b"));
	assert_true(has_reason(b, REASON_DIMENSION, "data"));
	assert_true(has_reason(ci, REASON_CAPABILITY, "crm-cap"));
	/* b's urgency: 1 + 4 * 30 / 50 = 3.4; a inherits it */
	assert_float_equal(b->urgency, 3.4, 1e-12);
	assert_float_equal(a->urgency, 3.4, 1e-12);
	/* c: urgency 3, priority 4 * 3 * 3 / sqrt(9) = 12 */
	assert_float_equal(ci->priority, 12.0, 1e-12);
	plan_release(&p);

	/* A finding for an unknown initiative is a warning, not an error. */
	struct plan_request req[] = { { "d", "r1", SEVERITY_HIGH }, { "zzz", "r2", SEVERITY_LOW } };
	struct plan_inputs in2 = { .requests = req, .nrequests = 2 };
	assert_true(plan_build(c, &in2, start, &p, &d));
	assert_int_equal(p.nitems, 1);
	assert_true(has_reason(&p.items[0], REASON_FINDING, "r1"));
	assert_float_equal(p.items[0].urgency, 4.0, 0);
	assert_int_equal(d.errors, 0);
	assert_true(diag_has(&d, "asks for initiative 'zzz'"));
	plan_release(&p);
	catalogue_free(c);
	diag_release(&d);
}

/* Issue 16: a reason more never lowers an initiative's urgency. In SMALL,
 * c needs b needs a. A critical finding on c gives c urgency 5, and b and a
 * take it as "needed by". A weak leadership dimension (40 below 50:
 * 1 + 4 x 10 / 50 = 1.8) also selects a in its own right: a keeps 5, lists
 * both reasons, and its priority stays 5 x 5 x 5 / sqrt(4) = 62.5 (it was
 * 1.8 and 22.5, without "needed by"). */
static void plan_build__more_reasons__never_lower_urgency(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct catalogue *c = load(SMALL, &d);
	assert_non_null(c);
	long start;
	plan_date_parse("2026-11-30", &start);
	struct plan_request req[] = { { "c", "r1", SEVERITY_CRITICAL } };
	struct plan_dimension dims[] = { { "leadership", 40, NULL } };
	struct plan_inputs one = { .requests = req, .nrequests = 1 };
	struct plan_inputs two = { .requests = req, .nrequests = 1, .dimensions = dims,
				   .ndimensions = 1 };
	struct plan p1, p2;
	assert_true(plan_build(c, &one, start, &p1, &d));
	assert_true(plan_build(c, &two, start, &p2, &d));
	const struct plan_item *a1 = item_for(&p1, "a"), *a2 = item_for(&p2, "a");
	assert_float_equal(a1->urgency, 5.0, 0);
	assert_float_equal(a1->priority, 62.5, 1e-12);
	assert_true(has_reason(a1, REASON_DEPENDENCY, "b"));
	assert_float_equal(a2->urgency, 5.0, 0);
	assert_float_equal(a2->priority, 62.5, 1e-12);
	assert_true(has_reason(a2, REASON_DIMENSION, "leadership"));
	assert_true(has_reason(a2, REASON_DEPENDENCY, "b"));
	plan_release(&p1);
	plan_release(&p2);
	catalogue_free(c);
	diag_release(&d);
}

/* The urgency a reason gives, worked out here from the reason's own
 * figures (a dependency: the urgency of the initiative that needs it); 0
 * for a placement reason. */
static double reason_urgency(const struct plan *p, const struct plan_reason *r)
{
	switch (r->kind) {
	case REASON_FINDING: {
		enum severity s = SEVERITY_INFO;
		assert_true(severity_parse(r->detail, &s));
		return 1.0 + (double)s;
	}
	case REASON_DIMENSION: return 1.0 + 4.0 * (r->value2 - r->value) / r->value2;
	case REASON_CAPABILITY: return 1.0 + 4.0 * (r->value2 > 12 ? 12 : r->value2) / 12.0;
	case REASON_DEPENDENCY: return item_for(p, r->ref)->urgency;
	case REASON_CATALOGUE: return 3.0;
	default: return 0;
	}
}

/* On the shipped catalogue, inputs added one at a time (findings, weak
 * dimensions, gaps): every initiative planned before is planned after with
 * an urgency at least as high and every reason it had, and each urgency is
 * the highest of its reasons, as docs/plan-and-goals.md defines it. */
static void plan_build__urgency_is_the_highest_reason__monotone(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct catalogue *c = load_shipped(&d);
	assert_non_null(c);
	struct plan_request req[] = {
		{ "process-redesign", "r1", SEVERITY_HIGH }, { "sales-rollout", "r2", SEVERITY_LOW },
		{ "data-cleansing", "r3", SEVERITY_MEDIUM }, { "field-service", "r4", SEVERITY_CRITICAL },
	};
	struct plan_dimension dims[] = {
		{ "leadership", 50, NULL }, { "strategy", 55, NULL }, { "data", 10, NULL },
		{ "people", 59, NULL }, { "processes", 30, NULL }, { "governance", 45, NULL },
	};
	struct plan_gap gaps[] = { { "sales-forecasting", 1.5, 3 }, { "mobile-access", 2, 10 } };
	size_t steps = 4 + 6 + 2;
	struct plan prev;
	memset(&prev, 0, sizeof prev);
	for (size_t k = 0; k <= steps; k++) {
		size_t nr = k < 4 ? k : 4, nd = k <= 4 ? 0 : k - 4 < 6 ? k - 4 : 6,
		       ng = k <= 10 ? 0 : k - 10;
		struct plan_inputs in = { .requests = req, .nrequests = nr, .dimensions = dims,
					  .ndimensions = nd, .gaps = gaps, .ngaps = ng };
		struct plan p;
		assert_true(plan_build(c, &in, 20000, &p, &d));
		for (size_t i = 0; i < p.nitems; i++) {
			const struct plan_item *it = &p.items[i];
			double best = 0;
			for (size_t r = 0; r < it->nreasons; r++) {
				double u = reason_urgency(&p, &it->reasons[r]);
				assert_float_equal(it->reasons[r].urgency, u, 1e-12);
				best = u > best ? u : best;
			}
			assert_float_equal(it->urgency, best, 1e-12);
		}
		for (size_t i = 0; i < prev.nitems; i++) {
			const struct plan_item *was = &prev.items[i];
			const char *id = c->initiatives[was->initiative].id;
			const struct plan_item *now = item_for(&p, id);
			assert_non_null(now);
			if (now->urgency < was->urgency)
				fail_msg("step %zu: %s urgency %g -> %g", k, id, was->urgency, now->urgency);
			for (size_t r = 0; r < was->nreasons; r++)
				if (reason_urgency(&prev, &was->reasons[r]) > 0 &&
				    !has_reason(now, was->reasons[r].kind, was->reasons[r].ref))
					fail_msg("step %zu: %s lost a reason (%s)", k, id,
						 was->reasons[r].ref ? was->reasons[r].ref : "-");
		}
		plan_release(&prev);
		prev = p;
	}
	plan_release(&prev);
	catalogue_free(c);
	diag_release(&d);
}

static void plan_build__capacity__pushes_later_and_says_why(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct catalogue *c = load(SMALL, &d);
	struct plan_inputs in = { .everything = true };
	struct plan p;
	long start;
	plan_date_parse("2026-12-28", &start);
	/* Order: a (25), then b (3*3*4/2 = 18) before d? d is ready at once:
	 * d = 2*3*5/2 = 15; a = 5*3*5/2 = 37.5; b = 18; c = 4*3*3/3 = 12.
	 * Order a, b, d, c. Phase one (10): a 4, b 4 -> 8; c needs 9 -> pushed
	 * to two (10): d 4 there already, 4 + 9 > 10 -> no phase left. */
	assert_false(plan_build(c, &in, start, &p, &d));
	catalogue_free(c);
	diag_release(&d);

	/* With phase two at 20 person-weeks, c lands there, pushed. */
	char *yaml = strdup(SMALL);
	char *at = strstr(yaml, "duration: 3, capacity: 10");
	memcpy(at, "duration: 3, capacity: 20", 25);
	diag_init(&d);
	c = load(yaml, &d);
	assert_non_null(c);
	assert_true(plan_build(c, &in, start, &p, &d));
	assert_string_equal(c->initiatives[p.items[0].initiative].id, "a");
	assert_string_equal(c->initiatives[p.items[1].initiative].id, "b");
	assert_string_equal(c->initiatives[p.items[2].initiative].id, "d");
	assert_string_equal(c->initiatives[p.items[3].initiative].id, "c");
	const struct plan_item *ci = item_for(&p, "c");
	assert_int_equal(ci->phase, 1);
	assert_true(has_reason(ci, REASON_PUSHED, "one"));
	for (size_t i = 0; i < ci->nreasons; i++)
		if (ci->reasons[i].kind == REASON_PUSHED)
			assert_float_equal(ci->reasons[i].value, 2.0, 1e-12); /* 10 - 8 left */
	assert_float_equal(p.phases[0].used, 8, 0);
	assert_float_equal(p.phases[1].used, 13, 0);
	/* Dates: phase one 2026-12-28 .. 2027-01-10, two from 2027-01-11.
	 * a: 12-28..01-03; b after a: 01-04..01-10; c in two: 01-11..01-24. */
	char s[11];
	plan_date_format(p.phases[0].end, s);
	assert_string_equal(s, "2027-01-10");
	plan_date_format(p.phases[1].start, s);
	assert_string_equal(s, "2027-01-11");
	plan_date_format(item_for(&p, "b")->start, s);
	assert_string_equal(s, "2027-01-04");
	plan_date_format(ci->end, s);
	assert_string_equal(s, "2027-01-24");
	plan_release(&p);
	catalogue_free(c);
	free(yaml);
	diag_release(&d);
}

static void plan_build__no_room_left__error_names_initiative(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct catalogue *c = load(SMALL, &d);
	struct plan_inputs in = { .everything = true };
	struct plan p;
	assert_false(plan_build(c, &in, 0, &p, &d));
	assert_true(diag_has(&d, "t.yaml:8:5: 'c' needs 9 person-weeks, but no phase from 'one' on has that much capacity left"));
	catalogue_free(c);
	diag_release(&d);
}

static void plan_build__same_inputs__same_plan(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct catalogue *c = load_shipped(&d);
	assert_non_null(c);
	struct plan_inputs in = { .everything = true };
	struct plan p1, p2;
	assert_true(plan_build(c, &in, 20000, &p1, &d));
	assert_true(plan_build(c, &in, 20000, &p2, &d));
	assert_int_equal(p1.nitems, p2.nitems);
	for (size_t i = 0; i < p1.nitems; i++) {
		assert_int_equal(p1.items[i].initiative, p2.items[i].initiative);
		assert_int_equal(p1.items[i].start, p2.items[i].start);
		assert_int_equal(p1.items[i].phase, p2.items[i].phase);
	}
	/* Every dependency ends before its dependant starts. */
	for (size_t i = 0; i < p1.nitems; i++) {
		const struct catalogue_initiative *it = &c->initiatives[p1.items[i].initiative];
		for (size_t k = 0; k < it->ndepends; k++) {
			const struct plan_item *dep = item_for(&p1, c->initiatives[it->deps[k]].id);
			assert_non_null(dep);
			assert_true(dep->end < p1.items[i].start);
			assert_true(dep->phase <= p1.items[i].phase);
		}
	}
	plan_release(&p1);
	plan_release(&p2);
	catalogue_free(c);
	diag_release(&d);
}

/* A catalogue made by hand, to give plan_order a cycle the loader would
 * refuse: p -> q -> r -> q. */
static void plan_order__cycle__printed(void **state)
{
	(void)state;
	struct catalogue c;
	memset(&c, 0, sizeof c);
	c.doc.file = "hand.yaml";
	struct catalogue_initiative its[3];
	memset(its, 0, sizeof its);
	size_t dp[] = { 1 }, dq[] = { 2 }, dr[] = { 1 };
	its[0] = (struct catalogue_initiative){ .id = "p", .deps = dp, .ndepends = 1, .line = 3, .col = 5 };
	its[1] = (struct catalogue_initiative){ .id = "q", .deps = dq, .ndepends = 1, .line = 4, .col = 5 };
	its[2] = (struct catalogue_initiative){ .id = "r", .deps = dr, .ndepends = 1, .line = 5, .col = 5 };
	c.initiatives = its;
	c.ninitiatives = 3;
	size_t sel[] = { 0, 1, 2 }, order[3];
	double prio[] = { 1, 2, 3 };
	struct diag d;
	diag_init(&d);
	assert_false(plan_order(&c, sel, prio, 3, order, &d));
	assert_true(diag_has(&d, "dependency cycle: q -> r -> q"));
	diag_release(&d);

	/* Without the cycle (r needs nothing): r, q, p whatever the priority. */
	its[2].ndepends = 0;
	double prio2[] = { 9, 5, 1 };
	diag_init(&d);
	assert_true(plan_order(&c, sel, prio2, 3, order, &d));
	assert_int_equal(order[0], 2);
	assert_int_equal(order[1], 1);
	assert_int_equal(order[2], 0);
	diag_release(&d);
}

/* ---- dates ---- */

static void plan_date__year_ends_and_leap_days__round_trip(void **state)
{
	(void)state;
	long d;
	char s[11];
	assert_true(plan_date_parse("1970-01-01", &d));
	assert_int_equal(d, 0);
	assert_true(plan_date_parse("2026-12-28", &d));
	plan_date_format(d + 7, s);
	assert_string_equal(s, "2027-01-04");
	assert_true(plan_date_parse("2028-02-28", &d));
	plan_date_format(d + 1, s);
	assert_string_equal(s, "2028-02-29");
	plan_date_format(d + 2, s);
	assert_string_equal(s, "2028-03-01");
	assert_false(plan_date_parse("2027-02-29", &d));
	assert_false(plan_date_parse("2027-13-01", &d));
	assert_false(plan_date_parse("27-01-01", &d));
	/* 2026-11-23 is a Monday: the next Monday is a week later. */
	assert_true(plan_date_parse("2026-11-23", &d));
	assert_int_equal(plan_date_weekday(d), 1);
	plan_date_format(plan_next_monday(d), s);
	assert_string_equal(s, "2026-11-30");
	/* Thursday 2026-12-31 -> Monday 2027-01-04; Sunday -> the next day. */
	assert_true(plan_date_parse("2026-12-31", &d));
	plan_date_format(plan_next_monday(d), s);
	assert_string_equal(s, "2027-01-04");
	assert_true(plan_date_parse("2027-01-03", &d));
	assert_int_equal(plan_date_weekday(d), 7);
	plan_date_format(plan_next_monday(d), s);
	assert_string_equal(s, "2027-01-04");
}

/* Weekdays at the calendar's edges: a leap day, before 1970 (negative day
 * numbers) and the first and last days a date may have. */
static void plan_date_weekday__calendar_edges__iso(void **state)
{
	(void)state;
	long d;
	char s[11];
	assert_true(plan_date_parse("2028-02-29", &d));
	assert_int_equal(plan_date_weekday(d), 2);
	assert_true(plan_date_parse("1969-12-28", &d));
	assert_int_equal(plan_date_weekday(d), 7);
	assert_true(plan_date_parse("1969-12-29", &d));
	assert_int_equal(plan_date_weekday(d), 1);
	assert_true(plan_date_parse("1900-01-01", &d));
	assert_int_equal(plan_date_weekday(d), 1);
	plan_date_format(plan_next_monday(d), s);
	assert_string_equal(s, "1900-01-08");
	assert_true(plan_date_parse("9999-12-31", &d));
	assert_int_equal(plan_date_weekday(d), 5);
}

/* ---- goals ---- */

static long day(const char *s)
{
	long d = 0;
	plan_date_parse(s, &d);
	return d;
}

static void goal_evaluate__each_state(void **state)
{
	(void)state;
	struct goal_status s;
	long today = day("2027-02-01"), due = day("2027-03-01");
	struct goal_point rising[] = { { day("2027-01-04"), 0.5 }, { day("2027-01-11"), 0.6 },
				       { day("2027-01-18"), 0.7 } };
	/* >= 0.75: latest 0.7; the line rises 0.1 a week, at due (6 weeks
	 * after the mean day 01-11, 7 weeks after 01-11... exactly: mean day
	 * 01-11, value 0.6; due is 49 days later: 0.6 + 49/70 = 1.3. */
	goal_evaluate(GOAL_GE, 0.75, due, today, rising, 3, &s);
	assert_int_equal(s.state, GOAL_ON_TRACK);
	assert_float_equal(s.projected, 1.3, 1e-9);
	assert_float_equal(s.latest.value, 0.7, 0);
	/* expected: from 0.5 on 01-04 to 0.75 on 03-01 (56 days), 28 days in: 0.625 */
	assert_float_equal(s.expected, 0.625, 1e-12);
	goal_evaluate(GOAL_GE, 0.7, due, today, rising, 3, &s);
	assert_int_equal(s.state, GOAL_ACHIEVED);
	goal_evaluate(GOAL_GE, 2.0, due, today, rising, 3, &s);
	assert_int_equal(s.state, GOAL_AT_RISK);
	goal_evaluate(GOAL_GE, 2.0, due, day("2027-03-02"), rising, 3, &s);
	assert_int_equal(s.state, GOAL_MISSED);
	goal_evaluate(GOAL_GE, 2.0, due, today, NULL, 0, &s);
	assert_int_equal(s.state, GOAL_NO_DATA);
	/* one point: no trend, too early to say */
	goal_evaluate(GOAL_GE, 0.75, due, today, rising, 1, &s);
	assert_int_equal(s.state, GOAL_TOO_EARLY);
	assert_false(s.has_projection);
	/* > is strict: 0.7 does not meet > 0.7 */
	goal_evaluate(GOAL_GT, 0.7, due, today, rising, 3, &s);
	assert_int_equal(s.state, GOAL_ON_TRACK);
	/* points after today are ignored */
	goal_evaluate(GOAL_GE, 0.6, due, day("2027-01-12"), rising, 3, &s);
	assert_int_equal(s.state, GOAL_ACHIEVED);
	assert_float_equal(s.latest.value, 0.6, 0);
}

static void goal_evaluate__lower_is_better(void **state)
{
	(void)state;
	struct goal_status s;
	long today = day("2027-02-01"), due = day("2027-03-01");
	struct goal_point falling[] = { { day("2027-01-04"), 0.09 }, { day("2027-01-11"), 0.08 },
					{ day("2027-01-18"), 0.07 } };
	/* <= 0.05: the line falls 0.01 a week; at due 0.08 - 0.07 = 0.01 */
	goal_evaluate(GOAL_LE, 0.05, due, today, falling, 3, &s);
	assert_int_equal(s.state, GOAL_ON_TRACK);
	assert_float_equal(s.projected, 0.01, 1e-9);
	goal_evaluate(GOAL_LE, 0.07, due, today, falling, 3, &s);
	assert_int_equal(s.state, GOAL_ACHIEVED);
	goal_evaluate(GOAL_LT, 0.07, due, today, falling, 3, &s);
	assert_int_equal(s.state, GOAL_ON_TRACK);
	/* a trend that misses: < 0.0 never happens by due (0.01) */
	goal_evaluate(GOAL_LT, 0.0, due, today, falling, 3, &s);
	assert_int_equal(s.state, GOAL_AT_RISK);
	/* rising values against a lower-is-better goal */
	struct goal_point rising[] = { { day("2027-01-04"), 0.05 }, { day("2027-01-11"), 0.06 } };
	goal_evaluate(GOAL_LE, 0.04, due, today, rising, 2, &s);
	assert_int_equal(s.state, GOAL_TOO_EARLY);  /* two values: too early */
}

static void goal_evaluate__equals_and_window(void **state)
{
	(void)state;
	struct goal_status s;
	long today = day("2027-02-01"), due = day("2027-03-01");
	struct goal_point pts[] = { { day("2027-01-04"), 3 }, { day("2027-01-11"), 4 },
				    { day("2027-01-18"), 5 } };
	goal_evaluate(GOAL_EQ, 5, due, today, pts, 3, &s);
	assert_int_equal(s.state, GOAL_ACHIEVED);
	/* == 9: the line (1 a week: 7 today, 11 at due) passes 9 before due */
	goal_evaluate(GOAL_EQ, 9, due, today, pts, 3, &s);
	assert_int_equal(s.state, GOAL_ON_TRACK);
	/* == 2: the line moves away */
	goal_evaluate(GOAL_EQ, 2, due, today, pts, 3, &s);
	assert_int_equal(s.state, GOAL_AT_RISK);

	/* Only the last 8 points count: 10 points, the first two far off. */
	struct goal_point many[10];
	for (int i = 0; i < 10; i++)
		many[i] = (struct goal_point){ day("2026-11-02") + 7 * i, i < 2 ? 100.0 : 10.0 + i };
	goal_evaluate(GOAL_GE, 30, day("2027-03-01"), day("2027-01-05"), many, 10, &s);
	assert_int_equal(s.points_used, 8);
	assert_float_equal(s.slope_per_day, 1.0 / 7, 1e-9);
}

/* A fraction goal of >= 0.9 due 2027-01-31, set 2026-11-23. */
static struct goal_spec rate_goal(void)
{
	return (struct goal_spec){ .op = GOAL_GE, .target = 0.9, .due = day("2027-01-31"),
				   .set_on = day("2026-11-23"),
				   .domain = metric_def_find(METRIC_ACTIVE_RATE) };
}

static void goal_judge__past_due__settled_on_values_up_to_due(void **state)
{
	(void)state;
	struct goal_spec g = rate_goal();
	struct goal_point pts[] = { { day("2026-11-30"), 0.3 }, { day("2026-12-14"), 0.5 },
				    { day("2027-01-11"), 0.7 }, { day("2027-02-08"), 0.95 } };
	struct goal_status a, b;
	/* Two later days: the 0.95 of 02-08 came after due; both say missed,
	 * judged at the due date on the 0.7 of 01-11. */
	goal_judge(&g, day("2027-03-01"), pts, 4, &a);
	goal_judge(&g, day("2027-06-01"), pts, 4, &b);
	assert_int_equal(a.state, GOAL_MISSED);
	assert_int_equal(b.state, GOAL_MISSED);
	assert_true(a.settled && b.settled);
	assert_int_equal(a.judged_at, day("2027-01-31"));
	assert_int_equal(b.judged_at, day("2027-01-31"));
	assert_float_equal(a.latest.value, 0.7, 0);
	assert_float_equal(b.latest.value, 0.7, 0);
	/* settled: no projection and no expected value, only the outcome */
	assert_false(a.has_projection);
	assert_false(b.has_projection);
	assert_false(a.has_expected);
	assert_false(b.has_expected);
	/* on the due date itself it is not settled yet: both are there */
	goal_judge(&g, day("2027-01-31"), pts, 4, &a);
	assert_false(a.settled);
	assert_true(a.has_projection);
	assert_true(a.has_expected);
	assert_int_equal(a.judged_at, day("2027-01-31"));
	/* a goal met before its due date stays achieved */
	pts[2].value = 0.92;
	goal_judge(&g, day("2027-06-01"), pts, 4, &a);
	assert_int_equal(a.state, GOAL_ACHIEVED);
	assert_float_equal(a.latest.value, 0.92, 0);
}

static void goal_judge__few_values__too_early(void **state)
{
	(void)state;
	struct goal_spec g = rate_goal();
	long today = day("2026-12-20");
	/* three values, all in the week of 11-30: too early */
	struct goal_point one_week[] = { { day("2026-11-30"), 0.3 }, { day("2026-12-02"), 0.5 },
					 { day("2026-12-06"), 0.7 } };
	struct goal_status s;
	goal_judge(&g, today, one_week, 3, &s);
	assert_int_equal(s.state, GOAL_TOO_EARLY);
	assert_int_equal(s.points_used, 3);
	assert_int_equal(s.weeks_used, 1);
	/* two values over two weeks: too early */
	struct goal_point two[] = { { day("2026-11-30"), 0.3 }, { day("2026-12-07"), 0.5 } };
	goal_judge(&g, today, two, 2, &s);
	assert_int_equal(s.state, GOAL_TOO_EARLY);
	/* three values over two weeks (Sunday 12-06, Monday 12-07): judged */
	struct goal_point enough[] = { { day("2026-12-05"), 0.3 }, { day("2026-12-06"), 0.5 },
				       { day("2026-12-07"), 0.7 } };
	goal_judge(&g, today, enough, 3, &s);
	assert_int_equal(s.weeks_used, 2);
	assert_int_equal(s.state, GOAL_ON_TRACK);
	/* weeks before 1970 split on Mondays too (Sunday 1969-12-28, Monday 12-29) */
	struct goal_point old[] = { { day("1969-12-27"), 0.3 }, { day("1969-12-28"), 0.5 },
				    { day("1969-12-29"), 0.7 } };
	struct goal_spec g69 = g;
	g69.set_on = day("1969-12-01");
	g69.due = day("1970-03-01");
	goal_judge(&g69, day("1970-01-10"), old, 3, &s);
	assert_int_equal(s.weeks_used, 2);
	/* too early never fails --fail-on */
	assert_false(goal_state_at_least(GOAL_TOO_EARLY, GOAL_AT_RISK));
	assert_string_equal(goal_state_name(GOAL_TOO_EARLY), "too early");
	use_lang("fa");
	assert_string_equal(goal_state_label(GOAL_TOO_EARLY), "هنوز زود است");
	use_lang("en");
}

static void goal_judge__steep_trend__projection_stays_in_domain(void **state)
{
	(void)state;
	struct goal_spec g = rate_goal();
	struct goal_point up[] = { { day("2026-11-30"), 0.3 }, { day("2026-12-07"), 0.6 },
				   { day("2026-12-14"), 0.9 } };
	struct goal_status s;
	g.target = 0.95;
	goal_judge(&g, day("2026-12-20"), up, 3, &s);
	/* the line (0.6 on the mean day 12-07, 0.3 a week) reaches
	 * 0.6 + 0.3 * 55 / 7 = 2.957 at due, 55 days later; a rate stops at 1 */
	assert_float_equal(s.projected, 1, 0);
	assert_int_equal(s.state, GOAL_ON_TRACK);
	/* a target above the domain is never on track */
	g.target = 1.2;
	goal_judge(&g, day("2026-12-20"), up, 3, &s);
	assert_int_equal(s.state, GOAL_AT_RISK);
	/* falling: the line would go below 0 */
	struct goal_point down[] = { { day("2026-11-30"), 0.3 }, { day("2026-12-07"), 0.2 },
				     { day("2026-12-14"), 0.1 } };
	g.op = GOAL_LE;
	g.target = 0;
	goal_judge(&g, day("2026-12-20"), down, 3, &s);
	assert_float_equal(s.projected, 0, 0);
	assert_int_equal(s.state, GOAL_ON_TRACK);
	/* without a domain (goal_evaluate) the line goes where it goes */
	goal_evaluate(GOAL_GE, 0.95, g.due, day("2026-12-20"), up, 3, &s);
	assert_float_equal(s.projected, 0.6 + 0.3 * 55 / 7.0, 1e-9);
}

static void goal_judge__baseline__fixed_from_set_date(void **state)
{
	(void)state;
	struct goal_spec g = rate_goal();
	g.due = day("2027-03-31");
	g.set_on = day("2026-11-02");
	/* 12 weekly values from 0.1 on 10-26 (before the goal was set) */
	struct goal_point pts[12];
	for (int i = 0; i < 12; i++)
		pts[i] = (struct goal_point){ day("2026-10-26") + 7 * i, 0.1 + 0.02 * i };
	struct goal_status s;
	/* baseline: the first value on or after 11-02, 0.12; the path runs
	 * from 0.12 on 11-02 to 0.9 on 03-31 (149 days); on 01-11 (70 days):
	 * 0.12 + 0.78 * 70 / 149 */
	goal_judge(&g, day("2027-01-11"), pts, 12, &s);
	assert_true(s.has_baseline);
	assert_float_equal(s.baseline, 0.12, 1e-12);
	assert_int_equal(s.baseline_day, day("2026-11-02"));
	assert_float_equal(s.expected, 0.12 + 0.78 * 70.0 / 149.0, 1e-12);
	assert_int_equal(s.points_used, 8);   /* the trend window moves ... */
	/* ... the baseline does not: a week later it is the same */
	goal_judge(&g, day("2027-01-18"), pts, 12, &s);
	assert_float_equal(s.baseline, 0.12, 1e-12);
	assert_float_equal(s.expected, 0.12 + 0.78 * 77.0 / 149.0, 1e-12);
	/* a given baseline wins */
	g.has_baseline = true;
	g.baseline = 0.2;
	goal_judge(&g, day("2027-01-11"), pts, 12, &s);
	assert_float_equal(s.baseline, 0.2, 0);
	assert_float_equal(s.expected, 0.2 + 0.7 * 70.0 / 149.0, 1e-12);
	/* no set date (a goal from before migration 011): the first value */
	g.has_baseline = false;
	g.set_on = GOAL_NO_DAY;
	goal_judge(&g, day("2027-01-11"), pts, 12, &s);
	assert_float_equal(s.baseline, 0.1, 1e-12);
	assert_int_equal(s.baseline_day, day("2026-10-26"));
}

static void goal_names__metrics_and_scopes(void **state)
{
	(void)state;
	char *err = NULL;
	assert_true(goal_metric_valid("training.completion", &err));
	assert_true(goal_metric_valid("dq.completeness.Email", &err));
	assert_true(goal_metric_valid("dq.validity", &err)); /* dq scan stores it */
	assert_true(goal_metric_valid("adoption.active_rate", &err));
	assert_false(goal_metric_valid("adoption.active_rat", &err));
	assert_non_null(strstr(err, "did you mean 'adoption.active_rate'"));
	free(err);
	assert_false(goal_metric_valid("Bad name", &err));
	free(err);
	assert_false(goal_metric_valid("a..b", &err));
	free(err);
	assert_true(goal_scope_valid("", &err));
	assert_true(goal_scope_valid("department=Sales", &err));
	assert_true(goal_scope_valid("wave=1", &err));
	assert_true(goal_scope_valid("entity=Contact", &err));
	assert_false(goal_scope_valid("departmen=Sales", &err));
	assert_non_null(strstr(err, "did you mean 'department'"));
	free(err);
	assert_false(goal_scope_valid("department=", &err));
	free(err);
	assert_false(goal_scope_valid("Sales", &err));
	free(err);
	/* role figures are stored by adoption import (metrics.h): goals track them */
	assert_true(goal_scope_valid("role=Account Executive", &err));
	assert_false(goal_scope_valid("rol=Sales", &err));
	assert_non_null(strstr(err, "did you mean 'role'"));
	free(err);
	enum goal_op op;
	assert_true(goal_op_parse("<=", &op));
	assert_true(goal_op_lower_is_better(op));
	assert_false(goal_op_parse("=<", &op));
	enum goal_state st;
	assert_true(goal_state_parse("at-risk", &st));
	assert_true(goal_state_at_least(GOAL_MISSED, st));
	assert_false(goal_state_at_least(GOAL_ON_TRACK, st));
	assert_false(goal_state_at_least(GOAL_NO_DATA, st));
}

/* Goal scopes against the roster: "" and entity= are always fine; a
 * department or wave must be one the roster has (exactly: the adoption
 * figures are stored under the roster's own spelling), with the closest
 * name offered; with no roster nothing is checked. */
static void plan_scope_in_roster__departments_and_waves(void **state)
{
	(void)state;
	/* sorted bytewise, as the store gives them */
	char *depts[] = { "Sales", "Service", "marketing" };
	char *waves[] = { "1", "pilot" };
	struct store_roster_names r = { .departments = depts, .ndepartments = 3,
					.waves = waves, .nwaves = 2, .users = 5 };
	const char *close = "x";
	assert_true(plan_scope_in_roster("", &r, &close));
	assert_null(close);
	assert_true(plan_scope_in_roster("entity=Contact", &r, &close));
	assert_true(plan_scope_in_roster("department=Sales", &r, &close));
	assert_true(plan_scope_in_roster("department=marketing", &r, &close));
	assert_true(plan_scope_in_roster("wave=pilot", &r, &close));
	assert_true(plan_scope_in_roster("wave=1", &r, &close));
	assert_false(plan_scope_in_roster("department=Marketing", &r, &close));
	assert_string_equal(close, "marketing");
	assert_false(plan_scope_in_roster("department=Finance", &r, &close));
	assert_null(close);
	assert_false(plan_scope_in_roster("wave=2", &r, &close));
	assert_false(plan_scope_in_roster("wave=Pilot", &r, &close));
	assert_string_equal(close, "pilot");
	/* a roster without waves has none of them */
	struct store_roster_names nowaves = { .departments = depts, .ndepartments = 3,
					      .users = 5 };
	assert_false(plan_scope_in_roster("wave=pilot", &nowaves, &close));
	assert_null(close);
	/* a name the roster's contains as whole words, or that matches once
	 * case, punctuation and a leading "wave" are set aside */
	char *long_depts[] = { "Customer Service", "Finance", "Inside Sales", "Sales Ops" };
	char *long_waves[] = { "Wave 3", "wave-1", "wave-10", "wave-2" };   /* bytewise */
	struct store_roster_names l = { .departments = long_depts, .ndepartments = 4,
					.waves = long_waves, .nwaves = 4, .users = 9 };
	assert_false(plan_scope_in_roster("department=Service", &l, &close));
	assert_string_equal(close, "Customer Service");
	assert_false(plan_scope_in_roster("department=customer-service", &l, &close));
	assert_string_equal(close, "Customer Service");
	assert_false(plan_scope_in_roster("department=Finance Team", &l, &close));
	assert_string_equal(close, "Finance");
	assert_false(plan_scope_in_roster("wave=1", &l, &close));
	assert_string_equal(close, "wave-1");
	assert_false(plan_scope_in_roster("wave=3", &l, &close));
	assert_string_equal(close, "Wave 3");
	assert_false(plan_scope_in_roster("wave=wave 2", &l, &close));
	assert_string_equal(close, "wave-2");
	/* two names hold it: neither is the likely one */
	assert_false(plan_scope_in_roster("department=Sales", &l, &close));
	assert_null(close);
	assert_false(plan_scope_in_roster("department=Serv", &l, &close));  /* not a whole word */
	assert_null(close);
	/* no roster: nothing to check against */
	struct store_roster_names none = { 0 };
	assert_true(plan_scope_in_roster("department=Marketing", &none, &close));
	assert_true(plan_scope_in_roster("wave=pilot", &none, &close));
}

/* A new goal goes in a phase of the stored plan (any phase before there
 * is a plan), and a sub-goal in its parent's phase. */
static void plan_goal_place_check__phases_and_parents__said_as_goal_add_says(void **state)
{
	(void)state;
	struct workspace_fixture *w = workspace_fixture_new();
	assert_true(plan_goal_place_check(w->st, "anything", 0, &w->d));

	struct store_plan_phase phases[] = {
		{ .id = "pilot", .title = "Pilot", .start = "2026-01-05", .end = "2026-02-01" },
		{ .id = "rollout", .title = "Rollout", .start = "2026-02-02", .end = "2026-03-01" },
	};
	struct store_plan sp = { .catalogue = "c", .catalogue_version = 1, .start = "2026-01-05",
				 .built_at = "2026-01-01", .basis = "", .phases = phases,
				 .nphases = 2 };
	assert_true(store_begin(w->st, &w->d));
	assert_true(store_plan_save(w->st, &sp, &w->d));
	struct store_goal g = { .phase = "pilot", .metric = "adoption.active_rate", .scope = "",
				.op = ">=", .due = "2026-02-01", .origin = "user", .target = 0.5,
				.set_on = "2026-01-05" };
	long id = store_goal_add(w->st, &g, &w->d);
	assert_true(id > 0);
	assert_true(store_commit(w->st, &w->d));
	assert_int_equal(w->d.n, 0);

	assert_true(plan_goal_place_check(w->st, "pilot", id, &w->d));
	assert_false(plan_goal_place_check(w->st, "pilott", 0, &w->d));
	assert_string_equal(w->d.msgs[0].text, "--phase: the plan has no phase 'pilott' (did you "
			    "mean 'pilot'?)");
	assert_false(plan_goal_place_check(w->st, "zzzzzzzzzzzz", 0, &w->d));
	assert_string_equal(w->d.msgs[1].text, "--phase: the plan has no phase 'zzzzzzzzzzzz'; its "
			    "phases are pilot, rollout");
	assert_false(plan_goal_place_check(w->st, "rollout", id, &w->d));
	assert_string_equal(w->d.msgs[2].text, "--parent: goal 1 belongs to phase 'pilot', not "
			    "'rollout'; a sub-goal is in its parent's phase");
	assert_false(plan_goal_place_check(w->st, "pilot", 99, &w->d));
	assert_string_equal(w->d.msgs[3].text, "--parent: there is no goal 99 ('crmready goal list' "
			    "shows the ids)");
	assert_int_equal(diag_exit_code(&w->d), EXIT_DATAERR);

	workspace_fixture_free(w);
}

static void goal_state_find__every_name__round_trips(void **state)
{
	(void)state;
	for (enum goal_state s = GOAL_NO_DATA; s < GOAL_NSTATES; s++) {
		enum goal_state back = GOAL_NSTATES;
		assert_true(goal_state_find(goal_state_name(s), &back));
		assert_int_equal(back, s);
	}
	enum goal_state s = GOAL_MISSED;
	assert_false(goal_state_find("at-risk", &s));
	assert_false(goal_state_find(NULL, &s));
	assert_int_equal(s, GOAL_MISSED);
	/* --fail-on takes only the two failing rungs */
	assert_true(goal_state_parse("at-risk", &s));
	assert_int_equal(s, GOAL_AT_RISK);
	assert_true(goal_state_parse("missed", &s));
	assert_int_equal(s, GOAL_MISSED);
	assert_false(goal_state_parse("achieved", &s));
	use_lang("fa");
	assert_string_equal(goal_state_label(GOAL_AT_RISK), "در معرض خطر");
	assert_string_equal(goal_state_label(GOAL_MISSED), "محقق نشد");
	use_lang("ar");
	assert_string_equal(goal_state_label(GOAL_MISSED), "لم يتحقّق");
	use_lang("en");
}

static void goal_tally_text__counts_in_ladder_order__both_languages(void **state)
{
	(void)state;
	size_t c[GOAL_NSTATES] = { 0 };
	c[GOAL_ACHIEVED] = 3;
	c[GOAL_ON_TRACK] = 4;
	c[GOAL_AT_RISK] = 1;
	c[GOAL_TOO_EARLY] = 2;
	c[GOAL_NO_DATA] = 2;
	char *en = goal_tally_text(12, c);
	use_lang("fa");
	char *fa = goal_tally_text(12, c);
	use_lang("en");
	assert_string_equal(en, "12 goals: 3 achieved, 4 on track, 1 at risk, 0 missed, 2 too early, "
				"2 no data");
	/* Persian digits, the Persian comma */
	assert_string_equal(fa, "۱۲ هدف: ۳ محقق شد، ۴ در مسیر، ۱ در معرض خطر، ۰ محقق نشد، "
				"۲ هنوز زود است، ۲ بدون داده");
	free(en);
	free(fa);
	size_t one[GOAL_NSTATES] = { [GOAL_MISSED] = 1 };
	en = goal_tally_text(1, one);
	assert_string_equal(en, "1 goal: 0 achieved, 0 on track, 0 at risk, 1 missed, 0 too early, "
				"0 no data");
	free(en);
}

/* Arabic has six plural forms: 0, 1, 2, 3..10, 11..99 and the rest. */
static void goal_tally_text__arabic__six_plural_forms(void **state)
{
	(void)state;
	static const struct { size_t n; const char *head; } cases[] = {
		{ 0, "٠ هدف:" }, { 1, "هدف واحد:" }, { 2, "هدفان:" }, { 3, "٣ أهداف:" },
		{ 11, "١١ هدفًا:" }, { 100, "١٠٠ هدف:" },
	};
	size_t c[GOAL_NSTATES] = { 0 };
	use_lang("ar");
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		c[GOAL_NO_DATA] = cases[i].n;
		char *t = goal_tally_text(cases[i].n, c);
		assert_memory_equal(t, cases[i].head, strlen(cases[i].head));
		free(t);
	}
	use_lang("en");
}

static void goal_rows_count__states__counted_and_at_least_summed(void **state)
{
	(void)state;
	struct goal_row v[5] = { 0 };
	v[0].status.state = GOAL_AT_RISK;
	v[1].status.state = GOAL_MISSED;
	v[2].status.state = GOAL_AT_RISK;
	v[3].status.state = GOAL_TOO_EARLY;
	v[4].status.state = GOAL_ACHIEVED;
	struct goal_rows rows = { v, 5 };
	size_t c[GOAL_NSTATES];
	memset(c, 0xff, sizeof c);   /* zeroed by the count */
	goal_rows_count(&rows, c);
	assert_int_equal(c[GOAL_AT_RISK], 2);
	assert_int_equal(c[GOAL_MISSED], 1);
	assert_int_equal(c[GOAL_TOO_EARLY], 1);
	assert_int_equal(c[GOAL_ACHIEVED], 1);
	assert_int_equal(c[GOAL_ON_TRACK], 0);
	assert_int_equal(c[GOAL_NO_DATA], 0);
	/* too early and no data are on no rung */
	assert_int_equal(goal_counts_at_least(c, GOAL_AT_RISK), 3);
	assert_int_equal(goal_counts_at_least(c, GOAL_MISSED), 1);
	assert_int_equal(goal_counts_at_least(c, GOAL_ACHIEVED), 4);
}

static void goal_attention_label__both_languages__at_risk_first(void **state)
{
	(void)state;
	assert_string_equal(goal_attention_label(), "at risk or missed");
	use_lang("fa");
	assert_string_equal(goal_attention_label(), "در معرض خطر یا محقق‌نشده");
	use_lang("en");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(catalogue_load__valid__resolves_everything),
		cmocka_unit_test(catalogue_load__many_mistakes__reports_every_one),
		cmocka_unit_test(catalogue_load__unknown_dependency__suggests),
		cmocka_unit_test(catalogue_load__dependency_in_later_phase__rejected),
		cmocka_unit_test(catalogue_load__cycle__prints_it),
		cmocka_unit_test(catalogue_load__initiative_larger_than_any_phase__says_so),
		cmocka_unit_test(catalogue_load__shipped_default__is_valid),
		cmocka_unit_test(plan_priority__formula__hand_computed),
		cmocka_unit_test(plan_build__selection__findings_dimensions_gaps_and_dependencies),
		cmocka_unit_test(plan_build__more_reasons__never_lower_urgency),
		cmocka_unit_test(plan_build__urgency_is_the_highest_reason__monotone),
		cmocka_unit_test(plan_build__capacity__pushes_later_and_says_why),
		cmocka_unit_test(plan_build__no_room_left__error_names_initiative),
		cmocka_unit_test(plan_build__same_inputs__same_plan),
		cmocka_unit_test(plan_order__cycle__printed),
		cmocka_unit_test(plan_date__year_ends_and_leap_days__round_trip),
		cmocka_unit_test(plan_date_weekday__calendar_edges__iso),
		cmocka_unit_test(goal_evaluate__each_state),
		cmocka_unit_test(goal_evaluate__lower_is_better),
		cmocka_unit_test(goal_evaluate__equals_and_window),
		cmocka_unit_test(goal_judge__past_due__settled_on_values_up_to_due),
		cmocka_unit_test(goal_judge__few_values__too_early),
		cmocka_unit_test(goal_judge__steep_trend__projection_stays_in_domain),
		cmocka_unit_test(goal_judge__baseline__fixed_from_set_date),
		cmocka_unit_test(goal_names__metrics_and_scopes),
		cmocka_unit_test(goal_state_find__every_name__round_trips),
		cmocka_unit_test(goal_tally_text__counts_in_ladder_order__both_languages),
		cmocka_unit_test(goal_tally_text__arabic__six_plural_forms),
		cmocka_unit_test(goal_rows_count__states__counted_and_at_least_summed),
		cmocka_unit_test(goal_attention_label__both_languages__at_risk_first),
		cmocka_unit_test(plan_scope_in_roster__departments_and_waves),
		cmocka_unit_test(plan_goal_place_check__phases_and_parents__said_as_goal_add_says),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
