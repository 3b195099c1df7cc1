/* The stored plan's initiatives with their execution rows and forecast:
 * what 'plan show' and the reports read. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../store/store.h"
#include "plan.h"

enum plan_status plan_track_status(const struct store_plan_exec *e)
{
	enum plan_status s = PLAN_NOT_STARTED;
	if (e && e->status)
		plan_status_parse(e->status, &s);
	return s;
}

static long day_or_none(const char *s)
{
	long day;
	return s && plan_date_parse(s, &day) ? day : PLAN_NO_DAY;
}

static int cmp_exec_id(const void *key, const void *elem)
{
	return strcmp(key, ((const struct store_plan_exec *)elem)->initiative);
}

/* The index in p of initiative id (sorted lookup), or p->nitems. */
static size_t item_index(const struct store_plan *p, const size_t *by_id, const char *id)
{
	size_t lo = 0, hi = p->nitems;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(p->items[by_id[mid]].initiative, id);
		if (c == 0)
			return by_id[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return p->nitems;
}

static const struct store_plan *sort_plan;
static int cmp_item_id(const void *a, const void *b)
{
	return strcmp(sort_plan->items[*(const size_t *)a].initiative,
		      sort_plan->items[*(const size_t *)b].initiative);
}

/* Each item's dependencies as indexes, in one array behind in[i].deps. */
static void link_dependencies(const struct store_plan *p, struct plan_track *t)
{
	size_t *by_id = xcalloc(p->nitems ? p->nitems : 1, sizeof *by_id);
	for (size_t i = 0; i < p->nitems; i++)
		by_id[i] = i;
	sort_plan = p;
	qsort(by_id, p->nitems, sizeof *by_id, cmp_item_id);
	size_t total = 0;
	for (size_t i = 0; i < p->nitems; i++)
		total += strlen(p->items[i].depends_on) / 2 + 1;
	t->deps = xcalloc(total ? total : 1, sizeof *t->deps);
	size_t k = 0;
	for (size_t i = 0; i < p->nitems; i++) {
		t->in[i].deps = t->deps + k;
		char *list = xstrdup(p->items[i].depends_on), *save = NULL;
		for (char *w = strtok_r(list, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
			size_t j = item_index(p, by_id, w);
			if (j < p->nitems)
				t->deps[k++] = j;
		}
		t->in[i].ndeps = (size_t)(t->deps + k - t->in[i].deps);
		free(list);
	}
	free(by_id);
}

bool plan_track_load(struct store *st, const struct store_plan *p, long today,
		     struct plan_track *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	out->today = today;
	struct store_plan_exec *rows;
	size_t nrows;
	if (!store_plan_exec_list(st, &rows, &nrows, d))
		return false;
	size_t n = p->nitems;
	out->n = n;
	out->exec = xcalloc(n ? n : 1, sizeof *out->exec);
	out->in = xcalloc(n ? n : 1, sizeof *out->in);
	out->out = xcalloc(n ? n : 1, sizeof *out->out);
	/* Found first, moved after: a moved row can no longer be searched. */
	bool *used = xcalloc(nrows ? nrows : 1, sizeof *used);
	struct store_plan_exec **found = xcalloc(n ? n : 1, sizeof *found);
	for (size_t i = 0; i < n; i++)
		found[i] = nrows ? bsearch(p->items[i].initiative, rows, nrows, sizeof *rows,
					   cmp_exec_id) : NULL;
	for (size_t i = 0; i < n; i++) {
		const struct store_plan_item *it = &p->items[i];
		struct store_plan_exec *e = &out->exec[i];
		struct store_plan_exec *row = found[i];
		if (row) {
			used[row - rows] = true;
			*e = *row;
			memset(row, 0, sizeof *row);
		} else {
			e->initiative = xstrdup(it->initiative);
			e->status = xstrdup(plan_status_name(PLAN_NOT_STARTED));
			e->percent = -1;
			e->note = xstrdup("");
			e->updated = xstrdup("");
		}
		struct plan_track_in *in = &out->in[i];
		plan_date_parse(it->start, &in->planned_start);
		plan_date_parse(it->end, &in->planned_end);
		in->status = plan_track_status(e);
		in->started = day_or_none(e->started);
		in->done = day_or_none(e->done);
		in->percent = e->percent;
	}
	for (size_t i = 0; i < nrows; i++)
		if (!used[i]) {
			out->orphans = xrealloc(out->orphans, (out->norphans + 1) * sizeof *out->orphans);
			out->orphans[out->norphans++] = rows[i];
			memset(&rows[i], 0, sizeof rows[i]);
		}
	free(used);
	free(found);
	store_plan_exec_list_free(rows, nrows);
	link_dependencies(p, out);
	return plan_forecast(out->in, n, today, out->out, d);
}

void plan_track_release(struct plan_track *t)
{
	store_plan_exec_list_free(t->exec, t->n);
	store_plan_exec_list_free(t->orphans, t->norphans);
	free(t->in);
	free(t->out);
	free(t->deps);
	memset(t, 0, sizeof *t);
}
