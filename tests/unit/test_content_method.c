/* Unit test of the shipped content against the method behind it:
 * - every question, rule, initiative and goal template names where it
 *   comes from, in one of the method's documents (or as general practice),
 *   and every initiative names its step of the six;
 * - every rule fires on some crafted facts and stays silent on others
 *   (tests/unit/content_rule_cases.yaml, one case per rule);
 * - every initiative can be reached from a finding, a weak dimension or a
 *   capability gap (or is needed by one that can);
 * - every question is read by a score, a rule or a report.
 * Each miss is named on stderr with its file and id. */
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
#include "../../core/yamlx.h"
#include "../../phases/plan.h"
#include "../../questionnaires/questionnaire.h"
#include "../../rules/rules.h"

#define CASES "tests/unit/content_rule_cases.yaml"

static const struct embedded_file *shipped(const char *name)
{
	for (const struct embedded_file *f = content_files; f->name; f++)
		if (!strcmp(f->name, name))
			return f;
	fail_msg("%s is not shipped", name);
	return NULL;
}

static void print_diag(struct diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		fprintf(stderr, "%s: %s\n", d->msgs[i].where ? d->msgs[i].where : "",
			d->msgs[i].text);
	diag_release(d);
}

static struct questionnaire *questionnaire(const char *name)
{
	const struct embedded_file *f = shipped(name);
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = q_load_buffer(f->name, f->data, f->len, &d);
	print_diag(&d);
	assert_non_null(q);
	return q;
}

static struct catalogue *catalogue(void)
{
	const struct embedded_file *f = shipped("plans/crm-default-plan.yaml");
	struct diag d;
	diag_init(&d);
	struct catalogue *c = catalogue_load_buffer(f->name, f->data, f->len, &d);
	print_diag(&d);
	assert_non_null(c);
	return c;
}

static struct rule_set *rules(struct rule_refs *refs)
{
	const struct embedded_file *f = shipped("rules/crm-default.yaml");
	struct diag d;
	diag_init(&d);
	struct rule_set *s = rule_load_buffer(f->name, f->data, f->len, refs, &d);
	print_diag(&d);
	assert_non_null(s);
	return s;
}

/* ---- sources and steps ---- */

/* A source that names a document of the method (or general practice);
 * prints what is wrong. */
static size_t check_sources(const char *file, const char *what, const char *id,
			    const struct sources *s)
{
	if (!s->n) {
		fprintf(stderr, "%s: %s %s: no source\n", file, what, id);
		return 1;
	}
	size_t bad = 0;
	for (size_t i = 0; i < s->n; i++)
		if (s->v[i].doc == SOURCE_TEXT) {
			fprintf(stderr, "%s: %s %s: source %zu names no document\n", file, what,
				id, i + 1);
			bad++;
		}
	return bad;
}

static size_t check_goal_sources(const char *file, const char *phase,
				 const struct catalogue_goal *g, size_t n)
{
	size_t bad = 0;
	for (size_t i = 0; i < n; i++) {
		char id[200];
		snprintf(id, sizeof id, "%s/%s%s%s", phase, g[i].metric, *g[i].scope ? " " : "",
			 g[i].scope);
		bad += check_sources(file, "goal template", id, &g[i].source);
		bad += check_goal_sources(file, phase, g[i].sub_goals, g[i].nsub_goals);
	}
	return bad;
}

static void content__every_item__names_its_source_document(void **state)
{
	(void)state;
	size_t bad = 0;
	const char *qs[] = { "questionnaires/crm-readiness.yaml",
			     "questionnaires/crm-capabilities.yaml" };
	for (size_t k = 0; k < 2; k++) {
		struct questionnaire *q = questionnaire(qs[k]);
		for (size_t i = 0; i < q->nquestions; i++)
			bad += check_sources(qs[k], "question", q->questions[i].id,
					     &q->questions[i].source);
		q_free(q);
	}
	struct rule_refs *refs = rule_refs_new(NULL);
	struct rule_set *s = rules(refs);
	for (size_t i = 0; i < s->nrules; i++)
		bad += check_sources("rules/crm-default.yaml", "rule", s->rules[i].id,
				     &s->rules[i].source);
	rule_set_free(s);
	rule_refs_free(refs);
	struct catalogue *c = catalogue();
	for (size_t i = 0; i < c->ninitiatives; i++) {
		const struct catalogue_initiative *in = &c->initiatives[i];
		bad += check_sources("plans/crm-default-plan.yaml", "initiative", in->id,
				     &in->source);
		if (in->step == STEP_NONE) {
			fprintf(stderr, "plans/crm-default-plan.yaml: initiative %s: no step\n",
				in->id);
			bad++;
		}
	}
	for (size_t p = 0; p < c->nphases; p++)
		bad += check_goal_sources("plans/crm-default-plan.yaml", c->phases[p].id,
					  c->phases[p].goals, c->phases[p].ngoals);
	catalogue_free(c);
	if (bad)
		fail_msg("%zu sources or steps missing (listed above)", bad);
}

/* ---- every rule fires on some facts and stays silent on others ---- */

/* The facts of one case: "fn(arg,arg)" -> a scalar. */
struct world {
	const struct yx_node *facts;    /* a mapping, or NULL */
};

static const struct yx_node *fact(const struct world *w, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static const struct yx_node *fact(const struct world *w, const char *fmt, ...)
{
	char key[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(key, sizeof key, fmt, ap);
	va_end(ap);
	const struct yx_node *v = w->facts ? yx_get(w->facts, key) : NULL;
	return v && v->kind == YX_SCALAR ? v : NULL;
}

static bool number(const struct yx_node *v, double *out)
{
	if (!v)
		return false;
	char *end;
	*out = strtod(v->str, &end);
	return end != v->str && !*end;
}

static bool f_score(void *ctx, const char *q, const char *dim, const char *by, const char *group,
		    double *out, char **why)
{
	(void)q, (void)why;
	return by ? number(fact(ctx, "score(%s,%s,%s)", dim, by, group), out)
		  : number(fact(ctx, "score(%s)", dim), out);
}
static bool f_index(void *ctx, const char *q, double *out, char **why)
{
	(void)q, (void)why;
	return number(fact(ctx, "index()"), out);
}
static bool f_answer(void *ctx, const char *q, const char *question, double *out, char **why)
{
	(void)q, (void)why;
	return number(fact(ctx, "answer(%s)", question), out);
}
static bool f_mode(void *ctx, const char *q, const char *question, char **out, char **why)
{
	(void)q, (void)why;
	const struct yx_node *v = fact(ctx, "answer(%s)", question);
	if (v)
		*out = xstrdup(v->str);
	return v != NULL;
}
static bool f_share(void *ctx, const char *q, const char *question, const char *value,
		    double *out, char **why)
{
	(void)q, (void)why;
	return number(fact(ctx, "share(%s,%s)", question, value), out);
}
static bool f_respondents(void *ctx, const char *q, double *out, char **why)
{
	(void)q, (void)why;
	return number(fact(ctx, "respondents()"), out);
}
static bool f_gap(void *ctx, const char *m, const char *cap, double *out, char **why)
{
	(void)m, (void)why;
	return number(fact(ctx, "gap(%s)", cap), out);
}
static bool f_current(void *ctx, const char *m, const char *cap, double *out, char **why)
{
	(void)m, (void)why;
	return number(fact(ctx, "current(%s)", cap), out);
}
static bool f_spread(void *ctx, const char *q, const char *dim, double *out, char **why)
{
	(void)q, (void)why;
	return number(fact(ctx, "spread(%s)", dim), out);
}
static bool f_perception(void *ctx, const char *q, const char *dim, const char *by,
			 double *out, char **why)
{
	(void)q, (void)why;
	return number(fact(ctx, "perception_gap(%s,%s)", dim, by), out);
}
static bool f_metric(void *ctx, const char *name, const char *scope, double *out, char **why)
{
	(void)why;
	return *scope ? number(fact(ctx, "metric(%s,%s)", name, scope), out)
		      : number(fact(ctx, "metric(%s)", name), out);
}
static bool f_metric_over(void *ctx, const char *name, const char *kind, bool highest,
			  double *out, char **why)
{
	(void)why;
	return number(fact(ctx, "%s(%s,%s)", highest ? "metric_max" : "metric_min", name, kind),
		      out);
}

/* 1 fired, 0 evaluated and silent, -1 not evaluated. */
static int run_rule(const struct rule_set *s, const struct rule *r, const struct yx_node *facts)
{
	struct world w = { facts };
	struct rule_facts f = {
		.ctx = &w, .score = f_score, .index = f_index, .answer_mean = f_answer,
		.answer_mode = f_mode, .share = f_share, .respondents = f_respondents,
		.gap = f_gap, .current = f_current, .spread = f_spread,
		.perception_gap = f_perception, .metric = f_metric, .metric_over = f_metric_over,
	};
	struct expr_result res;
	rule_eval(s, r, &f, &res);
	int verdict = !res.evaluated ? -1 : expr_result_true(&res) ? 1 : 0;
	if (verdict < 0)
		fprintf(stderr, "  %s: not evaluated: %s\n", r->id, res.reason ? res.reason : "");
	expr_result_release(&res);
	return verdict;
}

static void content__every_rule__fires_on_some_facts_and_not_on_others(void **state)
{
	(void)state;
	struct yx_doc cases;
	struct diag d;
	diag_init(&d);
	bool loaded = yx_load_file(&cases, CASES, &d);
	print_diag(&d);
	assert_true(loaded);
	assert_non_null(cases.root);
	assert_int_equal(cases.root->kind, YX_MAP);
	struct rule_refs *refs = rule_refs_new(NULL);
	struct rule_set *s = rules(refs);
	size_t bad = 0;
	for (size_t i = 0; i < s->nrules; i++) {
		const struct rule *r = &s->rules[i];
		const struct yx_node *c = yx_get(cases.root, r->id);
		if (!c || c->kind != YX_MAP) {
			fprintf(stderr, "%s: no case for rule %s\n", CASES, r->id);
			bad++;
			continue;
		}
		if (run_rule(s, r, yx_get(c, "fires")) != 1) {
			fprintf(stderr, "%s: rule %s does not fire on its 'fires' facts\n", CASES, r->id);
			bad++;
		}
		if (run_rule(s, r, yx_get(c, "silent")) != 0) {
			fprintf(stderr, "%s: rule %s is not silent on its 'silent' facts\n", CASES,
				r->id);
			bad++;
		}
	}
	/* and no case for a rule that is gone */
	for (size_t k = 0; k < cases.root->n; k++) {
		const char *id = yx_key(cases.root, k)->str;
		bool known = false;
		for (size_t i = 0; i < s->nrules && !known; i++)
			known = !strcmp(s->rules[i].id, id);
		if (!known) {
			fprintf(stderr, "%s: a case for rule %s, which is not shipped\n", CASES, id);
			bad++;
		}
	}
	rule_set_free(s);
	rule_refs_free(refs);
	yx_release(&cases);
	if (bad)
		fail_msg("%zu rule cases wrong (listed above)", bad);
}

/* ---- every initiative is reachable ---- */

static bool named_by_rule(const struct rule_set *s, const char *initiative)
{
	for (size_t i = 0; i < s->nrules; i++)
		for (size_t k = 0; k < s->rules[i].ninitiatives; k++)
			if (!strcmp(s->rules[i].initiatives[k], initiative))
				return true;
	return false;
}

/* An initiative the plan selects on its own: a finding asks for it, or it
 * addresses a readiness dimension (selected when the dimension is weak) or
 * a capability (selected when there is a gap). */
static bool selectable(const struct catalogue_initiative *in, const struct rule_set *s,
		       const struct questionnaire *ready, const struct questionnaire *caps)
{
	if (named_by_rule(s, in->id))
		return true;
	for (size_t a = 0; a < in->naddresses; a++)
		if (q_find_dimension(ready, in->addresses[a]) >= 0 ||
		    q_find_capability(caps, in->addresses[a]) >= 0)
			return true;
	return false;
}

static void catalogue__every_initiative__reachable(void **state)
{
	(void)state;
	struct questionnaire *ready = questionnaire("questionnaires/crm-readiness.yaml");
	struct questionnaire *caps = questionnaire("questionnaires/crm-capabilities.yaml");
	struct rule_refs *refs = rule_refs_new(NULL);
	struct rule_set *s = rules(refs);
	struct catalogue *c = catalogue();
	bool *reach = xcalloc(c->ninitiatives, sizeof *reach);
	for (size_t i = 0; i < c->ninitiatives; i++)
		reach[i] = selectable(&c->initiatives[i], s, ready, caps);
	/* a dependency of a reachable initiative is planned with it */
	for (bool grew = true; grew;) {
		grew = false;
		for (size_t i = 0; i < c->ninitiatives; i++)
			for (size_t k = 0; reach[i] && k < c->initiatives[i].ndepends; k++)
				if (!reach[c->initiatives[i].deps[k]]) {
					reach[c->initiatives[i].deps[k]] = true;
					grew = true;
				}
	}
	size_t bad = 0;
	for (size_t i = 0; i < c->ninitiatives; i++)
		if (!reach[i]) {
			fprintf(stderr, "initiative %s: no finding, dimension or capability selects it\n",
				c->initiatives[i].id);
			bad++;
		}
	free(reach);
	catalogue_free(c);
	rule_set_free(s);
	rule_refs_free(refs);
	q_free(caps);
	q_free(ready);
	if (bad)
		fail_msg("%zu initiatives cannot be reached (listed above)", bad);
}

/* ---- every question is read ---- */

/* A rule's condition, or another question's when (the survey branches on
 * it), names the question as a string argument. */
static bool read_by_conditions(const struct rule_set *s, const struct questionnaire *q,
			       const char *question)
{
	char quoted[200];
	snprintf(quoted, sizeof quoted, "\"%s\"", question);
	for (size_t i = 0; i < s->nrules; i++)
		if (strstr(s->rules[i].when_src, quoted))
			return true;
	for (size_t i = 0; i < q->nquestions; i++)
		if (q->questions[i].when_src && strstr(q->questions[i].when_src, quoted))
			return true;
	return false;
}

static size_t unread_questions(const char *file, const struct rule_set *s)
{
	struct questionnaire *q = questionnaire(file);
	size_t bad = 0;
	for (size_t i = 0; i < q->nquestions; i++) {
		const struct q_question *qq = &q->questions[i];
		/* scored into its dimension (and so the index), a text answer the
		 * reports list as an open answer, or read by a rule or a branch */
		bool scored = qq->weight > 0 && qq->type != Q_TEXT;
		if (scored || qq->type == Q_TEXT || read_by_conditions(s, q, qq->id))
			continue;
		fprintf(stderr, "%s: question %s is read by no score, rule, branch or report\n", file,
			qq->id);
		bad++;
	}
	q_free(q);
	return bad;
}

static void questionnaires__every_question__read(void **state)
{
	(void)state;
	struct rule_refs *refs = rule_refs_new(NULL);
	struct rule_set *s = rules(refs);
	size_t bad = unread_questions("questionnaires/crm-readiness.yaml", s) +
		     unread_questions("questionnaires/crm-capabilities.yaml", s);
	rule_set_free(s);
	rule_refs_free(refs);
	if (bad)
		fail_msg("%zu questions are read by nothing (listed above)", bad);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(content__every_item__names_its_source_document),
		cmocka_unit_test(content__every_rule__fires_on_some_facts_and_not_on_others),
		cmocka_unit_test(catalogue__every_initiative__reachable),
		cmocka_unit_test(questionnaires__every_question__read),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
