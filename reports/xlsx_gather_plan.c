/* The workbook's plan and goals: the stored plan (phases, initiatives) and
 * every goal with its status on the export's date, from goal_rows_load
 * (phases/plan.h), the evaluation 'crmready status' uses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../phases/plan.h"
#include "report.h"

static const char *title_in(struct report_workbook *w, const char *en, char *const in[LANG_MAX])
{
	const char *t = w->lang < LANG_MAX && in[w->lang] && *in[w->lang] ? in[w->lang] : en;
	return arena_strdup(&w->arena, t ? t : "");
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
				arena_strdup(&w->arena, p->id), title_in(w, p->title, p->title_in),
				arena_strdup(&w->arena, p->start), arena_strdup(&w->arena, p->end),
				p->capacity, p->used };
		}
		w->ninitiatives = plan.nitems;
		w->initiatives = xcalloc(plan.nitems ? plan.nitems : 1, sizeof *w->initiatives);
		for (size_t i = 0; i < plan.nitems; i++) {
			const struct store_plan_item *it = &plan.items[i];
			w->initiatives[i] = (struct report_xl_initiative){
				arena_strdup(&w->arena, it->initiative), title_in(w, it->title, it->title_in),
				arena_strdup(&w->arena, it->phase), arena_strdup(&w->arena, it->start),
				arena_strdup(&w->arena, it->end), it->effort, it->impact, it->risk,
				STEP_NONE, NULL };
			if (*it->step)
				plan_step_find(it->step, &w->initiatives[i].step);
			char *source = plan_sources_told(it->sources, w->lang);
			w->initiatives[i].source = arena_strdup(&w->arena, source);
			free(source);
		}
		store_plan_release(&plan);
	}

	long today = 0;
	plan_date_parse(w->today, &today);
	struct goal_rows rows;
	bool ok = goal_rows_load(st, today, NULL, NULL, &rows, d);
	w->goals = xcalloc(rows.n ? rows.n : 1, sizeof *w->goals);
	for (size_t i = 0; i < rows.n && ok; i++) {
		const struct goal_row *g = &rows.v[i];
		char id[24], parent[24];
		snprintf(id, sizeof id, "%ld", g->id);
		snprintf(parent, sizeof parent, "%ld", g->parent);
		w->goals[w->ngoals++] = (struct report_xl_goal){
			.id = arena_strdup(&w->arena, id), .phase = arena_strdup(&w->arena, g->phase),
			.metric = arena_strdup(&w->arena, g->metric), .scope = arena_strdup(&w->arena, g->scope),
			.op = arena_strdup(&w->arena, g->op), .due = arena_strdup(&w->arena, g->due),
			.state = g->status.state,
			.parent = g->parent ? arena_strdup(&w->arena, parent) : NULL,
			.target = g->target, .has_latest = g->status.has_latest,
			.latest = g->status.latest.value,
			.latest_date = g->status.has_latest ? arena_strdup(&w->arena, g->latest_date)
							    : NULL,
			.judged_at = arena_strdup(&w->arena, g->judged_at), .settled = g->status.settled,
			.has_baseline = g->status.has_baseline, .baseline = g->status.baseline };
	}
	if (ok)
		goal_rows_count(&rows, w->goal_counts);
	goal_rows_release(&rows);
	return ok;
}
