/* The workbook's readiness, capability gaps, text answers and findings:
 * what the engagement knows (engagement_load: every answered questionnaire
 * assessed once under the minimum group size, the findings of every rules
 * set evaluated against those assessments), copied into the model in the
 * export's language. Nothing is scored here: the figures are
 * the ones 'crmready assess', 'gaps' and 'findings' show. */
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/xalloc.h"
#include "../engagement/engagement.h"
#include "../rules/rules.h"
#include "report_internal.h"

static const char *keep(struct report_workbook *w, const char *s)
{
	return s ? arena_strdup(&w->arena, s) : NULL;
}

static const char *keep_text(struct report_workbook *w, const struct text *t)
{
	return arena_strdup(&w->arena, text_get(t, w->lang));
}

static void perception_gaps(struct report_workbook *w, const struct q_assessment *a,
			    struct report_xl_assessment *out)
{
	const struct questionnaire *q = a->q;
	size_t k;   /* every kind, widest first, as the JSON lists them */
	const struct q_perception_gap **v = report_perception_gaps(a, (1u << Q_BY_COUNT) - 1, &k);
	out->perception_gaps = xcalloc(k + 1, sizeof *out->perception_gaps);
	for (size_t i = 0; i < k; i++) {
		const struct q_perception_gap *g = v[i];
		out->perception_gaps[i] = (struct report_xl_perception_gap){
			.dimension = keep_text(w, &q->dimensions[g->dimension].title),
			.by = g->by, .gap = g->gap,
			.highest = keep(w, g->highest->name), .lowest = keep(w, g->lowest->name),
			.highest_score = g->highest->dims[g->dimension].score,
			.lowest_score = g->lowest->dims[g->dimension].score };
	}
	out->nperception_gaps = k;
	free(v);
}


/* The department columns: the groups of at least min_group respondents,
 * then the other group; the smaller ones are only named (small_groups). */
static void departments(struct report_workbook *w, const struct q_assessment *a,
			struct report_xl_assessment *out)
{
	const struct questionnaire *q = a->q;
	struct sbuf small;
	sbuf_init(&small);
	out->groups = xcalloc(a->ngroups + 1, sizeof *out->groups);
	for (int pass = 0; pass < 2; pass++)
		for (size_t g = 0; g < a->ngroups; g++) {
			const struct q_group *grp = &a->groups[g];
			if (grp->by != Q_BY_DEPARTMENT || grp->other != (pass == 1))
				continue;
			if (!grp->other && !grp->compared) {
				sbuf_addf(&small, "%s%s", small.len ? _(", ") : "",
					  grp->name);
				continue;
			}
			struct report_xl_group *x = &out->groups[out->ngroups++];
			*x = (struct report_xl_group){
				.name = keep(w, grp->other ? anonymity_other_label() : grp->name),
				.respondents = (long)grp->respondents, .compared = grp->compared,
				.other = grp->other, .has_index = grp->has_index, .index = grp->index,
				.has_score = xcalloc(q->ndimensions + 1, sizeof *x->has_score),
				.score = xcalloc(q->ndimensions + 1, sizeof *x->score) };
			for (size_t d = 0; d < q->ndimensions; d++) {
				x->has_score[d] = grp->dims[d].has_data;
				x->score[d] = grp->dims[d].score;
			}
		}
	char *names = sbuf_detach(&small);
	out->small_groups = *names ? keep(w, names) : NULL;
	free(names);
}

static void assessment_part(struct report_workbook *w, const struct q_assessment *a,
			    struct report_xl_assessment *out)
{
	const struct questionnaire *q = a->q;
	*out = (struct report_xl_assessment){
		.questionnaire = keep(w, q->id), .title = keep_text(w, &q->title),
		.respondents = (long)a->respondents, .has_index = a->has_index, .index = a->index,
		.level = a->level ? keep_text(w, &a->level->label) : NULL,
		.ndimensions = q->ndimensions };
	out->dimensions = xcalloc(q->ndimensions + 1, sizeof *out->dimensions);
	for (size_t d = 0; d < q->ndimensions; d++) {
		const struct q_figure *f = &a->dims[d];
		out->dimensions[d] = (struct report_xl_dimension){
			.id = keep(w, q->dimensions[d].id), .title = keep_text(w, &q->dimensions[d].title),
			.has_score = f->has_data, .score = f->score, .spread = f->spread,
			.respondents = (long)f->respondents };
	}
	departments(w, a, out);
	perception_gaps(w, a, out);
}

static void comments(struct report_workbook *w, const struct q_assessment *a, size_t *cap)
{
	const struct questionnaire *q = a->q;
	for (size_t i = 0; i < a->ncomments; i++) {
		const struct q_comment *c = &a->comments[i];
		XGROW(w->comments, *cap, w->ncomments + 1);
		w->comments[w->ncomments++] = (struct report_xl_comment){
			.questionnaire = keep(w, q->id), .question = keep_text(w, &q->questions[c->question].text),
			.group = !c->group ? NULL : keep(w, c->group->other ? anonymity_other_label() : c->group->name),
			.text = keep(w, c->text) };
	}
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

static void add_finding(struct report_workbook *w, const struct rule_finding *x, bool fired,
			struct report_xl_finding *to)
{
	const struct rule *r = x->rule;
	struct sbuf inits;
	sbuf_init(&inits);
	for (size_t k = 0; k < r->ninitiatives; k++)
		sbuf_addf(&inits, "%s%s", k ? _(", ") : "", r->initiatives[k]);
	char *inits_s = sbuf_detach(&inits);
	char *evidence = fired ? report_finding_evidence(&x->result, w->lang)
			       : rule_reason_text(x->result.reason);
	char *source = r->source.n ? sources_text(&r->source, w->lang) : NULL;
	*to = (struct report_xl_finding){
		.rule = keep(w, r->id), .severity = r->severity,
		.title = keep_text(w, &r->title), .evidence = keep(w, evidence),
		.recommendation = keep_text(w, &r->recommendation), .initiatives = keep(w, inits_s),
		.evaluated = fired, .source = source ? keep(w, source) : NULL };
	free(source);
	if (x->waiver) {
		to->waiver_by = keep(w, x->waiver->who);
		to->waiver_until = keep(w, x->waiver->until);
		to->waiver_reason = keep(w, x->waiver->reason);
	}
	free(evidence);
	free(inits_s);
}

static void findings(struct report_workbook *w, const struct rule_findings *f)
{
	/* Nothing evaluated (no answers, no metrics): there are no findings
	 * yet, only rules waiting for data. */
	w->findings = xcalloc(f->nfired + f->nnot_evaluated + 1, sizeof *w->findings);
	w->has_findings = f->nfired + f->nwaived + f->passed > 0;
	for (size_t i = 0; w->has_findings && i < f->nfired; i++)
		add_finding(w, &f->fired[i], true, &w->findings[w->nfindings++]);
	for (size_t i = 0; w->has_findings && i < f->nnot_evaluated; i++)
		add_finding(w, &f->not_evaluated[i], false, &w->findings[w->nfindings++]);
	/* Waived ones apart: they count nowhere a fired finding counts. */
	w->waived = xcalloc(f->nwaived + 1, sizeof *w->waived);
	for (size_t i = 0; i < f->nwaived; i++)
		add_finding(w, &f->waived[i], true, &w->waived[w->nwaived++]);
}

bool report_workbook_gather_assessment(struct report_workbook *w, struct store *st, struct diag *d)
{
	struct engagement e;
	struct engagement_options o = { .only = w->only, .min_group = w->min_group, .every = true };
	bool ok = engagement_load(st, &o, &e, d);
	w->min_group = e.min_group;
	size_t ccap = 0, mcap = 0;
	for (size_t i = 0; ok && i < e.nassessed; i++) {
		const struct questionnaire *q = e.assessed[i].q;
		const struct q_assessment *a = e.assessed[i].a;
		comments(w, a, &ccap);
		if (q->ncapabilities && !w->capability_model && !strcmp(q->id, e.capabilities_id)) {
			capabilities(w, a);
		} else {
			struct report_xl_assessment x;
			assessment_part(w, a, &x);
			if (!w->has_assessment && !strcmp(q->id, e.readiness_id)) {
				w->primary = x;
				w->has_assessment = true;
			} else {
				XGROW(w->more, mcap, w->nmore + 1);
				w->more[w->nmore++] = x;
			}
		}
	}
	/* Without the readiness questionnaire, the first answered one leads. */
	if (!w->has_assessment && w->nmore) {
		w->primary = w->more[0];
		w->has_assessment = true;
		memmove(w->more, w->more + 1, (w->nmore - 1) * sizeof *w->more);
		w->nmore--;
	}
	if (ok)
		findings(w, &e.rules.findings);
	engagement_release(&e);
	return ok && report_workbook_gather_rounds(w, st, d);
}
