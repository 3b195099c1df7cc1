/* Weekly adoption figures (the adoption.* metrics), stored dated by the
 * week's Monday, for the organisation, each department, wave and role.
 *
 * A week is one range scan of the (ts, user) key; users are counted in
 * memory by number, so the cost is linear in the week's logins.
 *
 * Stickiness (WAU/MAU) needs the users active in the 28 days to the
 * week's Sunday: each user's last login day is kept across the weeks, so
 * consecutive weeks (every import's case) scan each login once; a week
 * whose previous week was not just counted first scans the 21 days before
 * it (docs/adoption.md, Stickiness: why 28 days). */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "adoption_internal.h"

static const char SOURCE[] = "adoption";

struct week {
	const struct adoption_users *u;
	int64_t monday;
	int64_t *stamp;           /* per user: Monday of the week last counted active */
	int64_t *last_day;        /* per user: day of the last login scanned (INT64_MIN none) */
	int64_t prev_monday;      /* the week counted last (last_day holds it), else INT64_MIN */
	/* per scope: 0 overall, 1.. departments, then waves, then roles */
	long *licensed, *active, *logins, *monthly;
	/* Core actions: with any action in the workspace, per kind id whether
	 * it is core, per user the Monday last counted core-active, per scope
	 * the core-active users. */
	bool has_actions;
	bool *core_kind;
	size_t nkind;
	int64_t *core_stamp;
	long *core_active;
};

static bool licensed(const struct adoption_users *u, int64_t num, int64_t monday)
{
	return adoption_users_licensed(u, num, monday);
}

static bool count_login(int64_t ts, int64_t num, void *arg)
{
	(void)ts;
	struct week *w = arg;
	const struct adoption_users *u = w->u;
	if (num <= 0 || (size_t)num >= u->cap)
		return true;
	w->last_day[num] = timex_day_of(ts);
	if (!licensed(u, num, w->monday))
		return true;
	size_t scopes[4] = { 0, 1 + (size_t)u->dept[num] }, n = 2;
	if (u->wave[num] >= 0)
		scopes[n++] = 1 + u->ndepts + (size_t)u->wave[num];
	if (u->role[num] >= 0)
		scopes[n++] = 1 + u->ndepts + u->nwaves + (size_t)u->role[num];
	bool first = w->stamp[num] != w->monday;
	w->stamp[num] = w->monday;
	for (size_t k = 0; k < n; k++) {
		w->logins[scopes[k]]++;
		if (first)
			w->active[scopes[k]]++;
	}
	return true;
}

/* The 21 days before a week whose previous week was not just counted:
 * only the last login day of each user. */
static bool note_login(int64_t ts, int64_t num, void *arg)
{
	struct week *w = arg;
	if (num > 0 && (size_t)num < w->u->cap)
		w->last_day[num] = timex_day_of(ts);
	return true;
}

static bool put_scope(struct store *st, const char *scope, const char *date, long licensed_n,
		      long active_n, long logins_n, long monthly_n, struct diag *d)
{
	bool ok = store_metric_put(st, METRIC_LICENSED_USERS, scope, date,
				   (double)licensed_n, SOURCE, d) &&
		  store_metric_put(st, METRIC_ACTIVE_USERS, scope, date, (double)active_n,
				   SOURCE, d);
	if (ok && licensed_n > 0)
		ok = store_metric_put(st, METRIC_ACTIVE_RATE, scope, date,
				      (double)active_n / (double)licensed_n, SOURCE, d);
	if (ok && active_n > 0)
		ok = store_metric_put(st, METRIC_LOGINS_PER_ACTIVE_USER, scope, date,
				      (double)logins_n / (double)active_n, SOURCE, d);
	if (ok)
		ok = store_metric_put(st, METRIC_MONTHLY_ACTIVE_USERS, scope, date,
				      (double)monthly_n, SOURCE, d);
	if (ok && monthly_n > 0)
		ok = store_metric_put(st, METRIC_STICKINESS, scope, date,
				      (double)active_n / (double)monthly_n, SOURCE, d);
	return ok;
}

/* Monthly active: licensed in the week and a login in the 28 days to its
 * Sunday (the day before monday - 21 is out). */
static void count_monthly(struct week *w)
{
	const struct adoption_users *u = w->u;
	for (size_t num = 1; num < u->cap; num++) {
		if (w->last_day[num] < w->monday - 21 || !licensed(u, (int64_t)num, w->monday))
			continue;
		w->monthly[0]++;
		w->monthly[1 + u->dept[num]]++;
		if (u->wave[num] >= 0)
			w->monthly[1 + u->ndepts + (size_t)u->wave[num]]++;
		if (u->role[num] >= 0)
			w->monthly[1 + u->ndepts + u->nwaves + (size_t)u->role[num]]++;
	}
}

/* A licensed user with a core action in the week is core-active. */
static bool count_action(int64_t ts, int64_t num, int64_t kind, void *arg)
{
	(void)ts;
	struct week *w = arg;
	const struct adoption_users *u = w->u;
	if (num <= 0 || (size_t)num >= u->cap || kind <= 0 || (size_t)kind >= w->nkind ||
	    !w->core_kind[kind] || w->core_stamp[num] == w->monday || !licensed(u, num, w->monday))
		return true;
	w->core_stamp[num] = w->monday;
	w->core_active[0]++;
	w->core_active[1 + u->dept[num]]++;
	if (u->wave[num] >= 0)
		w->core_active[1 + u->ndepts + (size_t)u->wave[num]]++;
	if (u->role[num] >= 0)
		w->core_active[1 + u->ndepts + u->nwaves + (size_t)u->role[num]]++;
	return true;
}

/* The core figures of a scope, when the workspace has actions: without an
 * activity log, 0 core-active would say nobody works in the CRM. */
static bool put_core(struct store *st, const struct week *w, size_t k, const char *scope,
		     const char *date, struct diag *d)
{
	if (!w->has_actions)
		return true;
	bool ok = store_metric_put(st, METRIC_CORE_ACTIVE_USERS, scope, date,
				   (double)w->core_active[k], SOURCE, d);
	if (ok && w->licensed[k] > 0)
		ok = store_metric_put(st, METRIC_CORE_ACTIVE_RATE, scope, date,
				      (double)w->core_active[k] / (double)w->licensed[k], SOURCE, d);
	return ok;
}

static bool one_week(struct store *st, struct week *w, size_t nscopes, struct diag *d)
{
	const struct adoption_users *u = w->u;
	memset(w->licensed, 0, nscopes * sizeof *w->licensed);
	memset(w->active, 0, nscopes * sizeof *w->active);
	memset(w->logins, 0, nscopes * sizeof *w->logins);
	memset(w->monthly, 0, nscopes * sizeof *w->monthly);
	memset(w->core_active, 0, nscopes * sizeof *w->core_active);
	if (w->prev_monday != w->monday - 7) {
		for (size_t num = 0; num < u->cap; num++)
			w->last_day[num] = INT64_MIN;
		if (!store_adoption_logins_range(st, (w->monday - 21) * 86400, w->monday * 86400,
						 note_login, w, d))
			return false;
	}
	for (size_t num = 1; num < u->cap; num++) {
		if (!licensed(u, (int64_t)num, w->monday))
			continue;
		w->licensed[0]++;
		w->licensed[1 + u->dept[num]]++;
		if (u->wave[num] >= 0)
			w->licensed[1 + u->ndepts + (size_t)u->wave[num]]++;
		if (u->role[num] >= 0)
			w->licensed[1 + u->ndepts + u->nwaves + (size_t)u->role[num]]++;
	}
	if (!store_adoption_logins_range(st, w->monday * 86400, (w->monday + 7) * 86400,
					 count_login, w, d))
		return false;
	if (w->has_actions &&
	    !store_adoption_actions_range(st, w->monday * 86400, (w->monday + 7) * 86400,
					  count_action, w, d))
		return false;
	w->prev_monday = w->monday;
	count_monthly(w);
	char date[11];
	timex_format_date(w->monday, date);
	if (!store_adoption_week_clear(st, date, d) ||
	    !put_scope(st, "", date, w->licensed[0], w->active[0], w->logins[0],
		       w->monthly[0], d) ||
	    !put_core(st, w, 0, "", date, d))
		return false;
	bool ok = true;
	for (size_t i = 0; ok && i < u->ndepts; i++) {
		char *scope = xasprintf("department=%s", u->depts[i]);
		ok = put_scope(st, scope, date, w->licensed[1 + i], w->active[1 + i],
			       w->logins[1 + i], w->monthly[1 + i], d) &&
		     put_core(st, w, 1 + i, scope, date, d);
		free(scope);
	}
	for (size_t i = 0; ok && i < u->nwaves; i++) {
		size_t k = 1 + u->ndepts + i;
		char *scope = xasprintf("wave=%s", u->waves[i]);
		ok = put_scope(st, scope, date, w->licensed[k], w->active[k], w->logins[k],
			       w->monthly[k], d) &&
		     put_core(st, w, k, scope, date, d);
		free(scope);
	}
	for (size_t i = 0; ok && i < u->nroles; i++) {
		size_t k = 1 + u->ndepts + u->nwaves + i;
		char *scope = xasprintf("role=%s", u->roles[i]);
		ok = put_scope(st, scope, date, w->licensed[k], w->active[k], w->logins[k],
			       w->monthly[k], d) &&
		     put_core(st, w, k, scope, date, d);
		free(scope);
	}
	return ok;
}

struct core_kinds {
	struct week *w;
	const struct adoption_core *core;
};

static bool mark_core_kind(int64_t id, const char *object, const char *action, void *arg)
{
	struct core_kinds *k = arg;
	struct week *w = k->w;
	if (id <= 0)
		return true;
	if ((size_t)id >= w->nkind) {
		size_t n = (size_t)id + 1;
		w->core_kind = xrealloc(w->core_kind, n * sizeof *w->core_kind);
		memset(w->core_kind + w->nkind, 0, (n - w->nkind) * sizeof *w->core_kind);
		w->nkind = n;
	}
	w->core_kind[id] = adoption_core_matches(k->core, object, action);
	return true;
}

/* Which kinds are core, when the workspace has any action. */
static bool core_kinds_load(struct store *st, struct week *w, struct diag *d)
{
	int any = store_adoption_actions_any(st, d);
	if (any <= 0)
		return any == 0;
	w->has_actions = true;
	struct adoption_core core;
	struct core_kinds k = { w, &core };
	bool ok = adoption_core_load(st, &core, d) &&
		  store_adoption_kinds_each(st, mark_core_kind, &k, d);
	adoption_core_release(&core);
	return ok;
}

bool adoption_weeks_recompute(struct store *st, const int64_t *mondays, size_t n,
			      struct diag *d)
{
	struct adoption_users u;
	if (!adoption_users_load(&u, st, d)) {
		adoption_users_release(&u);
		return false;
	}
	size_t nscopes = 1 + u.ndepts + u.nwaves + u.nroles;
	struct week w = { .u = &u, .prev_monday = INT64_MIN };
	w.stamp = xmalloc((u.cap ? u.cap : 1) * sizeof *w.stamp);
	w.last_day = xmalloc((u.cap ? u.cap : 1) * sizeof *w.last_day);
	for (size_t i = 0; i < u.cap; i++)
		w.stamp[i] = INT64_MIN;
	w.licensed = xcalloc(nscopes, sizeof *w.licensed);
	w.active = xcalloc(nscopes, sizeof *w.active);
	w.logins = xcalloc(nscopes, sizeof *w.logins);
	w.monthly = xcalloc(nscopes, sizeof *w.monthly);
	w.core_active = xcalloc(nscopes, sizeof *w.core_active);
	w.core_stamp = xmalloc((u.cap ? u.cap : 1) * sizeof *w.core_stamp);
	for (size_t i = 0; i < u.cap; i++)
		w.core_stamp[i] = INT64_MIN;
	bool ok = n == 0 || core_kinds_load(st, &w, d);
	for (size_t i = 0; ok && i < n; i++) {
		w.monday = mondays[i];
		ok = one_week(st, &w, nscopes, d);
	}
	free(w.stamp);
	free(w.licensed);
	free(w.active);
	free(w.logins);
	free(w.monthly);
	free(w.last_day);
	free(w.core_active);
	free(w.core_stamp);
	free(w.core_kind);
	adoption_users_release(&u);
	return ok;
}

/* Every week between the first login and the week the logs reach gets
 * figures, so one wrong time (2125 for 2025) would make hundreds of
 * thousands of weeks: minutes of work and millions of rows. A span longer
 * than ADOPTION_MAX_SPAN_WEEKS is refused. */
static bool span_mondays(struct store *st, int64_t *first, int64_t *last, struct diag *d)
{
	int64_t a, b;
	int found = store_adoption_login_span(st, &a, &b, d);
	int64_t fa, la;
	int actions = found < 0 ? 0 : store_adoption_action_span(st, &fa, &la, d);
	if (actions < 0)
		return false;
	if (actions && (!found || fa < a))
		a = fa;
	if (actions && (!found || la > b))
		b = la;
	if (found < 0 || (!found && !actions))
		return false;
	/* To the week the logs reach, even when its last weeks hold only
	 * failed logins: those are weeks of 0 active, not missing weeks. */
	struct adoption_reach reach;
	if (!adoption_reach_load(st, &reach, d))
		return false;
	if (reach.known && reach.last_ts > b)
		b = reach.last_ts;
	*first = timex_week_monday(timex_day_of(a));
	*last = timex_week_monday(timex_day_of(b));
	if ((*last - *first) / 7 + 1 > ADOPTION_MAX_SPAN_WEEKS) {
		char from[11], to[11];
		timex_format_date(timex_day_of(a), from);
		timex_format_date(timex_day_of(b), to);
		diag_fail(d, EXIT_DATAERR, _("the logins would span %lld weeks (%s .. %s), more than "
			  "%d (20 years): a login time is probably wrong (check the earliest and the "
			  "latest)"), (long long)((*last - *first) / 7 + 1), from, to, ADOPTION_MAX_SPAN_WEEKS);
		return false;
	}
	return true;
}

bool adoption_weeks_recompute_all(struct store *st, size_t *weeks, struct diag *d)
{
	*weeks = 0;
	int64_t first, last;
	size_t before = d->errors;
	if (!span_mondays(st, &first, &last, d))
		return d->errors == before;
	size_t n = (size_t)((last - first) / 7 + 1);
	int64_t *mondays = xmalloc(n * sizeof *mondays);
	for (size_t i = 0; i < n; i++)
		mondays[i] = first + 7 * (int64_t)i;
	bool ok = adoption_weeks_recompute(st, mondays, n, d);
	free(mondays);
	*weeks = n;
	return ok;
}

struct have {
	int64_t first;
	bool *has;
	size_t n;
};

static bool mark_have(const struct store_metric *m, void *arg)
{
	struct have *h = arg;
	int64_t day;
	if (timex_parse_date(m->date, strlen(m->date), &day) == TIMEX_OK && day >= h->first &&
	    (day - h->first) % 7 == 0 && (size_t)((day - h->first) / 7) < h->n)
		h->has[(day - h->first) / 7] = true;
	return true;
}

bool adoption_weeks_recompute_touched(struct store *st, const int64_t *mondays, size_t n,
				      size_t *done, int64_t *from, int64_t *to, struct diag *d)
{
	int64_t first, last;
	size_t before = d->errors;
	*done = 0;
	if (!span_mondays(st, &first, &last, d))
		return d->errors == before;
	struct have h = { first, NULL, (size_t)((last - first) / 7 + 1) };
	h.has = xcalloc(h.n, sizeof *h.has);
	bool ok = store_metric_each(st, METRIC_LICENSED_USERS, "", mark_have, &h, d);
	/* Touched weeks and the three after each (their 28 days for the
	 * monthly active users reach back into it), then the weeks inside the
	 * span that have none. */
	for (size_t i = 0; i < n; i++)
		for (int64_t k = 0; k < 4; k++) {
			int64_t m = mondays[i] + 7 * k;
			if (m >= first && (size_t)((m - first) / 7) < h.n)
				h.has[(m - first) / 7] = false;
		}
	int64_t *missing = xmalloc(h.n * sizeof *missing);
	size_t nmissing = 0;
	for (size_t i = 0; i < h.n; i++)
		if (!h.has[i])
			missing[nmissing++] = first + 7 * (int64_t)i;
	if (ok)
		ok = adoption_weeks_recompute(st, missing, nmissing, d);
	if (ok && nmissing) {
		*done = nmissing;
		*from = missing[0];
		*to = missing[nmissing - 1];
	}
	free(missing);
	free(h.has);
	return ok;
}
