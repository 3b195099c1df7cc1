/* Goals: comparisons, metric names and scopes, and the status rule of
 * SPEC §10 (least squares over the last 8 dated points). */
#include <math.h>
#include <string.h>

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

static bool in_list(const char *s, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
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
	static const char *const kinds[] = { "department", "wave", "entity", NULL };
	const char *eq = strchr(scope, '=');
	size_t klen = eq ? (size_t)(eq - scope) : strlen(scope);
	char key[32];
	snprintf(key, sizeof key, "%.*s", (int)(klen < 31 ? klen : 31), scope);
	if (!eq || !in_list(key, kinds) || klen >= 31) {
		const char *close = text_closest(key, kinds, (size_t)-1);
		if (close && eq)
			*err = xasprintf("unknown scope kind '%s' (did you mean '%s'?); expected "
					 "department=NAME, wave=W or entity=NAME", key, close);
		else
			*err = xstrdup("expected \"\" (the whole organisation), department=NAME, "
				       "wave=W or entity=NAME");
		return false;
	}
	const char *v = eq + 1;
	size_t vlen = strlen(v);
	if (!vlen || vlen > 200) {
		*err = xasprintf("%s= needs a name of 1..200 characters", key);
		return false;
	}
	for (size_t i = 0; i < vlen; i++)
		if ((unsigned char)v[i] < 0x20 || v[i] == 0x7f) {
			*err = xstrdup("control characters are not allowed in a scope");
			return false;
		}
	if (!utf8_valid(v, vlen, NULL)) {
		*err = xstrdup("the scope is not valid UTF-8");
		return false;
	}
	return true;
}

/* ---- states ---- */

static const char *const state_names[] = { "no data", "achieved", "on track", "at risk", "missed" };

const char *goal_state_name(enum goal_state s)
{
	return state_names[s];
}

bool goal_state_parse(const char *s, enum goal_state *out)
{
	if (!strcmp(s, "missed"))
		*out = GOAL_MISSED;
	else if (!strcmp(s, "at-risk") || !strcmp(s, "at risk"))
		*out = GOAL_AT_RISK;
	else
		return false;
	return true;
}

bool goal_state_at_least(enum goal_state s, enum goal_state level)
{
	if (s == GOAL_NO_DATA)
		return false;
	return (int)s >= (int)level;
}

/* ---- status ---- */

void goal_evaluate(enum goal_op op, double target, long due, long today,
		   const struct goal_point *points, size_t npoints,
		   struct goal_status *out)
{
	memset(out, 0, sizeof *out);
	size_t n = 0;  /* points on or before today */
	while (n < npoints && points[n].day <= today)
		n++;
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

	/* Expected today on a straight path from the window's first point to the
	 * target at the due date (OKR-style expected vs actual). */
	if (due > w[0].day) {
		double f = today >= due ? 1.0 : (double)(today - w[0].day) / (double)(due - w[0].day);
		out->has_expected = true;
		out->expected = w[0].value + (target - w[0].value) * f;
	}

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
			out->has_projection = true;
			out->slope_per_day = sxy / sxx;
			out->projected = my + out->slope_per_day * ((double)due - mx);
			fit_today = my + out->slope_per_day * ((double)today - mx);
		}
	}

	if (goal_op_meets(op, out->latest.value, target))
		out->state = GOAL_ACHIEVED;
	else if (today > due)
		out->state = GOAL_MISSED;
	else if (out->has_projection &&
		 (op == GOAL_EQ ? (goal_op_meets(op, out->projected, target) ||
				   (fit_today - target) * (out->projected - target) < 0)
				: goal_op_meets(op, out->projected, target)))
		out->state = GOAL_ON_TRACK;
	else
		out->state = GOAL_AT_RISK;
}
