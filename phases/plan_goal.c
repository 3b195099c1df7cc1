/* Goals: comparisons, metric names and scopes, and the status rule of
 * docs/plan-and-goals.md (least squares over the last 8 dated points), with settled goals,
 * "too early", projections kept in the metric's domain and a fixed
 * baseline (issue 16). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "../metrics/metrics.h"
#include "plan.h"

static const char *const op_names[] = { ">=", "<=", ">", "<", "==" };

bool goal_op_parse(const char *s, enum goal_op *out)
{
	for (int i = 0; i < 5; i++)
		if (s && !strcmp(s, op_names[i])) {
			*out = (enum goal_op)i;
			return true;
		}
	return false;
}

const char *goal_op_name(enum goal_op op)
{
	return op_names[op];
}

bool goal_op_lower_is_better(enum goal_op op)
{
	return op == GOAL_LE || op == GOAL_LT;
}

bool goal_op_against_metric(enum goal_op op, const char *metric)
{
	const struct metric_def *def = metric_def_find(metric);
	return def && op != GOAL_EQ && def->lower_is_better != goal_op_lower_is_better(op);
}

bool goal_op_meets(enum goal_op op, double value, double target)
{
	switch (op) {
	case GOAL_GE: return value >= target;
	case GOAL_LE: return value <= target;
	case GOAL_GT: return value > target;
	case GOAL_LT: return value < target;
	case GOAL_EQ: return fabs(value - target) <= 1e-9 * fmax(1.0, fabs(target));
	}
	return false;
}

/* ---- metric names ---- */

static bool in_list(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n && list[i]; i++)
		if (!strcmp(s, list[i]))
			return true;
	return false;
}

bool goal_metric_valid(const char *name, char **err)
{
	return metric_name_check(name, err);
}

bool goal_scope_valid(const char *scope, char **err)
{
	if (!scope[0])
		return true;
	const char *const *kinds = metric_scope_kinds;
	const size_t nkinds = METRIC_SCOPE_KINDS_STORED;
	const char *eq = strchr(scope, '=');
	size_t klen = eq ? (size_t)(eq - scope) : strlen(scope);
	char key[32];
	snprintf(key, sizeof key, "%.*s", (int)(klen < 31 ? klen : 31), scope);
	if (!eq || !in_list(key, kinds, nkinds) || klen >= 31) {
		const char *close = text_closest(key, kinds, nkinds);
		if (close && eq)
			*err = xasprintf(_("unknown scope kind '%s' (did you mean '%s'?); expected "
					   "department=NAME, wave=W, role=NAME or entity=NAME"), key, close);
		else
			*err = xstrdup(_("expected \"\" (the whole organisation), department=NAME, "
				         "wave=W, role=NAME or entity=NAME"));
		return false;
	}
	const char *v = eq + 1;
	size_t vlen = strlen(v);
	if (!vlen || vlen > 200) {
		*err = xasprintf(_("%s= needs a name of 1..200 characters"), key);
		return false;
	}
	for (size_t i = 0; i < vlen; i++)
		if ((unsigned char)v[i] < 0x20 || v[i] == 0x7f) {
			*err = xstrdup(_("control characters are not allowed in a scope"));
			return false;
		}
	if (!utf8_valid(v, vlen, NULL)) {
		*err = xstrdup(_("the scope is not valid UTF-8"));
		return false;
	}
	return true;
}

/* ---- states ---- */

/* The one table of goal states: the id JSON and CSV carry, also the
 * English words; other languages' words are the catalogue's. */
static const char *const STATES[GOAL_NSTATES] = {
	[GOAL_NO_DATA] = N_("no data"),
	[GOAL_ACHIEVED] = N_("achieved"),
	[GOAL_ON_TRACK] = N_("on track"),
	[GOAL_AT_RISK] = N_("at risk"),
	[GOAL_MISSED] = N_("missed"),
	[GOAL_TOO_EARLY] = N_("too early"),
};

const char *goal_state_name(enum goal_state s)
{
	return STATES[s];
}

const char *goal_state_label(enum goal_state s)
{
	return _(STATES[s]);
}

bool goal_state_find(const char *name, enum goal_state *out)
{
	for (enum goal_state s = GOAL_NO_DATA; name && s < GOAL_NSTATES; s++)
		if (!strcmp(name, STATES[s])) {
			*out = s;
			return true;
		}
	return false;
}

bool goal_state_parse(const char *s, enum goal_state *out)
{
	enum goal_state found;
	if (!strcmp(s, "at-risk"))
		found = GOAL_AT_RISK;
	else if (!goal_state_find(s, &found) || (found != GOAL_MISSED && found != GOAL_AT_RISK))
		return false;
	*out = found;
	return true;
}

bool goal_state_at_least(enum goal_state s, enum goal_state level)
{
	if (s == GOAL_NO_DATA || s == GOAL_TOO_EARLY)
		return false;
	return (int)s >= (int)level;
}

size_t goal_counts_at_least(const size_t counts[GOAL_NSTATES], enum goal_state level)
{
	size_t n = 0;
	for (enum goal_state s = GOAL_NO_DATA; s < GOAL_NSTATES; s++)
		if (goal_state_at_least(s, level))
			n += counts[s];
	return n;
}

const char *goal_attention_label(void)
{
	return _("at risk or missed");
}

const char *goal_state_at_least_words(enum goal_state level)
{
	return level == GOAL_MISSED ? goal_state_label(GOAL_MISSED)
				    : goal_attention_label();
}

char *goal_tally_text(size_t ngoals, const size_t counts[GOAL_NSTATES])
{
	static const enum goal_state order[] = { GOAL_ACHIEVED, GOAL_ON_TRACK, GOAL_AT_RISK,
						 GOAL_MISSED, GOAL_TOO_EARLY, GOAL_NO_DATA };
	struct sbuf b;
	sbuf_init(&b);
	char *part = tfmt(trn("%zu goal:", "%zu goals:", ngoals), ngoals);
	sbuf_adds(&b, part);
	free(part);
	for (size_t i = 0; i < sizeof order / sizeof *order; i++) {
		/* The separator is the language's comma. */
		part = tfmt(i == 0 ? " %zu %s" : _(", %zu %s"), counts[order[i]],
			    goal_state_label(order[i]));
		sbuf_adds(&b, part);
		free(part);
	}
	return sbuf_detach(&b);
}

/* ---- status ---- */

/* The baseline and where the straight path to the target starts. */
static void baseline(const struct goal_spec *g, const struct goal_point *points, size_t n,
		     struct goal_status *out)
{
	size_t first = 0;
	if (g->set_on != GOAL_NO_DAY)
		while (first < n && points[first].day < g->set_on)
			first++;
	if (g->has_baseline) {
		out->has_baseline = true;
		out->baseline = g->baseline;
		if (g->set_on != GOAL_NO_DAY)
			out->baseline_day = g->set_on;
		else if (n)
			out->baseline_day = points[0].day;
		else
			out->has_baseline = false;
	} else if (first < n) {
		out->has_baseline = true;
		out->baseline = points[first].value;
		out->baseline_day = g->set_on != GOAL_NO_DAY ? g->set_on : points[first].day;
	}
	if (out->has_baseline && g->due > out->baseline_day) {
		double f = (double)(out->judged_at - out->baseline_day) /
			   (double)(g->due - out->baseline_day);
		out->has_expected = true;
		out->expected = out->baseline + (g->target - out->baseline) * fmin(fmax(f, 0), 1);
	}
}

void goal_judge(const struct goal_spec *g, long today, const struct goal_point *points,
		size_t npoints, struct goal_status *out)
{
	memset(out, 0, sizeof *out);
	out->settled = today > g->due;
	out->judged_at = out->settled ? g->due : today;
	size_t n = 0;  /* points on or before the day judged */
	while (n < npoints && points[n].day <= out->judged_at)
		n++;
	baseline(g, points, n, out);
	if (n == 0) {
		out->state = GOAL_NO_DATA;
		return;
	}
	out->has_latest = true;
	out->latest = points[n - 1];
	size_t from = n > GOAL_TREND_POINTS ? n - GOAL_TREND_POINTS : 0;
	const struct goal_point *w = points + from;
	size_t m = n - from;
	out->points_used = m;
	for (size_t i = 0; i < m; i++)
		out->weeks_used += i == 0 ||
				   timex_week_monday(w[i].day) != timex_week_monday(w[i - 1].day);

	double fit_today = 0;
	if (m >= 2) {
		double mx = 0, my = 0;
		for (size_t i = 0; i < m; i++) {
			mx += (double)w[i].day;
			my += w[i].value;
		}
		mx /= (double)m;
		my /= (double)m;
		double sxy = 0, sxx = 0;
		for (size_t i = 0; i < m; i++) {
			sxy += ((double)w[i].day - mx) * (w[i].value - my);
			sxx += ((double)w[i].day - mx) * ((double)w[i].day - mx);
		}
		if (sxx > 0) {
			/* A line leaves a rate's 0..1 soon enough; the metric can not. */
			out->has_projection = true;
			out->slope_per_day = sxy / sxx;
			out->projected = metric_def_clamp(
				g->domain, my + out->slope_per_day * ((double)g->due - mx));
			fit_today = metric_def_clamp(
				g->domain, my + out->slope_per_day * ((double)out->judged_at - mx));
		}
	}

	enum goal_op op = g->op;
	if (goal_op_meets(op, out->latest.value, g->target))
		out->state = GOAL_ACHIEVED;
	else if (out->settled)
		out->state = GOAL_MISSED;
	else if (m < GOAL_MIN_POINTS || out->weeks_used < GOAL_MIN_WEEKS)
		out->state = GOAL_TOO_EARLY;
	else if (out->has_projection &&
		 (op == GOAL_EQ ? (goal_op_meets(op, out->projected, g->target) ||
				   (fit_today - g->target) * (out->projected - g->target) < 0)
				: goal_op_meets(op, out->projected, g->target)))
		out->state = GOAL_ON_TRACK;
	else
		out->state = GOAL_AT_RISK;
	/* A settled goal has an outcome, not a course: nothing is projected
	 * and nothing expected any more (the path's end is the target). */
	if (out->settled) {
		out->has_projection = false;
		out->projected = 0;
		out->slope_per_day = 0;
		out->has_expected = false;
		out->expected = 0;
	}
}

void goal_evaluate(enum goal_op op, double target, long due, long today,
		   const struct goal_point *points, size_t npoints,
		   struct goal_status *out)
{
	struct goal_spec g = { .op = op, .target = target, .due = due, .set_on = GOAL_NO_DAY };
	goal_judge(&g, today, points, npoints, out);
}
