/* Go-live cohorts: adoption by age, weeks since a cohort started, so that
 * waves that went live months apart are compared at the same age.
 *
 * A wave's week 0 is its go-live: the week its first user's licence starts
 * (the roster's license_start; a wave whose users have none goes live with
 * the first week of the logs). A licence-start month's users each count
 * from their own licence's week. At each age a cohort counts its users
 * licensed that week and those of them with a login then, over the
 * complete weeks the logs cover (never before the first logged week: a
 * week nobody could be seen in is no week of 0 active).
 *
 * One pass over the roster, one range scan of the logins (time order, so a
 * user's first login of a week is told by a stamp), one pass over users x
 * weeks for the licensed counts: linear in logins plus users x weeks. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "adoption_internal.h"

const char *const adoption_cohort_kinds[] = { "wave", "month", NULL };

const char *adoption_cohort_kind_find(const char *by)
{
	for (size_t i = 0; adoption_cohort_kinds[i]; i++)
		if (!strcmp(by, adoption_cohort_kinds[i]))
			return adoption_cohort_kinds[i];
	return NULL;
}

struct build {
	const struct adoption_users *u;
	bool month;
	int64_t first, last;      /* Mondays of the first logged and last complete week */
	size_t max_ages;
	int32_t *cohort;          /* per num: index into c->v, -1 none */
	int64_t *start;           /* per num: Monday of the user's week 0 */
	int64_t *stamp;           /* per num: Monday of the week last counted active */
	struct adoption_cohorts *c;
};

static int32_t cohort_named(struct adoption_cohorts *c, const char *name)
{
	for (size_t i = 0; i < c->n; i++)
		if (!strcmp(c->v[i].name, name))
			return (int32_t)i;
	c->v = xrealloc(c->v, (c->n + 1) * sizeof *c->v);
	struct adoption_cohort *k = &c->v[c->n];
	memset(k, 0, sizeof *k);
	k->name = xstrdup(name);
	k->start_day = INT64_MAX;
	return (int32_t)c->n++;
}

/* A licence-start month cohort: "YYYY-MM" of the day the licence starts. */
static bool on_roster(const struct store_adoption_user *r, void *arg)
{
	struct build *b = arg;
	const struct adoption_users *u = b->u;
	if (r->num <= 0 || (size_t)r->num >= u->cap || (r->excluded && *r->excluded))
		return true;
	int64_t monday = u->licence_monday[r->num];
	int32_t k;
	if (b->month) {
		int64_t day;
		if (!r->license_start || timex_parse_date(r->license_start, strlen(r->license_start),
							  &day) != TIMEX_OK)
			return true;  /* no licence start: no age to count from */
		char month[8];
		snprintf(month, sizeof month, "%.7s", r->license_start);
		k = cohort_named(b->c, month);
	} else {
		if (u->wave[r->num] < 0)
			return true;
		k = cohort_named(b->c, u->waves[u->wave[r->num]]);
		if (monday == INT64_MIN)
			monday = b->first;    /* licensed from the start */
	}
	b->cohort[r->num] = k;
	b->start[r->num] = monday;
	struct adoption_cohort *c = &b->c->v[k];
	if (monday < c->start_day)
		c->start_day = monday;
	c->users++;
	return true;
}

/* The age of week monday for user num, or -1 outside what is counted. */
static long age_of(const struct build *b, int64_t num, int64_t monday)
{
	if (monday < b->first || monday > b->last || monday < b->start[num])
		return -1;
	long age = (long)((monday - b->start[num]) / 7);
	return (size_t)age < b->max_ages ? age : -1;
}

static struct adoption_cohort_cell *cell(struct build *b, int64_t num, long age)
{
	struct adoption_cohort *c = &b->c->v[b->cohort[num]];
	if ((size_t)age >= c->nages) {
		c->ages = xrealloc(c->ages, ((size_t)age + 1) * sizeof *c->ages);
		memset(c->ages + c->nages, 0, ((size_t)age + 1 - c->nages) * sizeof *c->ages);
		c->nages = (size_t)age + 1;
	}
	return &c->ages[age];
}

static bool on_login(int64_t ts, int64_t num, void *arg)
{
	struct build *b = arg;
	if (num <= 0 || (size_t)num >= b->u->cap || b->cohort[num] < 0)
		return true;
	int64_t monday = timex_week_monday(timex_day_of(ts));
	if (b->stamp[num] == monday)
		return true;
	b->stamp[num] = monday;
	long age = age_of(b, num, monday);
	if (age >= 0 && adoption_users_licensed(b->u, num, monday))
		cell(b, num, age)->active++;
	return true;
}

static void count_licensed(struct build *b)
{
	for (size_t num = 1; num < b->u->cap; num++) {
		if (b->cohort[num] < 0)
			continue;
		int64_t from = b->start[num] > b->first ? b->start[num] : b->first;
		for (int64_t w = from; w <= b->last; w += 7) {
			long age = age_of(b, (int64_t)num, w);
			if (age < 0)
				break;
			if (adoption_users_licensed(b->u, (int64_t)num, w))
				cell(b, (int64_t)num, age)->licensed++;
		}
	}
}

/* A wave's go-live is its first user's week: users licensed from the start
 * count from the go-live too, and the wave's late starters from their own
 * licence (counted licensed from then on). So every member's week 0 is the
 * wave's. */
static void align_waves(struct build *b)
{
	for (size_t num = 1; num < b->u->cap; num++)
		if (b->cohort[num] >= 0)
			b->start[num] = b->c->v[b->cohort[num]].start_day;
}

static int cmp_cohort(const void *x, const void *y)
{
	const struct adoption_cohort *a = x, *c = y;
	if (a->start_day != c->start_day)
		return a->start_day < c->start_day ? -1 : 1;
	return strcmp(a->name, c->name);
}

/* Anonymity: cohorts whose largest week holds fewer than min_group users,
 * and then the smallest while those hold 1..min_group-1 (as groups are:
 * core/anonymity.h), are not shown; any cell of 1..min_group-1 licensed
 * users keeps no figure. */
static void hide_small(struct adoption_cohorts *c, long min_group)
{
	size_t live = 0;
	for (size_t i = 0; i < c->n; i++) {
		if (c->v[i].nages) {
			c->v[live++] = c->v[i];
		} else {      /* not live in a counted week yet: nothing to show or hide */
			free(c->v[i].name);
			free(c->v[i].ages);
		}
	}
	c->n = live;
	if (!c->n)
		return;
	double *size = xcalloc(c->n, sizeof *size);
	const char **names = xmalloc(c->n * sizeof *names);
	bool *merge = xcalloc(c->n, sizeof *merge);
	for (size_t i = 0; i < c->n; i++) {
		names[i] = c->v[i].name;
		for (size_t a = 0; a < c->v[i].nages; a++)
			if (c->v[i].ages[a].licensed > size[i])
				size[i] = (double)c->v[i].ages[a].licensed;
	}
	anonymity_merge(size, names, c->n, (double)min_group, merge);
	size_t kept = 0;
	for (size_t i = 0; i < c->n; i++) {
		struct adoption_cohort *k = &c->v[i];
		if (merge[i]) {
			c->hidden = xrealloc(c->hidden, (c->nhidden + 1) * sizeof *c->hidden);
			c->hidden[c->nhidden++] = k->name;
			free(k->ages);
			continue;
		}
		/* (an age nobody was licensed at, e.g. before the logs begin,
		 * has nothing to hide) */
		for (size_t a = 0; a < k->nages; a++)
			if (k->ages[a].licensed > 0 && k->ages[a].licensed < min_group) {
				k->ages[a].small = true;
				k->ages[a].active = 0;
			}
		c->v[kept++] = *k;
	}
	c->n = kept;
	free(size);
	free(names);
	free(merge);
}

bool adoption_weeks_counted(struct store *st, int64_t *first, int64_t *last, bool *ok,
			    struct diag *d)
{
	int64_t a, z;
	int found = store_adoption_login_span(st, &a, &z, d);
	*ok = found >= 0;
	struct adoption_reach reach;
	if (found <= 0 || !(*ok = adoption_reach_load(st, &reach, d)))
		return false;
	if (reach.known && reach.last_ts > z)
		z = reach.last_ts;
	*first = timex_week_monday(timex_day_of(a));
	*last = timex_week_monday(timex_day_of(z));
	while (*last >= *first && adoption_week_in_progress(&reach, *last))
		*last -= 7;
	return *last >= *first;
}

bool adoption_cohorts_load(struct store *st, const char *by, long max_ages, long min_group,
			   struct adoption_cohorts *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	out->by = adoption_cohort_kind_find(by ? by : "wave");
	if (!out->by)
		out->by = adoption_cohort_kinds[0];
	out->min_group = min_group;
	bool ok;
	int64_t first, last;
	if (!adoption_weeks_counted(st, &first, &last, &ok, d))
		return ok;
	timex_format_date(last, out->last_week);
	struct adoption_users u;
	if (!adoption_users_load(&u, st, d)) {
		adoption_users_release(&u);
		return false;
	}
	size_t cap = u.cap ? u.cap : 1;
	struct build b = { &u, !strcmp(out->by, "month"), first, last,
			   max_ages > 0 ? (size_t)max_ages : SIZE_MAX,
			   xmalloc(cap * sizeof(int32_t)), xmalloc(cap * sizeof(int64_t)),
			   xmalloc(cap * sizeof(int64_t)), out };
	for (size_t i = 0; i < cap; i++) {
		b.cohort[i] = -1;
		b.stamp[i] = INT64_MIN;
	}
	ok = store_adoption_roster_facts_each(st, on_roster, &b, d);
	if (ok && !b.month)
		align_waves(&b);
	if (ok) {
		count_licensed(&b);
		ok = store_adoption_logins_range(st, first * 86400, (last + 7) * 86400, on_login,
						 &b, d);
	}
	for (size_t i = 0; i < out->n; i++)
		timex_format_date(out->v[i].start_day, out->v[i].start);
	if (out->n)
		qsort(out->v, out->n, sizeof *out->v, cmp_cohort);
	if (ok)
		hide_small(out, min_group);
	for (size_t i = 0; i < out->n; i++)
		if (out->v[i].nages > out->nages)
			out->nages = out->v[i].nages;
	free(b.cohort);
	free(b.start);
	free(b.stamp);
	adoption_users_release(&u);
	return ok;
}

void adoption_cohorts_release(struct adoption_cohorts *c)
{
	for (size_t i = 0; i < c->n; i++) {
		free(c->v[i].name);
		free(c->v[i].ages);
	}
	free(c->v);
	for (size_t i = 0; i < c->nhidden; i++)
		free(c->hidden[i]);
	free(c->hidden);
	memset(c, 0, sizeof *c);
}
