/* q_assess_load: the assessment of a questionnaire from the workspace —
 * every respondent and answer in one streaming query, plus the
 * organisation's capability targets. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../store/store.h"
#include "questionnaire.h"

struct load_ctx {
	struct q_assessment *a;
	struct diag *d;
	bool has_when;           /* some question is asked only when ... */
	const char **values;     /* per question: this respondent's answer */
	bool *asked;             /* per question: its when holds */
};

/* Which questions respondent r was asked: an answer to a question whose
 * `when` does not hold for them (given before they changed an earlier
 * answer, say) is kept in the workspace but not counted. In question order,
 * so a condition on a question that was not asked does not hold either. */
static void asked(struct load_ctx *c, const struct store_respondent *r)
{
	const struct questionnaire *q = c->a->q;
	for (size_t i = 0; i < q->nquestions; i++) {
		c->values[i] = NULL;
		c->asked[i] = true;
	}
	for (size_t i = 0; i < r->nanswers; i++)
		if (r->answers[i].qindex >= 0)
			c->values[r->answers[i].qindex] = r->answers[i].value;
	for (size_t i = 0; i < q->nquestions; i++)
		if (q->questions[i].when && !q_when_applies(q, &q->questions[i], c->values)) {
			c->asked[i] = false;
			c->values[i] = NULL;
		}
}

static bool add_respondent(const struct store_respondent *r, void *arg)
{
	struct load_ctx *c = arg;
	size_t k = q_assess_respondent(c->a, r->department, r->role);
	asked(c, r);
	if (q_respondent_progress(c->a->q, c->values, NULL) == Q_COMPLETE)
		c->a->complete++;
	for (size_t i = 0; i < r->nanswers; i++) {
		/* Answers to questions a newer version dropped are kept, not scored. */
		if (r->answers[i].qindex < 0)
			continue;
		if (c->has_when && !c->asked[r->answers[i].qindex])
			continue;
		char *err;
		if (!q_assess_answer(c->a, k, (size_t)r->answers[i].qindex, r->answers[i].value, &err)) {
			/* Stored answers were valid when saved; a questionnaire
			 * upgrade may have narrowed what is valid. */
			diag_at(c->d, DIAG_WARNING, 0, NULL, 0, 0,
				_("respondent '%s', question '%s': stored answer no longer valid "
				"(%s); left out"), r->name, r->answers[i].question, err);
			free(err);
		}
	}
	return true;
}

static bool add_target(const char *capability, long target, void *arg)
{
	struct load_ctx *c = arg;
	long k = q_find_capability(c->a->q, capability);
	if (k >= 0)
		q_assess_target(c->a, (size_t)k, target);
	return true;
}

struct q_assessment *q_assess_load(struct store *st, const struct questionnaire *q,
				   size_t min_group, struct diag *d)
{
	return q_assess_load_round(st, q, 0, min_group, d);
}

/* round 0: the latest. */
struct q_assessment *q_assess_load_round(struct store *st, const struct questionnaire *q,
					 long round, size_t min_group, struct diag *d)
{
	const char **ids = xcalloc(q->nquestions + 1, sizeof *ids);
	for (size_t i = 0; i < q->nquestions; i++)
		ids[i] = q->questions[i].id;
	struct q_assessment *a = q_assess_new(q, min_group);
	struct load_ctx ctx = { a, d, false, xcalloc(q->nquestions + 1, sizeof *ctx.values),
				xcalloc(q->nquestions + 1, sizeof *ctx.asked) };
	for (size_t i = 0; i < q->nquestions; i++)
		ctx.has_when |= q->questions[i].when != NULL;
	struct store_survey *sv = store_survey_open(st, q->id, ids, q->nquestions, false, d);
	if (sv && round > 0)
		store_survey_set_round(sv, round);
	bool ok = sv && store_respondent_each(sv, add_respondent, &ctx, d) &&
		  store_target_each(st, q->id, add_target, &ctx, d);
	store_survey_close(sv);
	free(ids);
	free(ctx.values);
	free(ctx.asked);
	if (!ok) {
		q_assess_free(a);
		return NULL;
	}
	q_assess_finish(a);
	return a;
}
