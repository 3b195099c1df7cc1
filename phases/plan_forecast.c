/* The plan's execution: statuses, and the forecast of each initiative's
 * dates from what was done (the rule is in plan.h above plan_forecast and
 * in docs/plan-and-goals.md). Pure: no store, no clock. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/i18n.h"
#include "../core/xalloc.h"
#include "plan.h"

static const char *const STATUS_NAMES[PLAN_NSTATUS] = {
	"not-started", "in-progress", "done", "blocked", "dropped",
};
static const char *const STATUS_LABELS[PLAN_NSTATUS] = {
	NC_("plan status", "not started"), NC_("plan status", "in progress"),
	NC_("plan status", "done"), NC_("plan status", "blocked"), NC_("plan status", "dropped"),
};

const char *plan_status_name(enum plan_status s)
{
	return s < PLAN_NSTATUS ? STATUS_NAMES[s] : "";
}

const char *plan_status_label(enum plan_status s)
{
	return s < PLAN_NSTATUS ? trc("plan status", STATUS_LABELS[s]) : "";
}

bool plan_status_parse(const char *s, enum plan_status *out)
{
	for (int i = 0; i < PLAN_NSTATUS; i++)
		if (s && strcasecmp(s, STATUS_NAMES[i]) == 0) {
			*out = (enum plan_status)i;
			return true;
		}
	return false;
}

const char *plan_status_names(void)
{
	return "not-started, in-progress, done, blocked, dropped";
}

static long max_l(long a, long b)
{
	return a > b ? a : b;
}

enum { UNSEEN, VISITING, DONE_VISIT };

struct forecast {
	const struct plan_track_in *in;
	size_t n;
	long today;
	struct plan_track_out *out;
	unsigned char *mark;
};

/* The earliest day an initiative may start: the day after its latest
 * dependency's end; *cause the dependency that ends latest (n: none). */
static long after_dependencies(const struct forecast *f, size_t i, size_t *cause)
{
	long earliest = LONG_MIN;
	*cause = f->n;
	const struct plan_track_in *it = &f->in[i];
	for (size_t k = 0; k < it->ndeps; k++) {
		size_t j = it->deps[k];
		if (j >= f->n || f->in[j].status == PLAN_DROPPED)
			continue;
		if (f->out[j].end + 1 > earliest) {
			earliest = f->out[j].end + 1;
			*cause = j;
		}
	}
	return earliest;
}

/* How late it is, by the heaviest rule that applies. */
static void judge_late(const struct plan_track_in *it, long today, struct plan_track_out *o)
{
	o->late = PLAN_ON_TIME;
	o->late_days = 0;
	if (it->status == PLAN_DROPPED)
		return;
	if (it->status == PLAN_DONE) {
		if (o->end > it->planned_end) {
			o->late = PLAN_LATE_FINISHED;
			o->late_days = o->end - it->planned_end;
			return;
		}
	} else if (it->planned_end < today) {
		o->late = PLAN_LATE_OVERDUE;
		o->late_days = today - it->planned_end;
		return;
	}
	if (it->started != PLAN_NO_DAY && it->started > it->planned_start) {
		o->late = PLAN_LATE_STARTED;
		o->late_days = it->started - it->planned_start;
	}
}

static void forecast_not_started(const struct forecast *f, size_t i, struct plan_track_out *o)
{
	const struct plan_track_in *it = &f->in[i];
	long duration = it->planned_end - it->planned_start + 1;
	size_t dep;
	long after = after_dependencies(f, i, &dep);
	long start = max_l(it->planned_start, f->today);
	if (after > start) {
		start = after;
		o->cause = PLAN_CAUSE_DEPENDENCY;
		o->cause_item = dep;
		o->cause_days = f->out[dep].end_slip;
	} else if (start > it->planned_start)
		o->cause = PLAN_CAUSE_NOT_STARTED;
	o->start = start;
	o->start_forecast = true;
	o->end = start + duration - 1;
	o->end_forecast = true;
}

static void forecast_started(const struct forecast *f, size_t i, struct plan_track_out *o)
{
	const struct plan_track_in *it = &f->in[i];
	long duration = it->planned_end - it->planned_start + 1;
	long end = it->started + duration - 1;
	if (it->percent >= 0) {
		long left = (duration * (100 - it->percent) + 99) / 100;
		end = max_l(end, f->today + left - 1);
	}
	end = max_l(end, f->today);
	o->start = it->started;
	o->end = end;
	o->end_forecast = true;
	if (it->started > it->planned_start)
		o->cause = PLAN_CAUSE_STARTED_LATE;
	else if (end > it->planned_end)
		o->cause = PLAN_CAUSE_OVERRUN;
}

static void forecast_done(const struct plan_track_in *it, struct plan_track_out *o)
{
	o->end = it->done;
	o->start = it->started != PLAN_NO_DAY ? it->started
		   : (it->planned_start < it->done ? it->planned_start : it->done);
	if (it->started != PLAN_NO_DAY && it->started > it->planned_start)
		o->cause = PLAN_CAUSE_STARTED_LATE;
	else if (o->end > it->planned_end)
		o->cause = PLAN_CAUSE_OVERRUN;
}

static bool visit(struct forecast *f, size_t i, struct diag *d)
{
	if (f->mark[i] == DONE_VISIT)
		return true;
	if (f->mark[i] == VISITING) {
		diag_fail(d, EXIT_DATAERR, _("dependency cycle in the plan"));
		return false;
	}
	f->mark[i] = VISITING;
	const struct plan_track_in *it = &f->in[i];
	for (size_t k = 0; k < it->ndeps; k++)
		if (it->deps[k] < f->n && !visit(f, it->deps[k], d))
			return false;
	struct plan_track_out *o = &f->out[i];
	memset(o, 0, sizeof *o);
	o->cause_item = f->n;
	if (it->status == PLAN_DROPPED) {
		o->start = it->planned_start;
		o->end = it->planned_end;
	} else if (it->status == PLAN_DONE && it->done != PLAN_NO_DAY)
		forecast_done(it, o);
	else if (it->started != PLAN_NO_DAY)
		forecast_started(f, i, o);
	else
		forecast_not_started(f, i, o);
	o->start_slip = o->start - it->planned_start;
	o->end_slip = o->end - it->planned_end;
	if (o->cause != PLAN_CAUSE_NONE && o->end_slip <= 0 && o->start_slip <= 0)
		o->cause = PLAN_CAUSE_NONE;
	judge_late(it, f->today, o);
	f->mark[i] = DONE_VISIT;
	return true;
}

bool plan_forecast(const struct plan_track_in *in, size_t n, long today,
		   struct plan_track_out *out, struct diag *d)
{
	struct forecast f = { in, n, today, out, xcalloc(n ? n : 1, 1) };
	bool ok = true;
	for (size_t i = 0; ok && i < n; i++)
		ok = visit(&f, i, d);
	free(f.mark);
	return ok;
}
