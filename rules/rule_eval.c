/* rule_eval: conditions against the facts, and findings. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "rule_internal.h"

struct eval_ctx {
	const struct rule_set *set;
	const struct rule_facts *facts;
};

/* One function call of a condition: ask the facts. */
static bool call_value(void *ctx, const struct expr_call *call, struct expr_value *out,
		       char **why)
{
	const struct eval_ctx *c = ctx;
	const struct rule_facts *f = c->facts;
	const char *qn = c->set->questionnaire, *model = c->set->capabilities;
	const struct expr_arg *a = call->args;
	void *fx = f->ctx;
	switch ((enum rule_func)call->func_index) {
	case RF_SCORE:
		return f->score && f->score(fx, qn, a[0].str, call->nargs == 3 ? a[1].str : NULL,
					    call->nargs == 3 ? a[2].str : NULL, &out->num, why);
	case RF_INDEX:
		return f->index && f->index(fx, qn, &out->num, why);
	case RF_ANSWER:
		if (call->as_string) {
			char *s = NULL;
			if (!f->answer_mode || !f->answer_mode(fx, qn, a[0].str, &s, why))
				return false;
			out->str = s;
			return true;
		}
		return f->answer_mean && f->answer_mean(fx, qn, a[0].str, &out->num, why);
	case RF_SHARE:
		return f->share && f->share(fx, qn, a[0].str, a[1].str, &out->num, why);
	case RF_RESPONDENTS:
		return f->respondents && f->respondents(fx, qn, &out->num, why);
	case RF_GAP:
		return f->gap && f->gap(fx, model, a[0].str, &out->num, why);
	case RF_CURRENT:
		return f->current && f->current(fx, model, a[0].str, &out->num, why);
	case RF_SPREAD:
		return f->spread && f->spread(fx, qn, a[0].str, &out->num, why);
	case RF_PERCEPTION_GAP:
		return f->perception_gap && f->perception_gap(fx, qn, a[0].str, a[1].str, &out->num, why);
	case RF_METRIC:
		return f->metric && f->metric(fx, a[0].str, call->nargs == 2 ? a[1].str : "",
					      &out->num, why);
	case RF_METRIC_MIN:
	case RF_METRIC_MAX:
		return f->metric_over && f->metric_over(fx, a[0].str, a[1].str,
							call->func_index == RF_METRIC_MAX,
							&out->num, why);
	case RF_COUNT:
		break;
	}
	return false;
}

void rule_eval(const struct rule_set *s, const struct rule *r, const struct rule_facts *facts,
	       struct expr_result *out)
{
	struct eval_ctx c = { s, facts };
	expr_eval(r->when, call_value, &c, out);
}

static void push(struct rule_finding **v, size_t *n, size_t *cap, const struct rule_set *s,
		 const struct rule *r, struct expr_result *res)
{
	XGROW(*v, *cap, *n + 1);
	(*v)[*n] = (struct rule_finding){ .set = s, .rule = r, .result = *res };
	(*n)++;
}

void rule_findings_collect(struct rule_set *const *sets, size_t nsets,
			   const struct rule_facts *facts, enum severity min,
			   struct rule_findings *out)
{
	memset(out, 0, sizeof *out);
	size_t cap_fired = 0, cap_not = 0, cap_passed = 0;
	for (size_t i = 0; i < nsets; i++)
		for (size_t k = 0; k < sets[i]->nrules; k++) {
			const struct rule *r = &sets[i]->rules[k];
			if (r->severity < min)
				continue;
			struct expr_result res;
			rule_eval(sets[i], r, facts, &res);
			if (!res.evaluated)
				push(&out->not_evaluated, &out->nnot_evaluated, &cap_not, sets[i], r, &res);
			else if (expr_result_true(&res))
				push(&out->fired, &out->nfired, &cap_fired, sets[i], r, &res);
			else
				push(&out->passing, &out->passed, &cap_passed, sets[i], r, &res);
		}
	/* Most severe first, keeping set and file order within a severity:
	 * one pass per severity. */
	if (out->nfired > 1) {
		struct rule_finding *sorted = xmalloc(out->nfired * sizeof *sorted);
		size_t n = 0;
		for (int sev = SEVERITY_CRITICAL; sev >= (int)SEVERITY_INFO; sev--)
			for (size_t i = 0; i < out->nfired; i++)
				if ((int)out->fired[i].rule->severity == sev)
					sorted[n++] = out->fired[i];
		free(out->fired);
		out->fired = sorted;
	}
}

void rule_findings_release(struct rule_findings *f)
{
	for (size_t i = 0; i < f->nfired; i++)
		expr_result_release(&f->fired[i].result);
	for (size_t i = 0; i < f->nnot_evaluated; i++)
		expr_result_release(&f->not_evaluated[i].result);
	for (size_t i = 0; i < f->passed; i++)
		expr_result_release(&f->passing[i].result);
	for (size_t i = 0; i < f->nwaived; i++)
		expr_result_release(&f->waived[i].result);
	free(f->fired);
	free(f->not_evaluated);
	free(f->passing);
	free(f->waived);
	memset(f, 0, sizeof *f);
}

static size_t keep_at_least(const struct rule_finding *from, size_t n, enum severity min,
			    struct rule_finding **to)
{
	*to = xcalloc(n + 1, sizeof **to);
	size_t kept = 0;
	for (size_t i = 0; i < n; i++)
		if (from[i].rule->severity >= min)
			(*to)[kept++] = from[i];
	return kept;
}

void rule_findings_at_least(const struct rule_findings *all, enum severity min,
			    struct rule_findings *out)
{
	out->nfired = keep_at_least(all->fired, all->nfired, min, &out->fired);
	out->nnot_evaluated = keep_at_least(all->not_evaluated, all->nnot_evaluated, min,
					    &out->not_evaluated);
	out->passed = keep_at_least(all->passing, all->passed, min, &out->passing);
	out->nwaived = keep_at_least(all->waived, all->nwaived, min, &out->waived);
}

void rule_findings_view_release(struct rule_findings *view)
{
	free(view->fired);
	free(view->not_evaluated);
	free(view->passing);
	free(view->waived);
	memset(view, 0, sizeof *view);
}

bool rule_findings_fired_at_least(const struct rule_findings *f, enum severity level)
{
	for (size_t i = 0; i < f->nfired; i++)
		if (f->fired[i].rule->severity >= level)
			return true;
	return false;
}
