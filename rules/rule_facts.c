/* rule_facts: the facts rules read, taken from the workspace — the
 * assessment of each questionnaire a rule names (built once per command,
 * on first use) and the latest value of metrics. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../metrics/metrics.h"
#include "../questionnaires/questionnaire.h"
#include "../store/store.h"
#include "rule_internal.h"

struct cached_assessment {
	char *id;
	const struct questionnaire *q;   /* owned by refs */
	const struct q_assessment *a;    /* NULL: no questionnaire or no answers */
	struct q_assessment *owned;      /* a, unless the caller's (rule_workspace_facts_know) */
};

struct rule_workspace_facts {
	struct store *st;
	struct rule_refs *refs;
	struct diag *d;
	struct rule_facts facts;
	struct cached_assessment *cache;
	size_t ncache, cap;
	const struct q_assessment **known;  /* already loaded by the caller (a copy of the list) */
	size_t nknown;
	long min_group;                  /* the engagement's (anonymity) */
	struct metric_final_reader metrics;  /* opened at the first metric read */
	bool metrics_open;
};

/* The reader of final metric values (weeks in progress and small groups
 * left out), loaded once for all the rules of a run. */
static struct metric_final_reader *metrics(struct rule_workspace_facts *w)
{
	if (!w->metrics_open && !metric_final_open(w->st, &w->metrics, w->d)) {
		metric_final_close(&w->metrics);
		return NULL;
	}
	w->metrics_open = true;
	return &w->metrics;
}

/* The questionnaire the facts read for id: the shipped readiness
 * questionnaire and capability model stand for the engagement's own when
 * one with answers declares that it measures the same (q_engagement). */
static char *reads(struct rule_workspace_facts *w, const char *id)
{
	if (w->st && !strcmp(id, RULE_DEFAULT_QUESTIONNAIRE))
		return q_engagement(w->st, Q_MEASURES_READINESS, id);
	if (w->st && !strcmp(id, RULE_DEFAULT_CAPABILITIES))
		return q_engagement(w->st, Q_MEASURES_CAPABILITIES, id);
	return xstrdup(id);
}

/* The caller's assessment of questionnaire id, when it was made with the
 * engagement's minimum group size (the one the facts read with). */
static const struct q_assessment *known_assessment(const struct rule_workspace_facts *w,
						    const char *id)
{
	for (size_t i = 0; i < w->nknown; i++)
		if (!strcmp(w->known[i]->q->id, id) && w->known[i]->min_group == (size_t)w->min_group)
			return w->known[i];
	return NULL;
}

/* The finished assessment of questionnaire id, or NULL when there is none
 * (with the reason in *why: English, as findings keep it in JSON and CSV;
 * rule_reason_text says it in the language in use). */
static const struct q_assessment *assessment(struct rule_workspace_facts *w, const char *id,
					     char **why)
{
	for (size_t i = 0; i < w->ncache; i++)
		if (!strcmp(w->cache[i].id, id)) {
			if (!w->cache[i].a)
				*why = xasprintf("no answers to %s", id);
			return w->cache[i].a;
		}
	char *read = reads(w, id);
	const struct q_assessment *k = known_assessment(w, read);
	if (k) {
		XGROW(w->cache, w->cap, w->ncache + 1);
		w->cache[w->ncache++] = (struct cached_assessment){
			xstrdup(id), k->q, k, NULL };
		free(read);
		return k;
	}
	const struct questionnaire *q = rule_refs_questionnaire(w->refs, read, w->d);
	struct q_assessment *a = q && w->st ? q_assess_load(w->st, q, (size_t)w->min_group, w->d) : NULL;
	if (a && !q_assess_respondents(a)) {
		q_assess_free(a);
		a = NULL;
	}
	XGROW(w->cache, w->cap, w->ncache + 1);
	w->cache[w->ncache++] = (struct cached_assessment){ xstrdup(id), q, a, a };
	if (!a)
		*why = xasprintf("no answers to %s", read);
	free(read);
	return a;
}

static bool index_of(const struct q_assessment *a, long (*find)(const struct questionnaire *,
							       const char *),
		     const char *id, size_t *out)
{
	long k = find(a->q, id);
	if (k < 0)
		return false;
	*out = (size_t)k;
	return true;
}

static bool score(void *ctx, const char *qid, const char *dimension, const char *by,
		  const char *group, double *out, char **why)
{
	const struct q_assessment *a = assessment(ctx, qid, why);
	size_t dim;
	if (!a || !index_of(a, q_find_dimension, dimension, &dim))
		return false;
	if (!by)
		return q_assess_score(a, dim, out);
	enum q_by b;
	if (!q_by_parse(by, &b))
		return false;
	if (!q_assess_group(a, b, group)) {
		*why = xasprintf("no respondents with %s '%s'", by, group);
		return false;
	}
	return q_assess_group_score(a, dim, b, group, out);
}

static bool index_fact(void *ctx, const char *qid, double *out, char **why)
{
	const struct q_assessment *a = assessment(ctx, qid, why);
	return a && q_assess_index(a, out);
}

static bool answer_mean(void *ctx, const char *qid, const char *question, double *out,
			char **why)
{
	const struct q_assessment *a = assessment(ctx, qid, why);
	size_t qi;
	return a && index_of(a, q_find_question, question, &qi) && q_assess_answer_mean(a, qi, out);
}

static bool answer_mode(void *ctx, const char *qid, const char *question, char **out,
			char **why)
{
	const struct q_assessment *a = assessment(ctx, qid, why);
	size_t qi;
	if (!a || !index_of(a, q_find_question, question, &qi))
		return false;
	const char *mode = q_assess_answer_mode(a, qi);
	if (!mode)
		return false;
	*out = xstrdup(mode);
	return true;
}

static bool share(void *ctx, const char *qid, const char *question, const char *value,
		  double *out, char **why)
{
	const struct q_assessment *a = assessment(ctx, qid, why);
	size_t qi;
	if (!a || !index_of(a, q_find_question, question, &qi))
		return false;
	/* When every answer is n/a ("don't know"), nobody gave an opinion:
	 * a share of 0 would pass the rule on no evidence. */
	const struct q_question_stats *st = &a->questions[qi];
	if (st->answered == st->na && strcmp(value, "na"))
		return false;
	return q_assess_share(a, qi, value, out);
}

static bool respondents(void *ctx, const char *qid, double *out, char **why)
{
	const struct q_assessment *a = assessment(ctx, qid, why);
	if (!a)
		return false;
	*out = (double)q_assess_respondents(a);
	return true;
}

static bool gap(void *ctx, const char *model, const char *capability, double *out, char **why)
{
	const struct q_assessment *a = assessment(ctx, model, why);
	size_t ci;
	return a && index_of(a, q_find_capability, capability, &ci) && q_assess_gap(a, ci, out);
}

static bool current(void *ctx, const char *model, const char *capability, double *out,
		    char **why)
{
	const struct q_assessment *a = assessment(ctx, model, why);
	size_t ci;
	return a && index_of(a, q_find_capability, capability, &ci) &&
	       q_assess_current(a, ci, out);
}

static bool spread(void *ctx, const char *qid, const char *dimension, double *out, char **why)
{
	const struct q_assessment *a = assessment(ctx, qid, why);
	size_t dim;
	return a && index_of(a, q_find_dimension, dimension, &dim) && q_assess_spread(a, dim, out);
}

static bool perception_gap(void *ctx, const char *qid, const char *dimension, const char *by,
			   double *out, char **why)
{
	const struct q_assessment *a = assessment(ctx, qid, why);
	size_t dim;
	enum q_by b;
	double score;
	if (!a || !index_of(a, q_find_dimension, dimension, &dim) || !q_by_parse(by, &b) ||
	    !q_assess_score(a, dim, &score))
		return false;   /* nobody answered in the dimension: no data */
	if (!q_assess_perception_gap(a, dim, b, out)) {
		*why = xasprintf("fewer than two %ss with %ld or more respondents", by,
				 ((struct rule_workspace_facts *)ctx)->min_group);
		return false;
	}
	return true;
}

static bool metric(void *ctx, const char *name, const char *scope, double *out, char **why)
{
	struct rule_workspace_facts *w = ctx;
	if (!w->st)
		return false;
	struct store_metric m;
	/* the latest final value: never a week in progress */
	long hidden;
	struct metric_final_reader *r = metrics(w);
	int found = r ? metric_final_latest(r, name, scope, &m, &hidden, w->d) : -1;
	if (found <= 0) {
		if (found < 0)
			*why = xasprintf("metric %s could not be read", name);
		else if (hidden)   /* anonymity (docs/anonymity.md) */
			*why = xasprintf("metric %s of %s: fewer than %ld licensed users", name,
					 scope, hidden);
		return false;
	}
	*out = m.value;
	store_metric_release(&m);
	return true;
}

struct extreme {
	bool highest, found;
	double value;
};

static bool take_extreme(const struct store_metric *m, void *arg)
{
	struct extreme *x = arg;
	if (!x->found || (x->highest ? m->value > x->value : m->value < x->value))
		x->value = m->value;
	x->found = true;
	return true;
}

static bool metric_over(void *ctx, const char *name, const char *kind, bool highest,
			double *out, char **why)
{
	struct rule_workspace_facts *w = ctx;
	if (!w->st)
		return false;
	struct extreme x = { .highest = highest };
	/* the latest final value of each scope: never a week in progress */
	struct metric_final_reader *r = metrics(w);
	if (!r || !metric_final_latest_of_kind(r, name, kind, take_extreme, &x, w->d)) {
		*why = xasprintf("metric %s could not be read", name);
		return false;
	}
	if (!x.found)
		return false;   /* the default reason names the call */
	*out = x.value;
	return true;
}

struct rule_workspace_facts *rule_workspace_facts_new(struct store *st, struct rule_refs *refs,
						      struct diag *d)
{
	struct rule_workspace_facts *w = xcalloc(1, sizeof *w);
	w->st = st;
	w->refs = refs;
	w->d = d;
	w->min_group = st ? store_min_group(st) : STORE_MIN_GROUP_DEFAULT;
	w->facts = (struct rule_facts){
		.ctx = w, .score = score, .index = index_fact, .answer_mean = answer_mean,
		.answer_mode = answer_mode, .share = share, .respondents = respondents,
		.gap = gap, .current = current, .spread = spread,
		.perception_gap = perception_gap, .metric = metric,
		.metric_over = metric_over,
	};
	return w;
}

void rule_workspace_facts_know(struct rule_workspace_facts *w,
			       const struct q_assessment *const *known, size_t n)
{
	free(w->known);
	w->known = xcalloc(n + 1, sizeof *w->known);
	for (size_t i = 0; i < n; i++)
		w->known[i] = known[i];
	w->nknown = n;
}

const struct rule_facts *rule_workspace_facts(struct rule_workspace_facts *w)
{
	return &w->facts;
}

const struct q_assessment *rule_workspace_assessment(struct rule_workspace_facts *w,
						     const char *id)
{
	char *why = NULL;
	const struct q_assessment *a = assessment(w, id, &why);
	free(why);
	return a;
}

void rule_workspace_facts_free(struct rule_workspace_facts *w)
{
	if (!w)
		return;
	for (size_t i = 0; i < w->ncache; i++) {
		free(w->cache[i].id);
		q_assess_free(w->cache[i].owned);
	}
	free(w->cache);
	free(w->known);
	if (w->metrics_open)
		metric_final_close(&w->metrics);
	free(w);
}
