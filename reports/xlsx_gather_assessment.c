/* The workbook's readiness, capability gaps and findings: the assessment
 * of crm-readiness and of crm-capabilities (q_lookup, q_assess_load) and
 * the findings of every rules set (rule_engagement_evaluate), copied into
 * the model in the export's language. Nothing is scored here: the figures
 * are the ones 'crmready assess', 'gaps' and 'findings' show. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../rules/rules.h"
#include "report.h"

enum { MIN_GROUP = 2 };   /* as 'crmready assess' compares groups by default */

static const char *keep(struct report_workbook *w, const char *s)
{
	return s ? arena_strdup(&w->arena, s) : NULL;
}

static const char *keep_text(struct report_workbook *w, const struct text *t)
{
	return arena_strdup(&w->arena, text_get(t, w->lang));
}

/* Widest first; ties by kind, then dimension (as the JSON lists them). */
static int cmp_gap(const void *x, const void *y)
{
	const struct q_perception_gap *a = *(const struct q_perception_gap *const *)x;
	const struct q_perception_gap *b = *(const struct q_perception_gap *const *)y;
	if (a->gap != b->gap)
		return a->gap > b->gap ? -1 : 1;
	if (a->by != b->by)
		return a->by < b->by ? -1 : 1;
	return (a->dimension > b->dimension) - (a->dimension < b->dimension);
}

static void perception_gaps(struct report_workbook *w, const struct q_assessment *a)
{
	const struct questionnaire *q = a->q;
	size_t n = (size_t)Q_BY_COUNT * q->ndimensions, k = 0;
	const struct q_perception_gap **v = xcalloc(n + 1, sizeof *v);
	for (size_t i = 0; i < n; i++)
		if (a->gaps[i].has_data)
			v[k++] = &a->gaps[i];
	qsort(v, k, sizeof *v, cmp_gap);
	w->perception_gaps = xcalloc(k + 1, sizeof *w->perception_gaps);
	for (size_t i = 0; i < k; i++) {
		const struct q_perception_gap *g = v[i];
		static const struct text by_text[Q_BY_COUNT] = {
			[Q_BY_DEPARTMENT] = { "department", "واحد" }, [Q_BY_ROLE] = { "role", "نقش" } };
		w->perception_gaps[i] = (struct report_xl_perception_gap){
			.dimension = keep_text(w, &q->dimensions[g->dimension].title),
			.by = keep_text(w, &by_text[g->by]), .gap = g->gap,
			.highest = keep(w, g->highest->name), .lowest = keep(w, g->lowest->name),
			.highest_score = g->highest->dims[g->dimension].score,
			.lowest_score = g->lowest->dims[g->dimension].score };
	}
	w->nperception_gaps = k;
	free(v);
}

static void readiness(struct report_workbook *w, const struct q_assessment *a)
{
	const struct questionnaire *q = a->q;
	w->has_assessment = true;
	w->questionnaire = keep(w, q->id);
	w->respondents = (long)a->respondents;
	w->has_index = a->has_index;
	w->index = a->index;
	w->level = a->level ? keep_text(w, &a->level->label) : NULL;
	w->min_group = (long)a->min_group;
	w->ndimensions = q->ndimensions;
	w->dimensions = xcalloc(q->ndimensions + 1, sizeof *w->dimensions);
	for (size_t d = 0; d < q->ndimensions; d++) {
		const struct q_figure *f = &a->dims[d];
		w->dimensions[d] = (struct report_xl_dimension){
			.id = keep(w, q->dimensions[d].id), .title = keep_text(w, &q->dimensions[d].title),
			.has_score = f->has_data, .score = f->score, .spread = f->spread,
			.respondents = (long)f->respondents };
	}
	/* The heat map's columns: the department groups, in the JSON's order. */
	w->groups = xcalloc(a->ngroups + 1, sizeof *w->groups);
	for (size_t g = 0; g < a->ngroups; g++) {
		const struct q_group *grp = &a->groups[g];
		if (grp->by != Q_BY_DEPARTMENT)
			continue;
		struct report_xl_group *x = &w->groups[w->ngroups++];
		*x = (struct report_xl_group){ .name = keep(w, grp->name),
			.respondents = (long)grp->respondents, .compared = grp->compared,
			.has_index = grp->has_index, .index = grp->index,
			.has_score = xcalloc(q->ndimensions + 1, sizeof *x->has_score),
			.score = xcalloc(q->ndimensions + 1, sizeof *x->score) };
		for (size_t d = 0; d < q->ndimensions; d++) {
			x->has_score[d] = grp->dims[d].has_data;
			x->score[d] = grp->dims[d].score;
		}
	}
	perception_gaps(w, a);
}

static void capabilities(struct report_workbook *w, const struct q_assessment *a)
{
	const struct questionnaire *q = a->q;
	w->capability_model = keep(w, q->id);
	w->capability_respondents = (long)a->respondents;
	w->capabilities = xcalloc(q->ncapabilities + 1, sizeof *w->capabilities);
	size_t *order = q_assess_caps_by_priority(a);
	for (size_t k = 0; k < q->ncapabilities; k++) {
		const struct q_capability *c = &q->capabilities[order[k]];
		const struct q_cap_result *r = &a->caps[order[k]];
		w->capabilities[k] = (struct report_xl_capability){
			.id = keep(w, c->id), .title = keep_text(w, &c->title), .area = keep(w, c->area),
			.has_current = r->has_data, .current = r->current, .target = (double)r->target,
			.gap = r->gap, .priority = r->priority, .importance = c->importance,
			.respondents = (long)r->respondents, .target_overridden = r->target_overridden };
	}
	w->ncapabilities = q->ncapabilities;
	free(order);
}

/* The assessment of questionnaire id, or NULL when nobody answered it
 * (*failed when it could not be read). */
static struct q_assessment *assessed(struct store *st, const char *id, struct questionnaire **q,
				     bool *failed, struct diag *d)
{
	*q = q_lookup(st, id, d);
	struct q_assessment *a = *q ? q_assess_load(st, *q, MIN_GROUP, d) : NULL;
	*failed |= !a;
	if (a && !q_assess_respondents(a)) {
		q_assess_free(a);
		a = NULL;
	}
	return a;
}

static void add_finding(struct report_workbook *w, const struct rule_finding *x, bool fired)
{
	const struct rule *r = x->rule;
	struct sbuf inits;
	sbuf_init(&inits);
	for (size_t k = 0; k < r->ninitiatives; k++)
		sbuf_addf(&inits, "%s%s", k ? ", " : "", r->initiatives[k]);
	char *inits_s = sbuf_detach(&inits);
	char *evidence = fired ? report_finding_evidence(&x->result, w->lang)
			       : report_finding_reason(x->result.reason, w->lang);
	w->findings[w->nfindings++] = (struct report_xl_finding){
		.rule = keep(w, r->id), .severity = rule_severity_name(r->severity),
		.title = keep_text(w, &r->title), .evidence = keep(w, evidence),
		.recommendation = keep_text(w, &r->recommendation), .initiatives = keep(w, inits_s),
		.evaluated = fired, .source = keep(w, r->source) };
	free(evidence);
	free(inits_s);
}

static bool findings(struct report_workbook *w, struct store *st, struct diag *d)
{
	size_t errors = d->errors;
	struct rule_engagement e;
	bool ok = rule_engagement_evaluate(st, &e, d) && d->errors == errors;
	if (ok) {
		const struct rule_findings *f = &e.findings;
		/* Nothing evaluated (no answers, no metrics): there are no findings
		 * yet, only rules waiting for data. */
		w->has_findings = f->nfired + f->passed > 0;
		w->findings = xcalloc(f->nfired + f->nnot_evaluated + 1, sizeof *w->findings);
		for (size_t i = 0; w->has_findings && i < f->nfired; i++)
			add_finding(w, &f->fired[i], true);
		for (size_t i = 0; w->has_findings && i < f->nnot_evaluated; i++)
			add_finding(w, &f->not_evaluated[i], false);
	}
	rule_engagement_release(&e);
	return ok;
}

bool report_workbook_gather_assessment(struct report_workbook *w, struct store *st, struct diag *d)
{
	bool failed = false;
	struct questionnaire *rq = NULL, *cq = NULL;
	struct q_assessment *ra = assessed(st, RULE_DEFAULT_QUESTIONNAIRE, &rq, &failed, d);
	if (ra)
		readiness(w, ra);
	struct q_assessment *ca = assessed(st, RULE_DEFAULT_CAPABILITIES, &cq, &failed, d);
	if (ca && cq->ncapabilities)
		capabilities(w, ca);
	q_assess_free(ra);
	q_free(rq);
	q_assess_free(ca);
	q_free(cq);
	return !failed && findings(w, st, d);
}
