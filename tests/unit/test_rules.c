/* Unit tests of rules/: loading, each function against fake facts with
 * hand-computed values, findings order, and every shipped rule firing in a
 * troubled organisation and staying quiet in a healthy one. */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/embedded.h"
#include "../../core/xalloc.h"
#include "../../rules/rules.h"

/* ---- fake facts: a table of call -> value, and a log of what was asked ---- */

struct fake {
	const char *const *keys;   /* "score leadership", "metric dq.score ", ... */
	const double *values;
	size_t n;
	char log[1024];
	const char *mode;          /* answer_mode's answer */
};

static bool lookup(struct fake *f, const char *key, double *out)
{
	size_t len = strlen(f->log);
	snprintf(f->log + len, sizeof f->log - len, "%s|", key);
	for (size_t i = 0; i < f->n; i++)
		if (!strcmp(f->keys[i], key)) {
			*out = f->values[i];
			return true;
		}
	return false;
}

static bool f_score(void *ctx, const char *qn, const char *dim, const char *by,
		    const char *group, double *out, char **why)
{
	(void)why;
	char key[200];
	snprintf(key, sizeof key, "score %s %s %s %s", qn, dim, by ? by : "-", group ? group : "-");
	return lookup(ctx, key, out);
}

static bool f_index(void *ctx, const char *qn, double *out, char **why)
{
	(void)why;
	char key[200];
	snprintf(key, sizeof key, "index %s", qn);
	return lookup(ctx, key, out);
}

static bool f_answer_mean(void *ctx, const char *qn, const char *q, double *out, char **why)
{
	(void)why;
	char key[200];
	snprintf(key, sizeof key, "answer %s %s", qn, q);
	return lookup(ctx, key, out);
}

static bool f_answer_mode(void *ctx, const char *qn, const char *q, char **out, char **why)
{
	struct fake *f = ctx;
	(void)qn;
	(void)q;
	if (!f->mode) {
		*why = xstrdup("nobody answered it");
		return false;
	}
	*out = xstrdup(f->mode);
	return true;
}

static bool f_share(void *ctx, const char *qn, const char *q, const char *v, double *out,
		    char **why)
{
	(void)why;
	char key[200];
	snprintf(key, sizeof key, "share %s %s %s", qn, q, v);
	return lookup(ctx, key, out);
}

static bool f_respondents(void *ctx, const char *qn, double *out, char **why)
{
	(void)why;
	char key[200];
	snprintf(key, sizeof key, "respondents %s", qn);
	return lookup(ctx, key, out);
}

static bool f_gap(void *ctx, const char *model, const char *cap, double *out, char **why)
{
	(void)why;
	char key[200];
	snprintf(key, sizeof key, "gap %s %s", model, cap);
	return lookup(ctx, key, out);
}

static bool f_current(void *ctx, const char *model, const char *cap, double *out, char **why)
{
	(void)why;
	char key[200];
	snprintf(key, sizeof key, "current %s %s", model, cap);
	return lookup(ctx, key, out);
}

static bool f_spread(void *ctx, const char *qn, const char *dim, double *out, char **why)
{
	(void)why;
	char key[200];
	snprintf(key, sizeof key, "spread %s %s", qn, dim);
	return lookup(ctx, key, out);
}

static bool f_pgap(void *ctx, const char *qn, const char *dim, const char *by, double *out,
		   char **why)
{
	(void)why;
	char key[200];
	snprintf(key, sizeof key, "pgap %s %s %s", qn, dim, by);
	return lookup(ctx, key, out);
}

static bool f_metric(void *ctx, const char *name, const char *scope, double *out, char **why)
{
	(void)why;
	char key[200];
	snprintf(key, sizeof key, "metric %s [%s]", name, scope);
	return lookup(ctx, key, out);
}

static bool f_metric_over(void *ctx, const char *name, const char *kind, bool highest,
			  double *out, char **why)
{
	(void)why;
	char key[200];
	snprintf(key, sizeof key, "metric_%s %s [%s]", highest ? "max" : "min", name, kind);
	return lookup(ctx, key, out);
}

static struct rule_facts facts_of(struct fake *f)
{
	struct rule_facts r = { f, f_score, f_index, f_answer_mean, f_answer_mode, f_share,
				f_respondents, f_gap, f_current, f_spread, f_pgap, f_metric,
				f_metric_over };
	return r;
}

static struct rule_refs *refs;

static int setup(void **state)
{
	(void)state;
	refs = rule_refs_new(NULL);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	rule_refs_free(refs);
	return 0;
}

static struct rule_set *load(const char *yaml, struct diag *d)
{
	return rule_load_buffer("t.yaml", yaml, strlen(yaml), refs, d);
}

/* Evaluate the only rule of a one-rule file; returns evaluated, *fired. */
static bool eval_one(const char *when, struct fake *f, bool *fired, struct expr_result *res)
{
	char *yaml = xasprintf("id: t\nrules:\n  - id: r\n    when: '%s'\n    severity: low\n"
			       "    title: T\n    recommendation: R\n", when);
	struct diag d;
	diag_init(&d);
	struct rule_set *s = load(yaml, &d);
	if (!s)
		for (size_t i = 0; i < d.n; i++)
			fprintf(stderr, "%s: %s\n", d.msgs[i].where, d.msgs[i].text);
	assert_non_null(s);
	struct rule_facts facts = facts_of(f);
	rule_eval(s, &s->rules[0], &facts, res);
	*fired = expr_result_true(res);
	bool ev = res->evaluated;
	rule_set_free(s);
	diag_release(&d);
	free(yaml);
	return ev;
}

#define FAKE(k, v) struct fake f = { k, v, sizeof v / sizeof *v, "", NULL }

static void rule_eval__each_function__reads_its_fact(void **state)
{
	(void)state;
	static const char *const keys[] = {
		"score crm-readiness leadership - -",
		"score crm-readiness leadership department Sales",
		"index crm-readiness",
		"answer crm-readiness exec-sponsor",
		"share crm-readiness sales-incentives individual",
		"respondents crm-readiness",
		"gap crm-capabilities mobile-access",
		"current crm-capabilities mobile-access",
		"spread crm-readiness culture",
		"pgap crm-readiness leadership role",
		"metric dq.score [entity=Contact]",
		"metric adoption.active_rate [department=Sales]",
		"metric_min training.completion [wave]",
		"metric_max dq.duplicate_rate [entity]",
	};
	static const double values[] = { 42.5, 30, 57.25, 62.5, 0.4, 12, 1.6, 2.4, 18.3, 27.5,
					 0.62, 0.45, 0.55, 0.08 };
	FAKE(keys, values);
	struct expr_result r;
	bool fired;
	/* each: the value compared with a threshold just above and just below */
	const struct { const char *when; bool fire; } cases[] = {
		{ "score(\"leadership\") < 42.6", true },
		{ "score(\"leadership\") < 42.5", false },
		{ "score(\"leadership\", \"department\", \"Sales\") == 30", true },
		{ "index() >= 57.25", true },
		{ "answer(\"exec-sponsor\") > 62.5", false },
		{ "share(\"sales-incentives\", \"individual\") * 100 == 40", true },
		{ "respondents() < 12", false },
		{ "gap(\"mobile-access\") + current(\"mobile-access\") == 4", true },
		{ "spread(\"culture\") > 18", true },
		{ "perception_gap(\"leadership\", \"role\") / 2 == 13.75", true },
		{ "metric(\"dq.score\", \"entity=Contact\") < 0.7", true },
		{ "metric_min(\"training.completion\", \"wave\") < 0.55", false },
		{ "metric_max(\"dq.duplicate_rate\", \"entity\") > 0.05", true },
		{ "metric(\"adoption.active_rate\", \"department=Sales\") >= 0.5", false },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		f.log[0] = 0;
		assert_true(eval_one(cases[i].when, &f, &fired, &r));
		if (fired != cases[i].fire)
			fprintf(stderr, "case %s\n", cases[i].when);
		assert_int_equal(fired, cases[i].fire);
		expr_result_release(&r);
	}
	/* answer() compared with a string reads the most common raw answer */
	f.mode = "yes";
	assert_true(eval_one("answer(\"has-crm\") == \"yes\"", &f, &fired, &r));
	assert_true(fired);
	assert_string_equal(r.evidence[0].value.str, "yes");
	expr_result_release(&r);
	f.mode = NULL;
	assert_false(eval_one("answer(\"has-crm\") == \"yes\"", &f, &fired, &r));
	assert_string_equal(r.reason, "nobody answered it");
	expr_result_release(&r);
}

static void rule_eval__missing_fact__not_evaluated(void **state)
{
	(void)state;
	static const char *const keys[] = { "index crm-readiness" };
	static const double values[] = { 0 };
	FAKE(keys, values);
	struct expr_result r;
	bool fired;
	assert_false(eval_one("score(\"leadership\") < 50", &f, &fired, &r));
	assert_false(fired);
	assert_string_equal(r.reason, "no data for score(\"leadership\")");
	expr_result_release(&r);
	assert_false(eval_one("100 / index() > 1", &f, &fired, &r));
	assert_string_equal(r.reason, "division by zero");
	assert_int_equal(r.nevidence, 1);
	expr_result_release(&r);
	/* a NULL callback is "no data" too */
	struct rule_facts none = { 0 };
	struct diag d;
	diag_init(&d);
	struct rule_set *s = load("id: t\nrules:\n  - {id: r, when: 'metric(\"x\") > 1', "
				  "severity: low, title: T, recommendation: R}\n", &d);
	assert_non_null(s);
	rule_eval(s, &s->rules[0], &none, &r);
	assert_false(r.evaluated);
	assert_string_equal(r.reason, "no data for metric(\"x\")");
	expr_result_release(&r);
	rule_set_free(s);
	diag_release(&d);
}

static void rule_findings_collect__fired_by_severity__then_not_evaluated(void **state)
{
	(void)state;
	static const char *const keys[] = { "index crm-readiness", "metric a []", "metric b []" };
	static const double values[] = { 30, 1, 2 };
	FAKE(keys, values);
	struct diag d;
	diag_init(&d);
	struct rule_set *s = load(
		"id: t\n"
		"rules:\n"
		"  - {id: low-one, when: 'index() < 50', severity: low, title: T, recommendation: R}\n"
		"  - {id: crit, when: 'metric(\"a\") == 1', severity: critical, title: T, recommendation: R}\n"
		"  - {id: nodata, when: 'metric(\"zz\") > 0', severity: high, title: T, recommendation: R}\n"
		"  - {id: quiet, when: 'metric(\"b\") > 5', severity: high, title: T, recommendation: R}\n"
		"  - {id: low-two, when: 'metric(\"b\") == 2', severity: low, title: T, recommendation: R}\n"
		"  - {id: info, when: 'true', severity: info, title: T, recommendation: R}\n", &d);
	assert_non_null(s);
	struct rule_facts facts = facts_of(&f);
	struct rule_findings out;
	rule_findings_collect(&s, 1, &facts, SEVERITY_INFO, &out);
	assert_int_equal(out.nfired, 4);
	assert_string_equal(out.fired[0].rule->id, "crit");
	assert_string_equal(out.fired[1].rule->id, "low-one");
	assert_string_equal(out.fired[2].rule->id, "low-two");
	assert_string_equal(out.fired[3].rule->id, "info");
	assert_int_equal(out.nnot_evaluated, 1);
	assert_string_equal(out.not_evaluated[0].rule->id, "nodata");
	assert_int_equal(out.passed, 1);
	assert_float_equal(out.fired[0].result.evidence[0].value.num, 1, 0);
	rule_findings_release(&out);
	rule_findings_collect(&s, 1, &facts, SEVERITY_HIGH, &out);
	assert_int_equal(out.nfired, 1);
	assert_int_equal(out.nnot_evaluated, 1);
	assert_int_equal(out.passed, 1);
	rule_findings_release(&out);
	rule_set_free(s);
	diag_release(&d);
}

static void rule_load__errors__all_reported(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	assert_null(load("id: t\nversion: 0\nrules:\n"
			 "  - {id: a, when: 'score(\"leadrship\") < 5', severity: hgh, title: T, recommendation: R}\n"
			 "  - {id: a, when: 'index() <', severity: low, title: T, recommendation: R, initiatives: [nope-nope]}\n"
			 "  - {id: b, when: 'score(\"data\", \"department\") < 5', severity: low, title: T}\n",
			 &d));
	diag_sort(&d);
	const char *want[] = {
		"t.yaml:2:10", "t.yaml:4:26", "t.yaml:4:55", "t.yaml:5:10",
		"t.yaml:5:29", "t.yaml:5:90", "t.yaml:6:5", "t.yaml:6:34",
	};
	for (size_t i = 0; i < d.n && i < 8; i++)
		if (strcmp(d.msgs[i].where, want[i]))
			fprintf(stderr, "%zu: %s: %s\n", i, d.msgs[i].where, d.msgs[i].text);
	assert_int_equal(d.n, 8);
	for (size_t i = 0; i < 8; i++)
		assert_string_equal(d.msgs[i].where, want[i]);
	diag_release(&d);
}

/* One rule `when` on the shipped readiness questionnaire: NULL when it
 * loads, else its first error's text (malloc'd). */
static char *load_error(const char *when)
{
	char *yaml = xasprintf("id: t\nrules:\n  - id: r\n    when: '%s'\n    severity: low\n"
			       "    title: T\n    recommendation: R\n", when);
	struct diag d;
	diag_init(&d);
	struct rule_set *s = load(yaml, &d);
	char *msg = s ? NULL : xstrdup(d.n ? d.msgs[0].text : "");
	rule_set_free(s);
	diag_release(&d);
	free(yaml);
	return msg;
}

/* share()'s value is read as the questionnaire reads an answer (as share()
 * reads it when it counts): "Y" is yes, "4.0" is 4, an option id in any
 * case; what is no single answer stays an error. */
static void rule_load__share_value__read_as_an_answer(void **state)
{
	(void)state;
	assert_null(load_error("share(\"has-crm\", \"Y\") > 0.5"));
	assert_null(load_error("share(\"current-crm-usage\", \"4.0\") > 0.5"));
	assert_null(load_error("share(\"sales-incentives\", \"Individual\") > 0.5"));
	assert_null(load_error("share(\"integration-systems\", \"erp\") > 0.5"));
	const char *bad[][2] = {
		{ "share(\"has-crm\", \"maybe\") > 0.5",
		  "question 'has-crm' is yes/no: share() counts \"yes\" or \"no\", found \"maybe\"" },
		{ "share(\"current-crm-usage\", \"7\") > 0.5",
		  "question 'current-crm-usage' is answered 1..5: share() counts one of those, found \"7\"" },
		{ "share(\"integration-systems\", \"erp;other\") > 0.5",
		  "unknown option 'erp;other' in 'integration-systems'" },
		{ "share(\"training-days\", \"many\") > 0.5",
		  "question 'training-days' is a number: share() counts one of its answers, found 'many', "
		  "expected a number" },
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char *msg = load_error(bad[i][0]);
		assert_non_null(msg);
		if (!strstr(msg, bad[i][1]))
			fprintf(stderr, "%s\n", msg);
		assert_non_null(strstr(msg, bad[i][1]));
		free(msg);
	}
}

/* ---- the shipped set ---- */

static struct rule_set *shipped(void)
{
	const struct embedded_file *file = content_find("rules/crm-default.yaml");
	assert_non_null(file);
	struct diag d;
	diag_init(&d);
	struct rule_set *s = rule_load_buffer(file->name, file->data, file->len, refs, &d);
	for (size_t i = 0; i < d.n; i++)
		fprintf(stderr, "%s: %s\n", d.msgs[i].where, d.msgs[i].text);
	assert_int_equal(d.n, 0);
	diag_release(&d);
	assert_non_null(s);
	return s;
}

static void crm_default__every_rule__complete_and_translated(void **state)
{
	(void)state;
	struct rule_set *s = shipped();
	assert_true(s->nrules >= 18);
	for (size_t i = 0; i < s->nrules; i++) {
		const struct rule *r = &s->rules[i];
		assert_true(r->source.n > 0);
		for (size_t l = 1; l < lang_count(); l++) {
			assert_non_null(r->title.v[l]);
			assert_non_null(r->recommendation.v[l]);
		}
	}
	rule_set_free(s);
}

/* A troubled organisation: every shipped rule fires. A healthy one: none
 * does. Values by function (the same for every id). */
struct world {
	double score, index, answer, share, respondents, gap, current, spread, pgap;
	double dq_score, dup_rate, active_rate, training;
};

static bool w_score(void *c, const char *qn, const char *d, const char *b, const char *g,
		    double *o, char **y) { (void)qn; (void)d; (void)b; (void)g; (void)y; *o = ((struct world *)c)->score; return true; }
static bool w_index(void *c, const char *qn, double *o, char **y) { (void)qn; (void)y; *o = ((struct world *)c)->index; return true; }
static bool w_answer(void *c, const char *qn, const char *q, double *o, char **y) { (void)qn; (void)q; (void)y; *o = ((struct world *)c)->answer; return true; }
static bool w_share(void *c, const char *qn, const char *q, const char *v, double *o, char **y) { (void)qn; (void)q; (void)v; (void)y; *o = ((struct world *)c)->share; return true; }
static bool w_resp(void *c, const char *qn, double *o, char **y) { (void)qn; (void)y; *o = ((struct world *)c)->respondents; return true; }
static bool w_gap(void *c, const char *m, const char *k, double *o, char **y) { (void)m; (void)k; (void)y; *o = ((struct world *)c)->gap; return true; }
static bool w_current(void *c, const char *m, const char *k, double *o, char **y) { (void)m; (void)k; (void)y; *o = ((struct world *)c)->current; return true; }
static bool w_spread(void *c, const char *qn, const char *d, double *o, char **y) { (void)qn; (void)d; (void)y; *o = ((struct world *)c)->spread; return true; }
static bool w_pgap(void *c, const char *qn, const char *d, const char *b, double *o, char **y) { (void)qn; (void)d; (void)b; (void)y; *o = ((struct world *)c)->pgap; return true; }
static bool w_metric(void *c, const char *n, const char *s, double *o, char **y)
{
	struct world *w = c;
	(void)s;
	(void)y;
	if (!strcmp(n, "dq.score")) *o = w->dq_score;
	else if (!strcmp(n, "dq.duplicate_rate")) *o = w->dup_rate;
	else if (!strcmp(n, "adoption.active_rate")) *o = w->active_rate;
	else if (!strcmp(n, "training.completion")) *o = w->training;
	else return false;
	return true;
}

static bool w_metric_over(void *c, const char *n, const char *k, bool highest, double *o,
			  char **y)
{
	(void)k;
	(void)highest;
	return w_metric(c, n, "", o, y);
}

static void crm_default__troubled_and_healthy__all_fire_or_none(void **state)
{
	(void)state;
	struct rule_set *s = shipped();
	struct world bad = { 20, 20, 20, 0.6, 3, 3, 1, 35, 40, 0.5, 0.2, 0.2, 0.3 };
	struct world good = { 85, 85, 85, 0, 30, 0, 5, 5, 5, 0.95, 0.01, 0.9, 0.95 };
	struct world *worlds[] = { &bad, &good };
	for (int k = 0; k < 2; k++) {
		struct rule_facts facts = { worlds[k], w_score, w_index, w_answer, NULL, w_share,
					    w_resp, w_gap, w_current, w_spread, w_pgap, w_metric,
					    w_metric_over };
		struct rule_findings out;
		rule_findings_collect(&s, 1, &facts, SEVERITY_INFO, &out);
		if (k == 0) {
			for (size_t i = 0; i < out.nnot_evaluated; i++)
				fprintf(stderr, "not evaluated: %s\n", out.not_evaluated[i].rule->id);
			assert_int_equal(out.nfired, s->nrules);
			/* most severe first */
			for (size_t i = 1; i < out.nfired; i++)
				assert_true(out.fired[i - 1].rule->severity >= out.fired[i].rule->severity);
		} else {
			for (size_t i = 0; i < out.nfired; i++)
				fprintf(stderr, "fired: %s\n", out.fired[i].rule->id);
			assert_int_equal(out.nfired, 0);
			assert_int_equal(out.passed, s->nrules);
		}
		assert_int_equal(out.nnot_evaluated, 0);
		rule_findings_release(&out);
	}
	rule_set_free(s);
}

/* --min-severity keeps each list's order; --fail-on reads the fired ones. */
static void rule_findings_at_least__mixed_severities__keeps_order_and_borrows(void **state)
{
	(void)state;
	struct rule info = { .id = "i", .severity = SEVERITY_INFO };
	struct rule high = { .id = "h", .severity = SEVERITY_HIGH };
	struct rule med = { .id = "m", .severity = SEVERITY_MEDIUM };
	struct rule crit = { .id = "c", .severity = SEVERITY_CRITICAL };
	struct rule_finding fired[] = { { .rule = &high }, { .rule = &med }, { .rule = &info } };
	struct rule_finding not[] = { { .rule = &info }, { .rule = &crit } };
	struct rule_finding passing[] = { { .rule = &med } };
	struct rule_findings all = { fired, 3, not, 2, passing, 1, NULL, 0 };
	struct rule_findings v;
	rule_findings_at_least(&all, SEVERITY_MEDIUM, &v);
	assert_int_equal(v.nfired, 2);
	assert_ptr_equal(v.fired[0].rule, &high);
	assert_ptr_equal(v.fired[1].rule, &med);
	assert_int_equal(v.nnot_evaluated, 1);
	assert_ptr_equal(v.not_evaluated[0].rule, &crit);
	assert_int_equal(v.passed, 1);
	rule_findings_view_release(&v);
	rule_findings_at_least(&all, SEVERITY_CRITICAL, &v);
	assert_int_equal(v.nfired + v.passed, 0);
	assert_int_equal(v.nnot_evaluated, 1);
	rule_findings_view_release(&v);

	assert_true(rule_findings_fired_at_least(&all, SEVERITY_HIGH));
	/* a critical rule that could not be evaluated never fired */
	assert_false(rule_findings_fired_at_least(&all, SEVERITY_CRITICAL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(rule_eval__each_function__reads_its_fact),
		cmocka_unit_test(rule_findings_at_least__mixed_severities__keeps_order_and_borrows),
		cmocka_unit_test(rule_eval__missing_fact__not_evaluated),
		cmocka_unit_test(rule_findings_collect__fired_by_severity__then_not_evaluated),
		cmocka_unit_test(rule_load__errors__all_reported),
		cmocka_unit_test(rule_load__share_value__read_as_an_answer),
		cmocka_unit_test(crm_default__every_rule__complete_and_translated),
		cmocka_unit_test(crm_default__troubled_and_healthy__all_fire_or_none),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
