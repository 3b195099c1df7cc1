/* Every goal with its status, read from the workspace and evaluated with
 * goal_judge: the one place 'status', 'adoption report', 'dq report', the
 * workbook and the HTML get their goal status from. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../metrics/metrics.h"
#include "../store/store.h"
#include "plan.h"

bool goal_in_family(const char *metric, const char *scope, void *family)
{
	const struct goal_family *f = family;
	if (!metric_in_family(metric, f->family))
		return false;
	return !f->scope || !*scope || !strcmp(scope, f->scope);
}

struct points {
	struct goal_point *v;
	size_t n, cap;
};

static bool add_point(const struct store_metric *m, void *arg)
{
	struct points *p = arg;
	long day;
	if (!plan_date_parse(m->date, &day))
		return true;
	XGROW(p->v, p->cap, p->n + 1);
	p->v[p->n++] = (struct goal_point){ day, m->value };
	return true;
}

/* How deep a goal sits: its parent's depth + 1. The list puts every goal
 * after its parent, so the parent is found among the goals before it. */
static int depth_of(const struct store_goal *goals, const int *depth, size_t i)
{
	if (!goals[i].parent)
		return 0;
	for (size_t j = i; j-- > 0;)
		if (goals[j].id == goals[i].parent)
			return depth[j] + 1;
	return 0;
}

bool goal_rows_load(struct store *st, long today,
		    bool (*keep)(const char *metric, const char *scope, void *arg), void *arg,
		    struct goal_rows *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct store_goal *goals = NULL;
	size_t n = 0;
	if (!store_goal_list(st, &goals, &n, d))
		return false;
	int *depth = xcalloc(n ? n : 1, sizeof *depth);
	out->v = xcalloc(n ? n : 1, sizeof *out->v);
	struct metric_final_reader reader;   /* loaded once for every goal */
	bool ok = metric_final_open(st, &reader, d);
	for (size_t i = 0; i < n; i++) {
		struct store_goal *g = &goals[i];
		depth[i] = depth_of(goals, depth, i);
		if (!ok || (keep && !keep(g->metric, g->scope, arg)))
			continue;
		struct points pts = { 0 };
		/* weeks in progress are not judged (docs/adoption.md, "Incomplete weeks") */
		ok = metric_final_each(&reader, g->metric, g->scope, add_point, &pts, d);
		const struct metric_def *def = metric_def_find(g->metric);
		struct goal_spec spec = { .op = GOAL_GE, .target = g->target, .due = today,
					  .set_on = GOAL_NO_DAY, .has_baseline = g->has_baseline,
					  .baseline = g->baseline, .domain = def };
		goal_op_parse(g->op, &spec.op);
		plan_date_parse(g->due, &spec.due);
		if (g->set_on)
			plan_date_parse(g->set_on, &spec.set_on);
		struct goal_row *r = &out->v[out->n++];
		goal_judge(&spec, today, pts.v, pts.n, &r->status);
		free(pts.v);
		r->id = g->id;
		r->parent = g->parent;
		r->depth = depth[i];
		r->target = g->target;
		/* the strings move from the store's goal to the row */
		r->phase = g->phase;
		r->metric = g->metric;
		r->scope = g->scope;
		r->op = g->op;
		r->due = g->due;
		r->origin = g->origin;
		g->phase = g->metric = g->scope = g->op = g->due = g->origin = NULL;
		if (r->status.has_latest)
			plan_date_format(r->status.latest.day, r->latest_date);
		plan_date_format(r->status.judged_at, r->judged_at);
		if (spec.set_on != GOAL_NO_DAY)
			plan_date_format(spec.set_on, r->set_on);
	}
	metric_final_close(&reader);
	for (size_t i = 0; i < n; i++)
		store_goal_release(&goals[i]);
	free(goals);
	free(depth);
	return ok;
}

void goal_rows_count(const struct goal_rows *rows, size_t counts[GOAL_NSTATES])
{
	memset(counts, 0, GOAL_NSTATES * sizeof *counts);
	for (size_t i = 0; i < rows->n; i++)
		counts[rows->v[i].status.state]++;
}

size_t goal_rows_count_at_least(const struct goal_rows *r, enum goal_state level)
{
	size_t counts[GOAL_NSTATES];
	goal_rows_count(r, counts);
	return goal_counts_at_least(counts, level);
}

void goal_rows_release(struct goal_rows *r)
{
	for (size_t i = 0; i < r->n; i++) {
		struct goal_row *g = &r->v[i];
		free(g->phase);
		free(g->metric);
		free(g->scope);
		free(g->op);
		free(g->due);
		free(g->origin);
	}
	free(r->v);
	memset(r, 0, sizeof *r);
}
