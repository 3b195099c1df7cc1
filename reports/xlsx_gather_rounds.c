/* The workbook's and the HTML report's survey rounds: the readiness
 * questionnaire's latest round against the previous one, with the figures
 * and the anonymity rule of 'assess --compare' (q_delta_*). */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "report_internal.h"

/* The last two rounds of a questionnaire (oldest first). */
struct last_two {
	long id[2];
	char *name[2], *created[2];
	size_t n;
};

static bool keep_round(const struct store_round *r, void *arg)
{
	struct last_two *t = arg;
	if (t->n == 2) {
		free(t->name[0]);
		free(t->created[0]);
		t->id[0] = t->id[1];
		t->name[0] = t->name[1];
		t->created[0] = t->created[1];
		t->n = 1;
	}
	t->id[t->n] = r->id;
	t->name[t->n] = xstrdup(r->name);
	t->created[t->n] = xstrdup(r->created_at);
	t->n++;
	return true;
}

static struct report_xl_round_row row_of(struct report_workbook *w, const char *label,
					 const struct q_delta *x)
{
	return (struct report_xl_round_row){
		.label = arena_strdup(&w->arena, label), .suppressed = x->suppressed,
		.has_from = x->has_from, .has_to = x->has_to, .has_delta = x->has_data,
		.from = x->from, .to = x->to, .delta = x->delta,
		.n_from = (long)x->n_from, .n_to = (long)x->n_to };
}

static void rows(struct report_workbook *w, const struct q_assessment *a1,
		 const struct q_assessment *a2)
{
	const struct questionnaire *q = a2->q;
	size_t ndept;
	char **names = q_delta_group_names(a1, a2, Q_BY_DEPARTMENT, &ndept);
	w->rounds.rows = arena_alloc(&w->arena, (1 + q->ndimensions + ndept) * sizeof *w->rounds.rows);
	struct q_delta x = q_delta_index(a1, a2);
	w->rounds.rows[w->rounds.nrows++] = row_of(w, _("Readiness index"), &x);
	for (size_t d = 0; d < q->ndimensions; d++) {
		x = q_delta_dimension(a1, a2, d);
		w->rounds.rows[w->rounds.nrows++] = row_of(w, text_get(&q->dimensions[d].title, w->lang),
							   &x);
	}
	for (size_t i = 0; i < ndept; i++) {
		x = q_delta_group(a1, a2, Q_BY_DEPARTMENT, names[i], -1);
		struct report_xl_round_row *r = &w->rounds.rows[w->rounds.nrows++];
		*r = row_of(w, names[i], &x);
		r->department = true;
		free(names[i]);
	}
	free(names);
}

bool report_workbook_gather_rounds(struct report_workbook *w, struct store *st, struct diag *d)
{
	if (!w->has_assessment || !st)
		return true;
	struct questionnaire *q = q_lookup(st, w->primary.questionnaire, d);
	struct last_two t = { 0 };
	bool ok = q && store_round_each(st, q->id, keep_round, &t, d);
	if (ok && t.n == 2) {
		size_t min = (size_t)w->min_group;
		struct q_assessment *a1 = q_assess_load_round(st, q, t.id[0], min, d);
		struct q_assessment *a2 = a1 ? q_assess_load_round(st, q, t.id[1], min, d) : NULL;
		ok = a2 != NULL;
		if (ok) {
			w->has_rounds = true;
			w->rounds.from = arena_strdup(&w->arena, t.name[0]);
			w->rounds.to = arena_strdup(&w->arena, t.name[1]);
			w->rounds.from_created = arena_strdup(&w->arena, t.created[0]);
			w->rounds.to_created = arena_strdup(&w->arena, t.created[1]);
			rows(w, a1, a2);
		}
		q_assess_free(a1);
		q_assess_free(a2);
	}
	for (size_t i = 0; i < t.n; i++) {
		free(t.name[i]);
		free(t.created[i]);
	}
	q_free(q);
	return ok;
}
