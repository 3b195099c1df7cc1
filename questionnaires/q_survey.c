/* A questionnaire's survey in the workspace: every respondent with how far
 * they got (survey list), and removing one (survey rm). */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../store/store.h"
#include "questionnaire.h"

struct progress_walk {
	const struct questionnaire *q;
	const char **values;
	q_progress_fn *fn;
	void *arg;
};

static bool progress_one(const struct store_respondent *r, void *arg)
{
	struct progress_walk *w = arg;
	const struct questionnaire *q = w->q;
	memset(w->values, 0, q->nquestions * sizeof *w->values);
	for (size_t i = 0; i < r->nanswers; i++)
		if (r->answers[i].qindex >= 0)
			w->values[r->answers[i].qindex] = r->answers[i].value;
	struct q_progress_counts pc;
	enum q_progress progress = q_respondent_progress(q, w->values, &pc);
	return w->fn(r, progress, &pc, w->arg);
}

bool q_survey_progress_each(struct store *st, const struct questionnaire *q, q_progress_fn *fn,
			    void *arg, struct diag *d)
{
	const char **ids = xcalloc(q->nquestions + 1, sizeof *ids);
	for (size_t i = 0; i < q->nquestions; i++)
		ids[i] = q->questions[i].id;
	struct progress_walk w = { q, xcalloc(q->nquestions + 1, sizeof(char *)), fn, arg };
	struct store_survey *sv = store_survey_open(st, q->id, ids, q->nquestions, false, d);
	bool ok = sv && store_respondent_each(sv, progress_one, &w, d);
	store_survey_close(sv);
	free(w.values);
	free(ids);
	return ok;
}

bool q_respondent_remove(struct store *st, const struct questionnaire *q, const char *round,
			 const char *name, struct diag *d)
{
	long id = q_round_find(st, q, round, d);
	if (id < 0 || !store_begin(st, d))
		return false;
	int rc = store_respondent_rm(st, id, name, d);
	if (rc > 0 && store_round_drop_if_empty(st, id, d) && store_commit(st, d))
		return true;
	store_rollback(st);
	if (rc == 0) {
		char *safe = text_sanitize(name);
		diag_fail(d, EXIT_DATAERR, _("no respondent '%s' in %s; "
			  "'crmready survey list %s' shows them"), safe, q->id, q->id);
		free(safe);
	}
	return false;
}
