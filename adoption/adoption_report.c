/* The adoption report's data: weekly series from the stored figures, the
 * least-adopting groups, users who never logged in, unknown log users. */
#include <stdlib.h>
#include <string.h>

#include "../core/timex.h"
#include "../core/xalloc.h"
#include "adoption_internal.h"

struct load {
	struct adoption_report *r;
	const char *prefix;       /* "department=", "wave=" or "role=" */
	size_t plen;
};

static struct adoption_series *series_for(struct load *l, const char *scope)
{
	struct adoption_report *r = l->r;
	if (!*scope)
		return &r->overall;
	if (strncmp(scope, l->prefix, l->plen))
		return NULL;
	for (size_t i = 0; i < r->ngroups; i++)
		if (!strcmp(r->groups[i].scope, scope))
			return &r->groups[i];
	r->groups = xrealloc(r->groups, (r->ngroups + 1) * sizeof *r->groups);
	struct adoption_series *s = &r->groups[r->ngroups++];
	memset(s, 0, sizeof *s);
	s->scope = xstrdup(scope);
	s->name = xstrdup(scope + l->plen);
	return s;
}

static struct adoption_week *week_for(struct adoption_series *s, const char *date)
{
	/* Rows come ordered by name, scope, date: the week is usually last. */
	for (size_t i = s->n; i-- > 0;)
		if (!strcmp(s->weeks[i].date, date))
			return &s->weeks[i];
	s->weeks = xrealloc(s->weeks, (s->n + 1) * sizeof *s->weeks);
	struct adoption_week *w = &s->weeks[s->n++];
	memset(w, 0, sizeof *w);
	snprintf(w->date, sizeof w->date, "%s", date);
	return w;
}

static bool on_metric(const struct store_metric *m, void *arg)
{
	struct adoption_series *s = series_for(arg, m->scope);
	if (!s)
		return true;
	struct adoption_week *w = week_for(s, m->date);
	if (!strcmp(m->name, METRIC_LICENSED_USERS))
		w->licensed = m->value;
	else if (!strcmp(m->name, METRIC_ACTIVE_USERS))
		w->active = m->value;
	else if (!strcmp(m->name, METRIC_ACTIVE_RATE)) {
		w->rate = m->value;
		w->has_rate = true;
	} else if (!strcmp(m->name, METRIC_LOGINS_PER_ACTIVE_USER)) {
		w->logins_per_active = m->value;
		w->has_logins_per_active = true;
	} else if (!strcmp(m->name, METRIC_CORE_ACTIVE_USERS)) {
		w->core_active = m->value;
		w->has_core = true;
	} else if (!strcmp(m->name, METRIC_CORE_ACTIVE_RATE)) {
		w->core_rate = m->value;
		w->has_core_rate = true;
	} else if (!strcmp(m->name, METRIC_MONTHLY_ACTIVE_USERS)) {
		w->monthly = m->value;
	} else if (!strcmp(m->name, METRIC_STICKINESS)) {
		w->stickiness = m->value;
		w->has_stickiness = true;
	}
	return true;
}

static int cmp_week(const void *a, const void *b)
{
	return strcmp(((const struct adoption_week *)a)->date,
		      ((const struct adoption_week *)b)->date);
}

static int cmp_series(const void *a, const void *b)
{
	return strcmp(((const struct adoption_series *)a)->name,
		      ((const struct adoption_series *)b)->name);
}

/* Mark the weeks in progress and take the figures of the report's week
 * (before older weeks are dropped: the week may be older than the last N). */
static void mark_weeks(struct adoption_series *s, const struct adoption_report *r)
{
	if (s->n)
		qsort(s->weeks, s->n, sizeof *s->weeks, cmp_week);
	for (size_t i = 0; i < s->n; i++) {
		s->weeks[i].in_progress = adoption_date_in_progress(&r->reach, s->weeks[i].date);
		if (!strcmp(s->weeks[i].date, r->week)) {
			s->at = s->weeks[i];
			s->has_at = true;
		}
	}
}

static void keep_last(struct adoption_series *s, long weeks)
{
	if (!s->n)
		return;
	if (weeks > 0 && s->n > (size_t)weeks) {
		size_t drop = s->n - (size_t)weeks;
		memmove(s->weeks, s->weeks + drop, (size_t)weeks * sizeof *s->weeks);
		s->n = (size_t)weeks;
	}
}

/* Never logged in: roster users licensed by the last reported week. */
struct people {
	struct adoption_report *r;
	bool *logged;             /* by num */
	int64_t *logins;
	size_t cap;
	int64_t last_monday;      /* INT64_MAX when no week */
};

static bool on_user_logins(int64_t num, int64_t first, int64_t last, int64_t logins, void *arg)
{
	(void)first;
	(void)last;
	struct people *p = arg;
	if (num > 0 && (size_t)num < p->cap && logins > 0) {
		p->logged[num] = true;
		p->logins[num] = logins;
	}
	return true;
}

static bool on_roster_user(const struct store_adoption_user *u, void *arg)
{
	struct people *p = arg;
	if (u->excluded && *u->excluded)
		return true;      /* kept out of every figure */
	p->r->roster_users++;
	if ((size_t)u->num < p->cap && p->logged[u->num])
		return true;
	int64_t day;
	if (u->license_start &&
	    timex_parse_date(u->license_start, strlen(u->license_start), &day) == TIMEX_OK &&
	    timex_week_monday(day) > p->last_monday)
		return true;      /* not licensed yet */
	if (u->license_end &&
	    timex_parse_date(u->license_end, strlen(u->license_end), &day) == TIMEX_OK &&
	    day <= p->last_monday)
		return true;      /* no longer licensed */
	struct adoption_report *r = p->r;
	r->never = xrealloc(r->never, (r->nnever + 1) * sizeof *r->never);
	struct adoption_person *x = &r->never[r->nnever++];
	x->id = xstrdup(u->id);
	x->name = xstrdup(u->name ? u->name : "");
	x->department = xstrdup(*u->department ? u->department : ADOPTION_NO_DEPARTMENT);
	x->wave = xstrdup(u->wave ? u->wave : "");
	return true;
}

static bool people(struct store *st, struct adoption_report *r, struct diag *d)
{
	struct adoption_users u;
	if (!adoption_users_load(&u, st, d)) {
		adoption_users_release(&u);
		return false;
	}
	struct people p = { r, xcalloc(u.cap ? u.cap : 1, sizeof(bool)),
			    xcalloc(u.cap ? u.cap : 1, sizeof(int64_t)), u.cap, INT64_MAX };
	int64_t day;
	if (r->overall.n && timex_parse_date(r->overall.weeks[r->overall.n - 1].date, 10,
					     &day) == TIMEX_OK)
		p.last_monday = day;
	bool ok = store_adoption_user_logins_each(st, on_user_logins, &p, d) &&
		  store_adoption_roster_each(st, on_roster_user, &p, d);
	/* Unknown users: accounts with logins and no roster row. */
	for (size_t num = 1; ok && num < u.cap; num++)
		if (u.ids[num] && !u.in_roster[num] && p.logged[num]) {
			r->unknown_users++;
			r->unknown_logins += p.logins[num];
		}
	free(p.logged);
	free(p.logins);
	adoption_users_release(&u);
	return ok;
}

/* The rate of the report's week. */
static double week_rate(const struct adoption_series *s, bool *has)
{
	*has = s->has_at && s->at.has_rate;
	return *has ? s->at.rate : 0;
}

/* The report's week: the organisation's last complete week, else its
 * latest (in progress). */
static void choose_week(struct adoption_report *r)
{
	struct adoption_series *o = &r->overall;
	if (!o->n)
		return;
	qsort(o->weeks, o->n, sizeof *o->weeks, cmp_week);
	size_t k = o->n;
	while (k > 0 && adoption_date_in_progress(&r->reach, o->weeks[k - 1].date))
		k--;
	r->week_in_progress = k == 0;
	snprintf(r->week, sizeof r->week, "%s", o->weeks[k ? k - 1 : o->n - 1].date);
}

static const struct adoption_series *sort_groups;
static int cmp_least(const void *a, const void *b)
{
	bool ha, hb;
	double x = week_rate(&sort_groups[*(const size_t *)a], &ha);
	double y = week_rate(&sort_groups[*(const size_t *)b], &hb);
	if (x != y)
		return x < y ? -1 : 1;
	return strcmp(sort_groups[*(const size_t *)a].name, sort_groups[*(const size_t *)b].name);
}

/* Least adopting: the groups shown with a rate in the report's week (the
 * other group too), lowest first; the ones below the organisation's rate
 * are called out (at most three). Nothing is judged on a week in progress. */
void adoption_report_least(struct adoption_report *r)
{
	r->nleast = 0;
	free(r->least);
	r->least = xmalloc((r->ngroups ? r->ngroups : 1) * sizeof *r->least);
	bool has_org;
	double org = week_rate(&r->overall, &has_org);
	if (r->week_in_progress)
		return;
	for (size_t i = 0; i < r->ngroups; i++) {
		bool has;
		double rate = week_rate(&r->groups[i], &has);
		if (has && !r->groups[i].at.small && (!has_org || rate < org))
			r->least[r->nleast++] = i;
	}
	sort_groups = r->groups;
	if (r->nleast)
		qsort(r->least, r->nleast, sizeof *r->least, cmp_least);
	if (r->nleast > 3)
		r->nleast = 3;
}

bool adoption_report_load(struct store *st, const char *by, long weeks,
			  struct adoption_report *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	out->by = adoption_by_find(by ? by : "department");
	if (!out->by)
		out->by = adoption_by_kinds[0];
	out->overall.name = xstrdup("");
	out->overall.scope = xstrdup("");
	char prefix[16];
	snprintf(prefix, sizeof prefix, "%s=", out->by);
	struct load l = { out, prefix, strlen(prefix) };
	if (!adoption_reach_load(st, &out->reach, d) ||
	    !store_metric_each(st, METRIC_FAMILY_ADOPTION ".*", NULL, on_metric, &l, d))
		return false;
	choose_week(out);
	mark_weeks(&out->overall, out);
	for (size_t i = 0; i < out->ngroups; i++)
		mark_weeks(&out->groups[i], out);
	keep_last(&out->overall, weeks);
	for (size_t i = 0; i < out->ngroups; i++)
		keep_last(&out->groups[i], weeks);
	if (out->ngroups)
		qsort(out->groups, out->ngroups, sizeof *out->groups, cmp_series);
	adoption_report_least(out);
	return people(st, out, d);
}

const char *const adoption_by_kinds[] = { "department", "wave", "role", NULL };

const char *adoption_by_find(const char *by)
{
	for (size_t i = 0; adoption_by_kinds[i]; i++)
		if (!strcmp(by, adoption_by_kinds[i]))
			return adoption_by_kinds[i];
	return NULL;
}

static void series_release(struct adoption_series *s)
{
	free(s->name);
	free(s->scope);
	free(s->weeks);
}

void adoption_report_release(struct adoption_report *r)
{
	series_release(&r->overall);
	for (size_t i = 0; i < r->ngroups; i++)
		series_release(&r->groups[i]);
	free(r->groups);
	free(r->least);
	for (size_t i = 0; i < r->nnever; i++) {
		free(r->never[i].id);
		free(r->never[i].name);
		free(r->never[i].department);
		free(r->never[i].wave);
	}
	free(r->never);
	for (size_t i = 0; i < r->nsmall; i++)
		free(r->small[i]);
	free(r->small);
	memset(r, 0, sizeof *r);
}
