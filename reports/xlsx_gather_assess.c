/* The workbook's (and the HTML report's) assessment and findings: the
 * readiness questionnaire's assessment (dimensions, department groups), the
 * capability model's gaps, and every rules set's findings, read exactly as
 * 'crmready assess', 'gaps' and 'findings' read them. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../rules/rules.h"
#include "report.h"

static const char *keep(struct report_workbook *w, const char *s)
{
	return arena_strdup(&w->arena, s ? s : "");
}

/* A questionnaire's finished assessment, or NULL (no answers, or an error
 * in d). */
static struct q_assessment *assessed(struct store *st, const char *id, struct questionnaire **q,
				     struct diag *d)
{
	*q = q_lookup(st, id, d);
	if (!*q)
		return NULL;
	struct q_assessment *a = q_assess_load(st, *q, 2, d);
	if (a && !q_assess_respondents(a)) {
		q_assess_free(a);
		a = NULL;
	}
	return a;
}

static void readiness(struct report_workbook *w, const struct q_assessment *a)
{
	const struct questionnaire *q = a->q;
	w->questionnaire = keep(w, q->id);
	w->respondents = (long)a->respondents;
	w->has_index = a->has_index;
	w->index = a->index;
	w->level = a->level ? keep(w, text_get(&a->level->label, w->lang)) : NULL;
	w->ndimensions = q->ndimensions;
	w->dimensions = xcalloc(q->ndimensions + 1, sizeof *w->dimensions);
	for (size_t i = 0; i < q->ndimensions; i++)
		w->dimensions[i] = (struct report_xl_dimension){
			keep(w, q->dimensions[i].id), keep(w, text_get(&q->dimensions[i].title, w->lang)),
			a->dims[i].has_data, a->dims[i].score, a->dims[i].spread,
			(long)a->dims[i].respondents };
	w->groups = xcalloc(a->ngroups + 1, sizeof *w->groups);
	for (size_t g = 0; g < a->ngroups; g++) {
		const struct q_group *src = &a->groups[g];
		if (src->by != Q_BY_DEPARTMENT)
			continue;
		struct report_xl_group *dst = &w->groups[w->ngroups++];
		dst->name = keep(w, src->name);
		dst->respondents = (long)src->respondents;
		dst->has_index = src->has_index;
		dst->index = src->index;
		dst->has_score = xcalloc(q->ndimensions + 1, sizeof *dst->has_score);
		dst->score = xcalloc(q->ndimensions + 1, sizeof *dst->score);
		for (size_t i = 0; i < q->ndimensions; i++) {
			dst->has_score[i] = src->dims[i].has_data;
			dst->score[i] = src->dims[i].score;
		}
	}
}

static void capabilities(struct report_workbook *w, const struct q_assessment *a)
{
	const struct questionnaire *q = a->q;
	size_t *order = q_assess_caps_by_priority(a);
	w->capabilities = xcalloc(q->ncapabilities + 1, sizeof *w->capabilities);
	for (size_t k = 0; k < q->ncapabilities; k++) {
		size_t i = order[k];
		const struct q_capability *c = &q->capabilities[i];
		const struct q_cap_result *r = &a->caps[i];
		w->capabilities[w->ncapabilities++] = (struct report_xl_capability){
			keep(w, c->id), keep(w, text_get(&c->title, w->lang)), keep(w, c->area),
			r->has_data, r->current, (double)r->target, r->gap, r->priority, c->importance };
	}
	free(order);
}

bool report_workbook_gather_assessment(struct report_workbook *w, struct store *st, struct diag *d)
{
	size_t errors = d->errors;
	struct questionnaire *rq = NULL, *cq = NULL;
	struct q_assessment *ra = assessed(st, RULE_DEFAULT_QUESTIONNAIRE, &rq, d);
	struct q_assessment *ca = assessed(st, RULE_DEFAULT_CAPABILITIES, &cq, d);
	if (d->errors == errors && (ra || ca)) {
		w->has_assessment = true;
		if (ra)
			readiness(w, ra);
		if (ca)
			capabilities(w, ca);
	}
	q_assess_free(ra);
	q_assess_free(ca);
	q_free(rq);
	q_free(cq);
	return d->errors == errors;
}

/* "score("x") = 42.5; metric("dq.score") = 0.62", numbers as 'crmready
 * findings' prints them (three significant digits below 1). */
static const char *evidence(struct report_workbook *w, const struct expr_result *r)
{
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < r->nevidence; i++) {
		const struct expr_evidence *x = &r->evidence[i];
		sbuf_addf(&b, "%s%s = ", i ? "; " : "", x->text);
		if (!x->has_value)
			sbuf_addf(&b, "%s", w->lang == LANG_FA ? "بدون داده" : "no data");
		else if (x->value.type == EXPR_STRING)
			sbuf_addf(&b, "\"%s\"", x->value.str);
		else if (x->value.type == EXPR_BOOL)
			sbuf_addf(&b, "%s", x->value.b ? "true" : "false");
		else if (x->value.num == floor(x->value.num) && fabs(x->value.num) < 1e15)
			sbuf_addf(&b, "%.0f", x->value.num);
		else
			sbuf_addf(&b, fabs(x->value.num) < 1 ? "%.3g" : "%.1f", x->value.num);
	}
	const char *s = keep(w, b.s ? b.s : "");
	sbuf_release(&b);
	return s;
}

static void finding(struct report_workbook *w, const struct rule_finding *f, bool fired)
{
	const struct rule *r = f->rule;
	struct sbuf inits;
	sbuf_init(&inits);
	for (size_t k = 0; k < r->ninitiatives; k++)
		sbuf_addf(&inits, "%s%s", k ? ", " : "", r->initiatives[k]);
	w->findings[w->nfindings++] = (struct report_xl_finding){
		keep(w, r->id), rule_severity_name(r->severity), keep(w, text_get(&r->title, w->lang)),
		fired ? evidence(w, &f->result) : keep(w, f->result.reason),
		keep(w, text_get(&r->recommendation, w->lang)), keep(w, inits.s), fired };
	sbuf_release(&inits);
}

bool report_workbook_gather_findings(struct report_workbook *w, struct store *st, struct diag *d)
{
	struct rule_engagement e;
	memset(&e, 0, sizeof e);
	size_t errors = d->errors;
	bool ok = rule_engagement_evaluate(st, &e, d) && d->errors == errors;
	/* With no rule evaluated (no answers, no metrics) there are no findings
	 * yet: the sheets say which commands provide them. */
	if (ok && (e.findings.nfired || e.findings.passed)) {
		const struct rule_findings *f = &e.findings;
		w->has_findings = true;
		w->findings = xcalloc(f->nfired + f->nnot_evaluated + 1, sizeof *w->findings);
		for (size_t i = 0; i < f->nfired; i++)
			finding(w, &f->fired[i], true);
		for (size_t i = 0; i < f->nnot_evaluated; i++)
			finding(w, &f->not_evaluated[i], false);
	}
	rule_engagement_release(&e);
	return ok;
}
