/* The workbook's plan and goals: the stored plan (phases, initiatives) and
 * every goal with its status on the export's date, evaluated exactly as
 * 'crmready status' does (phases/plan.h goal_evaluate over the goal's
 * metric values). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../phases/plan.h"
#include "report.h"

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

static const char *title_in(struct report_workbook *w, const char *en, const char *fa)
{
	return arena_strdup(&w->arena, w->lang == LANG_FA && fa && *fa ? fa : en ? en : "");
}

bool report_workbook_gather_plan(struct report_workbook *w, struct store *st, struct diag *d)
{
	struct store_plan plan;
	int found = store_plan_load(st, &plan, d);
	if (found < 0)
		return false;
	if (found > 0) {
		w->has_plan = true;
		w->nphases = plan.nphases;
		w->phases = xcalloc(plan.nphases ? plan.nphases : 1, sizeof *w->phases);
		for (size_t i = 0; i < plan.nphases; i++) {
			const struct store_plan_phase *p = &plan.phases[i];
			w->phases[i] = (struct report_xl_phase){
				arena_strdup(&w->arena, p->id), title_in(w, p->title, p->title_fa),
				arena_strdup(&w->arena, p->start), arena_strdup(&w->arena, p->end),
				p->capacity, p->used };
		}
		w->ninitiatives = plan.nitems;
		w->initiatives = xcalloc(plan.nitems ? plan.nitems : 1, sizeof *w->initiatives);
		for (size_t i = 0; i < plan.nitems; i++) {
			const struct store_plan_item *it = &plan.items[i];
			w->initiatives[i] = (struct report_xl_initiative){
				arena_strdup(&w->arena, it->initiative), title_in(w, it->title, it->title_fa),
				arena_strdup(&w->arena, it->phase), arena_strdup(&w->arena, it->start),
				arena_strdup(&w->arena, it->end), it->effort, it->impact, it->risk };
		}
		store_plan_release(&plan);
	}

	struct store_goal *goals = NULL;
	size_t n = 0;
	if (!store_goal_list(st, &goals, &n, d))
		return false;
	long today = 0;
	plan_date_parse(w->today, &today);
	w->goals = xcalloc(n ? n : 1, sizeof *w->goals);
	bool ok = true;
	for (size_t i = 0; i < n && ok; i++) {
		const struct store_goal *g = &goals[i];
		struct points pts = { 0 };
		ok = store_metric_each(st, g->metric, g->scope, add_point, &pts, d);
		enum goal_op op = GOAL_GE;
		goal_op_parse(g->op, &op);
		long due = today;
		plan_date_parse(g->due, &due);
		struct goal_status s;
		goal_evaluate(op, g->target, due, today, pts.v, pts.n, &s);
		free(pts.v);
		char id[24], parent[24], latest_date[11] = "";
		snprintf(id, sizeof id, "%ld", g->id);
		snprintf(parent, sizeof parent, "%ld", g->parent);
		if (s.has_latest)
			plan_date_format(s.latest.day, latest_date);
		w->goals[w->ngoals++] = (struct report_xl_goal){
			.id = arena_strdup(&w->arena, id), .phase = arena_strdup(&w->arena, g->phase),
			.metric = arena_strdup(&w->arena, g->metric), .scope = arena_strdup(&w->arena, g->scope),
			.op = arena_strdup(&w->arena, g->op), .due = arena_strdup(&w->arena, g->due),
			.status = arena_strdup(&w->arena, goal_state_name(s.state)),
			.parent = g->parent ? arena_strdup(&w->arena, parent) : NULL,
			.target = g->target, .has_latest = s.has_latest, .latest = s.latest.value,
			.latest_date = s.has_latest ? arena_strdup(&w->arena, latest_date) : NULL };
	}
	for (size_t i = 0; i < n; i++)
		store_goal_release(&goals[i]);
	free(goals);
	return ok;
}
