/* q_engagement: the questionnaires an engagement has answers for, and which
 * of them is its readiness questionnaire or capability model — the one the
 * shipped rules, the plan and the reports read. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../store/store.h"
#include "questionnaire.h"

struct counts {
	struct q_answered *l;
	size_t n, cap;
};

static bool count_one(const char *questionnaire, long respondents, void *arg)
{
	struct counts *c = arg;
	XGROW(c->l, c->cap, c->n + 1);
	c->l[c->n++] = (struct q_answered){ xstrdup(questionnaire), respondents,
					     Q_MEASURES_UNDECLARED, false };
	return true;
}

bool q_answered_list(struct store *st, struct q_answered **out, size_t *n, struct diag *d)
{
	struct counts c = { 0 };
	*out = NULL;
	*n = 0;
	if (!store_exists(st))
		return true;
	bool ok = store_survey_counts(st, count_one, &c, d);
	for (size_t i = 0; ok && i < c.n; i++) {
		struct questionnaire *q = q_lookup(st, c.l[i].id, d);
		if (!q) {
			ok = false;
			break;
		}
		c.l[i].measures = q->measures;
		c.l[i].capabilities = q->ncapabilities > 0;
		q_free(q);
	}
	if (!ok) {
		q_answered_free(c.l, c.n);
		return false;
	}
	*out = c.l;
	*n = c.n;
	return true;
}

void q_answered_free(struct q_answered *l, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(l[i].id);
	free(l);
}

char *q_engagement(struct store *st, enum q_measures what, const char *fallback)
{
	struct q_answered *l;
	size_t n;
	struct diag d;
	diag_init(&d);
	const struct q_answered *best = NULL;
	if (st && q_answered_list(st, &l, &n, &d)) {
		/* Ordered by id: the first of the most answered wins a tie. */
		for (size_t i = 0; i < n; i++)
			if (l[i].measures == what && (!best || l[i].respondents > best->respondents))
				best = &l[i];
	} else {
		l = NULL;
		n = 0;
	}
	char *id = xstrdup(best ? best->id : fallback);
	q_answered_free(l, n);
	diag_release(&d);
	return id;
}
