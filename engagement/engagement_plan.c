/* What plan build plans for when no inputs file is given: the engagement's
 * readiness scores, capability gaps and the initiatives fired findings name. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "engagement.h"

void engagement_plan_source(const struct engagement *e, lang_id lang, struct plan_source *o)
{
	memset(o, 0, sizeof *o);
	struct plan_inputs *in = &o->in;
	const struct q_assessment *readiness = e->readiness, *caps = e->capabilities;
	if (readiness) {
		const struct questionnaire *q = readiness->q;
		in->dimensions = xcalloc(q->ndimensions + 1, sizeof *in->dimensions);
		for (size_t i = 0; i < q->ndimensions; i++) {
			double score;
			if (!q_assess_score(readiness, i, &score))
				continue; /* a dimension without data selects nothing */
			in->dimensions[in->ndimensions++] = (struct plan_dimension){
				q->dimensions[i].id, score, text_get(&q->dimensions[i].title, lang) };
		}
	}
	if (caps) {
		const struct questionnaire *q = caps->q;
		in->gaps = xcalloc(q->ncapabilities + 1, sizeof *in->gaps);
		for (size_t i = 0; i < q->ncapabilities; i++) {
			const struct q_cap_result *c = &caps->caps[i];
			if (c->has_data)
				in->gaps[in->ngaps++] = (struct plan_gap){ q->capabilities[i].id, c->gap,
									   c->priority };
		}
	}
	size_t cap = 0, nfired = e->rules.findings.nfired;
	for (size_t i = 0; i < nfired; i++) {
		const struct rule *r = e->rules.findings.fired[i].rule;
		for (size_t k = 0; k < r->ninitiatives; k++) {
			XGROW(in->requests, cap, in->nrequests + 1);
			in->requests[in->nrequests++] = (struct plan_request){
				r->initiatives[k], r->id, r->severity };
		}
	}
	if (!readiness && !caps && !nfired) {
		in->everything = true;
		o->basis = plan_basis_catalogue();
		return;
	}
	/* Initiatives, not mentions: several findings often ask for the same. */
	size_t named = 0;
	for (size_t i = 0; i < in->nrequests; i++) {
		size_t k = 0;
		while (k < i && strcmp(in->requests[k].initiative, in->requests[i].initiative))
			k++;
		named += k == i;
	}
	/* Kept in no language, told in the reader's (plan_basis_text). */
	o->basis = plan_basis_workspace(readiness ? q_assess_respondents(readiness) : 0,
					readiness ? readiness->q->id : RULE_DEFAULT_QUESTIONNAIRE,
					caps ? q_assess_respondents(caps) : 0,
					caps ? caps->q->id : RULE_DEFAULT_CAPABILITIES, nfired, named);
}

bool engagement_plan_build(struct store *st, const char *catalogue, const char *inputs,
			   long start, lang_id lang, struct engagement_plan *out,
			   struct diag *d)
{
	memset(out, 0, sizeof *out);
	out->cat = catalogue_lookup(st, catalogue, d);
	if (!out->cat)
		return false;
	if (inputs) {
		if (!plan_source_read(inputs, &out->src, d))
			return false;
	} else {
		struct engagement_options o = { .min_group = 0 };
		if (!engagement_load(st, &o, &out->eng, d))
			return false;
		engagement_plan_source(&out->eng, lang, &out->src);
	}
	return !diag_has_errors(d) && plan_build(out->cat, &out->src.in, start, &out->plan, d);
}

void engagement_plan_release(struct engagement_plan *p)
{
	plan_release(&p->plan);
	plan_source_release(&p->src);
	engagement_release(&p->eng);
	catalogue_free(p->cat);
	memset(p, 0, sizeof *p);
}
