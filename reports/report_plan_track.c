/* The plan's execution for people and programs: each initiative's status,
 * actual and forecast dates, what is late and what it delays downstream
 * (the forecast is phases/plan_forecast.c). */
#include <stdlib.h>
#include <string.h>

#include "../core/timex.h"
#include "../core/xalloc.h"
#include "report_internal.h"

char *report_plan_span(long days, bool people)
{
	unsigned long n = (unsigned long)(days < 0 ? -days : days);
	if (days >= 7 && days % 7 == 0) {
		long weeks = days / 7;
		if (people)
			return tfmt(trn("%ld week", "%ld weeks", n / 7), weeks);
		return xasprintf(weeks == 1 ? "%ld week" : "%ld weeks", weeks);
	}
	if (people)
		return tfmt(trn("%ld day", "%ld days", n), days);
	return xasprintf(days == 1 ? "%ld day" : "%ld days", days);
}

/* A message with one string argument, for people or in English. */
static char *say1(bool people, const char *fmt, const char *a)
{
	return people ? tfmt(_(fmt), a) : xasprintf(fmt, a);
}

static char *say2(bool people, const char *fmt, const char *a, const char *b)
{
	return people ? tfmt(_(fmt), a, b) : xasprintf(fmt, a, b);
}

char *report_plan_late(const struct plan_track_out *o, bool people)
{
	if (o->late == PLAN_ON_TIME)
		return NULL;
	char *span = report_plan_span(o->late_days, people), *s;
	if (o->late == PLAN_LATE_FINISHED)
		s = say1(people, N_("finished %s late"), span);
	else if (o->late == PLAN_LATE_OVERDUE)
		s = say1(people, N_("%s past its planned end"), span);
	else
		s = say1(people, N_("started %s late"), span);
	free(span);
	return s;
}

char *report_plan_cause(const struct store_plan *sp, const struct plan_track *t, size_t i,
			bool people)
{
	const struct plan_track_out *o = &t->out[i];
	switch (o->cause) {
	case PLAN_CAUSE_DEPENDENCY: {
		const char *dep = sp->items[o->cause_item].initiative;
		bool ended = !t->out[o->cause_item].end_forecast;
		if (o->cause_days <= 0)
			return say1(people, ended ? N_("after %s, which ended") :
					     N_("after %s, still under way"), dep);
		char *span = report_plan_span(o->cause_days, people);
		char *s = say2(people, ended ? N_("after %s, which ended %s late") :
				       N_("after %s, forecast to end %s late"), dep, span);
		free(span);
		return s;
	}
	case PLAN_CAUSE_NOT_STARTED:
		return xstrdup(people ? _("not started yet") : "not started yet");
	case PLAN_CAUSE_STARTED_LATE: {
		char *span = report_plan_span(o->start_slip, people);
		char *s = say1(people, N_("started %s late"), span);
		free(span);
		return s;
	}
	case PLAN_CAUSE_OVERRUN:
		if (!o->end_forecast)
			return xstrdup(people ? _("took longer than planned") :
					 "took longer than planned");
		return xstrdup(people ? _("running past its planned duration") :
				 "running past its planned duration");
	case PLAN_CAUSE_NONE:
		break;
	}
	return NULL;
}

static const char *const LATE_NAMES[] = { "", "started-late", "overdue", "finished-late" };
static const char *const CAUSE_NAMES[] = { "", "dependency", "not-started", "started-late",
					   "overrun" };

bool report_plan_tracked(const struct plan_track *t)
{
	if (t->norphans)
		return true;
	for (size_t i = 0; i < t->n; i++)
		if (t->exec[i].updated && *t->exec[i].updated)
			return true;
	return false;
}

/* ---- text ---- */

static void day_cell(char out[TIMEX_SHOW_MAX + 4], long day, bool forecast)
{
	char s[TIMEX_SHOW_MAX];
	timex_show_day(day, s);
	snprintf(out, TIMEX_SHOW_MAX + 4, "%s%s", forecast ? "~" : "", s);
}

static void status_table(FILE *out, const struct store_plan *sp, const struct plan_track *t)
{
	struct report_table *tb = report_table_new(8);
	const char *heads[] = { trc("execution", "initiative"), trc("execution", "status"),
				trc("execution", "planned start"), trc("execution", "planned end"),
				trc("execution", "start"), trc("execution", "end"),
				trc("execution", "percent done"), trc("execution", "late") };
	for (size_t c = 0; c < 8; c++)
		report_table_column(tb, c, heads[c], c == 6 ? REPORT_RIGHT : REPORT_LEFT);
	for (size_t i = 0; i < t->n; i++) {
		const struct plan_track_out *o = &t->out[i];
		const struct plan_track_in *in = &t->in[i];
		char ps[TIMEX_SHOW_MAX + 4], pe[TIMEX_SHOW_MAX + 4], s[TIMEX_SHOW_MAX + 4],
			e[TIMEX_SHOW_MAX + 4];
		day_cell(ps, in->planned_start, false);
		day_cell(pe, in->planned_end, false);
		day_cell(s, o->start, o->start_forecast);
		day_cell(e, o->end, o->end_forecast);
		bool dropped = in->status == PLAN_DROPPED;
		char *pct = in->percent >= 0 ? tfmt("%d%%", in->percent) : xstrdup("");
		char *late = report_plan_late(o, true);
		const char *row[] = { sp->items[i].initiative, plan_status_label(in->status), ps, pe,
				      dropped ? "" : s, dropped ? "" : e, pct, late ? late : "" };
		report_table_row(tb, row);
		if (late)
			report_table_color(tb, 7, "31");
		free(pct);
		free(late);
	}
	report_table_print(tb, out, 2, false);
	report_table_free(tb);
}

/* The initiatives whose start moved because of a dependency, each with its
 * cause, and the reasons given for blocked ones. */
static void delays_text(FILE *out, const struct store_plan *sp, const struct plan_track *t)
{
	bool header = false;
	for (size_t i = 0; i < t->n; i++) {
		const struct plan_track_out *o = &t->out[i];
		if (o->cause != PLAN_CAUSE_DEPENDENCY || o->start_slip <= 0)
			continue;
		if (!header)
			fputs(_("\nDelayed downstream:\n"), out);
		header = true;
		char *span = report_plan_span(o->start_slip, true), *cause = report_plan_cause(sp, t, i, true);
		char d[TIMEX_SHOW_MAX];
		char *clean = text_sanitize(cause);
		tfprintf(out, _("  %s: starts %s later, %s (%s)\n"), sp->items[i].initiative, span,
			 timex_show_day(o->start, d), clean);
		free(clean);
		free(cause);
		free(span);
	}
	header = false;
	for (size_t i = 0; i < t->n; i++) {
		const struct store_plan_exec *e = &t->exec[i];
		if (!e->note || !*e->note || (t->in[i].status != PLAN_BLOCKED &&
					      t->in[i].status != PLAN_DROPPED))
			continue;
		if (!header)
			fputs(_("\nBlocked and dropped:\n"), out);
		header = true;
		char *note = text_sanitize(e->note);
		fprintf(out, "  %s (%s): %s\n", e->initiative, plan_status_label(t->in[i].status), note);
		free(note);
	}
}

static void orphans_text(FILE *out, const struct plan_track *t)
{
	if (!t->norphans)
		return;
	fputs(_("\nNo longer in the plan (their execution is kept):\n"), out);
	for (size_t i = 0; i < t->norphans; i++) {
		const struct store_plan_exec *e = &t->orphans[i];
		enum plan_status s = plan_track_status(e);
		char a[TIMEX_SHOW_MAX], b[TIMEX_SHOW_MAX];
		fprintf(out, "  %s: %s", e->initiative, plan_status_label(s));
		if (e->started)
			tfprintf(out, _(", started %s"), timex_show(e->started, a));
		if (e->done)
			tfprintf(out, _(", ended %s"), timex_show(e->done, b));
		if (e->percent >= 0)
			tfprintf(out, _(", %d%% done"), e->percent);
		fputc('\n', out);
	}
}

void report_plan_track_text(FILE *out, const struct store_plan *sp, const struct plan_track *t)
{
	if (!report_plan_tracked(t))
		return;
	char d[TIMEX_SHOW_MAX];
	size_t late = 0;
	for (size_t i = 0; i < t->n; i++)
		late += t->out[i].late != PLAN_ON_TIME;
	tfprintf(out, trn("\nExecution on %s (~ a forecast): %zu initiative late\n",
			  "\nExecution on %s (~ a forecast): %zu initiatives late\n", late),
		 timex_show_day(t->today, d), late);
	status_table(out, sp, t);
	delays_text(out, sp, t);
	orphans_text(out, t);
}

/* ---- JSON and CSV ---- */

static json_t *day_json(long day)
{
	char s[11];
	if (day == PLAN_NO_DAY)
		return json_null();
	plan_date_format(day, s);
	return json_string(s);
}

static json_t *opt_string(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *exec_json(const struct store_plan_exec *e)
{
	return json_pack("{s:s, s:o, s:o, s:o, s:s, s:o}", "status", e->status, "started",
			 opt_string(e->started), "done", opt_string(e->done), "percent",
			 e->percent >= 0 ? json_integer(e->percent) : json_null(), "note",
			 e->note ? e->note : "", "updated",
			 e->updated && *e->updated ? json_string(e->updated) : json_null());
}

static json_t *item_json(const struct store_plan *sp, const struct plan_track *t, size_t i)
{
	const struct plan_track_out *o = &t->out[i];
	json_t *j = exec_json(&t->exec[i]);
	json_object_set_new(j, "forecast_start", day_json(o->start));
	json_object_set_new(j, "forecast_end", day_json(o->end));
	json_object_set_new(j, "start_is_forecast", json_boolean(o->start_forecast));
	json_object_set_new(j, "end_is_forecast", json_boolean(o->end_forecast));
	json_object_set_new(j, "start_slip_days", json_integer(o->start_slip));
	json_object_set_new(j, "end_slip_days", json_integer(o->end_slip));
	json_object_set_new(j, "late", o->late ? json_string(LATE_NAMES[o->late]) : json_null());
	json_object_set_new(j, "late_days", json_integer(o->late_days));
	json_t *cause = json_null();
	if (o->cause != PLAN_CAUSE_NONE) {
		char *text = report_plan_cause(sp, t, i, false);
		cause = json_pack("{s:s, s:o, s:I, s:s}", "kind", CAUSE_NAMES[o->cause],
				  "initiative", o->cause == PLAN_CAUSE_DEPENDENCY ?
				  json_string(sp->items[o->cause_item].initiative) : json_null(),
				  "days", (json_int_t)(o->cause == PLAN_CAUSE_DEPENDENCY ?
						       o->cause_days : o->end_slip),
				  "text", text ? text : "");
		free(text);
	}
	json_object_set_new(j, "cause", cause);
	json_t *delays = json_array();
	for (size_t k = 0; k < t->n; k++)
		if (t->out[k].cause == PLAN_CAUSE_DEPENDENCY && t->out[k].cause_item == i &&
		    t->out[k].start_slip > 0)
			json_array_append_new(delays, json_string(sp->items[k].initiative));
	json_object_set_new(j, "delays", delays);
	return j;
}

void report_plan_track_json(json_t *plan, const struct store_plan *sp, const struct plan_track *t)
{
	json_t *items = json_object_get(plan, "initiatives");
	for (size_t i = 0; i < t->n && i < json_array_size(items); i++)
		json_object_set_new(json_array_get(items, i), "execution", item_json(sp, t, i));
	json_t *gone = json_array();
	for (size_t i = 0; i < t->norphans; i++) {
		json_t *e = exec_json(&t->orphans[i]);
		json_object_set_new(e, "initiative", json_string(t->orphans[i].initiative));
		json_array_append_new(gone, e);
	}
	json_object_set_new(plan, "today", day_json(t->today));
	json_object_set_new(plan, "no_longer_planned", gone);
}

void report_plan_track_cells(const struct store_plan *sp, const struct plan_track *t, size_t i,
			     struct report_plan_track_cells *c)
{
	const struct plan_track_out *o = &t->out[i];
	const struct store_plan_exec *e = &t->exec[i];
	memset(c, 0, sizeof *c);
	c->status = e->status;
	c->started = e->started ? e->started : "";
	c->done = e->done ? e->done : "";
	if (e->percent >= 0)
		snprintf(c->percent, sizeof c->percent, "%d", e->percent);
	plan_date_format(o->start, c->start);
	plan_date_format(o->end, c->end);
	c->late = LATE_NAMES[o->late];
	snprintf(c->late_days, sizeof c->late_days, "%ld", o->late_days);
	c->delayed_by = o->cause == PLAN_CAUSE_DEPENDENCY ? sp->items[o->cause_item].initiative : "";
	c->note = e->note ? e->note : "";
	c->cause = report_plan_cause(sp, t, i, false);
}
