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

static const char *dup_or_null(struct report_workbook *w, const char *s)
{
	return s ? arena_strdup(&w->arena, s) : NULL;
}

/* Each initiative's execution and forecast on today, worded for people in
 * the workbook's language. */
static bool gather_execution(struct report_workbook *w, struct store *st,
			     const struct store_plan *plan, long today, struct diag *d)
{
	struct plan_track t;
	if (!plan_track_load(st, plan, today, &t, d)) {
		plan_track_release(&t);
		return false;
	}
	w->has_execution = report_plan_tracked(&t);
	for (size_t i = 0; i < t.n && i < w->ninitiatives; i++) {
		struct report_xl_initiative *in = &w->initiatives[i];
		const struct plan_track_out *o = &t.out[i];
		char a[11], b[11];
		plan_date_format(o->start, a);
		plan_date_format(o->end, b);
		char *late = report_plan_late(o, true), *cause = report_plan_cause(plan, &t, i, true);
		in->status = t.in[i].status;
		in->started = dup_or_null(w, t.exec[i].started);
		in->done = dup_or_null(w, t.exec[i].done);
		in->fc_start = arena_strdup(&w->arena, a);
		in->fc_end = arena_strdup(&w->arena, b);
		in->start_forecast = o->start_forecast;
		in->end_forecast = o->end_forecast;
		in->percent = t.exec[i].percent;
		in->late = o->late;
		in->late_days = o->late_days;
		in->late_text = dup_or_null(w, late);
		in->cause = dup_or_null(w, cause);
		in->note = t.exec[i].note && *t.exec[i].note ? arena_strdup(&w->arena, t.exec[i].note) : NULL;
		free(late);
		free(cause);
	}
	plan_track_release(&t);
	return true;
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
				STEP_NONE, NULL, .percent = -1 };
			if (*it->step)
				plan_step_find(it->step, &w->initiatives[i].step);
			char *source = plan_sources_told(it->sources, w->lang);
			w->initiatives[i].source = arena_strdup(&w->arena, source);
			free(source);
		}
	}
	long today = 0;
	plan_date_parse(w->today, &today);
	if (found > 0) {
		bool tracked = gather_execution(w, st, &plan, today, d);
		store_plan_release(&plan);
		if (!tracked)
			return false;
	}

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
