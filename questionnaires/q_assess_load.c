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
};

static bool add_respondent(const struct store_respondent *r, void *arg)
{
	struct load_ctx *c = arg;
	size_t k = q_assess_respondent(c->a, r->department, r->role);
	for (size_t i = 0; i < r->nanswers; i++) {
		/* Answers to questions a newer version dropped are kept, not scored. */
		if (r->answers[i].qindex < 0)
			continue;
		char *err;
		if (!q_assess_answer(c->a, k, (size_t)r->answers[i].qindex, r->answers[i].value, &err)) {
			/* Stored answers were valid when saved; a questionnaire
			 * upgrade may have narrowed what is valid. */
			diag_at(c->d, DIAG_WARNING, 0, NULL, 0, 0,
				"respondent '%s', question '%s': stored answer no longer valid "
				"(%s); left out", r->name, r->answers[i].question, err);
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
	const char **ids = xcalloc(q->nquestions + 1, sizeof *ids);
	for (size_t i = 0; i < q->nquestions; i++)
		ids[i] = q->questions[i].id;
	struct q_assessment *a = q_assess_new(q, min_group);
	struct load_ctx ctx = { a, d };
	struct store_survey *sv = store_survey_open(st, q->id, ids, q->nquestions, false, d);
	bool ok = sv && store_respondent_each(sv, add_respondent, &ctx, d) &&
		  store_target_each(st, q->id, add_target, &ctx, d);
	store_survey_close(sv);
	free(ids);
	if (!ok) {
		q_assess_free(a);
		return NULL;
	}
	q_assess_finish(a);
	return a;
}
