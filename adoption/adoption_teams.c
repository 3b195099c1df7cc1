/* Teams: a manager's direct reports (the roster's manager column), and the
 * league of teams by active rate in the report's week.
 *
 * A manager is written as a roster user's id or name; one that is neither
 * (often a director without a CRM licence) still heads a team, named as
 * written, and the roster import says so (a warning, not an error: the
 * team is real, only its head is not licensed). */
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/text.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "adoption_internal.h"

/* Every roster user's id, name and manager, as read. */
struct person {
	int64_t num;
	char *id, *name, *key, *manager;   /* key: text_match_key of the name */
	struct store_adoption_user row;    /* the stored row, to write it back */
	char *fields[7];                   /* row's strings, owned */
};
struct people {
	struct person *v;
	size_t n, cap;
	struct person **by_id;   /* by id, for bsearch */
	struct person **by_name; /* by key */
};

static char *dup_or_empty(const char *s)
{
	return xstrdup(s ? s : "");
}

static bool take_person(const struct store_adoption_user *u, void *arg)
{
	struct people *p = arg;
	XGROW(p->v, p->cap, p->n + 1);
	struct person *x = &p->v[p->n++];
	memset(x, 0, sizeof *x);
	x->num = u->num;
	x->id = dup_or_empty(u->id);
	x->name = dup_or_empty(u->name);
	x->key = text_match_key(x->name);
	x->manager = dup_or_empty(u->manager);
	x->row = *u;
	const char *src[7] = { u->department, u->role, u->license_start, u->wave, u->license_end,
			       u->excluded, NULL };
	for (int k = 0; k < 6; k++)
		x->fields[k] = src[k] ? xstrdup(src[k]) : NULL;
	x->row.id = x->id;
	x->row.name = x->name;
	x->row.department = x->fields[0] ? x->fields[0] : "";
	x->row.role = x->fields[1];
	x->row.license_start = x->fields[2];
	x->row.wave = x->fields[3];
	x->row.license_end = x->fields[4];
	x->row.excluded = x->fields[5];
	x->row.manager = x->manager;
	return true;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_id(const void *a, const void *b)
{
	return strcmp((*(struct person *const *)a)->id, (*(struct person *const *)b)->id);
}

static int cmp_key(const void *a, const void *b)
{
	return strcmp((*(struct person *const *)a)->key, (*(struct person *const *)b)->key);
}

static bool people_load(struct store *st, struct people *p, struct diag *d)
{
	memset(p, 0, sizeof *p);
	if (!store_adoption_roster_each(st, take_person, p, d))
		return false;
	p->by_id = xmalloc((p->n ? p->n : 1) * sizeof *p->by_id);
	p->by_name = xmalloc((p->n ? p->n : 1) * sizeof *p->by_name);
	for (size_t i = 0; i < p->n; i++) {
		p->by_id[i] = &p->v[i];
		p->by_name[i] = &p->v[i];
	}
	if (p->n) {
		qsort(p->by_id, p->n, sizeof *p->by_id, cmp_id);
		qsort(p->by_name, p->n, sizeof *p->by_name, cmp_key);
	}
	return true;
}

static void people_release(struct people *p)
{
	for (size_t i = 0; i < p->n; i++) {
		free(p->v[i].id);
		free(p->v[i].name);
		free(p->v[i].key);
		free(p->v[i].manager);
		for (int k = 0; k < 6; k++)
			free(p->v[i].fields[k]);
	}
	free(p->v);
	free(p->by_id);
	free(p->by_name);
	memset(p, 0, sizeof *p);
}

/* The roster user whose id is s, or NULL. */
static const struct person *with_id(const struct people *p, const char *s)
{
	struct person probe = { .id = (char *)s };
	const struct person *pp = &probe;
	struct person **hit = p->n ? bsearch(&pp, p->by_id, p->n, sizeof *p->by_id, cmp_id) : NULL;
	return hit ? *hit : NULL;
}

/* The one roster user named s (compared as department names are), NULL
 * when none or several. */
static const struct person *named(const struct people *p, const char *s)
{
	struct person probe = { .key = text_match_key(s) };
	const struct person *pp = &probe;
	struct person **hit = p->n && *probe.key
		? bsearch(&pp, p->by_name, p->n, sizeof *p->by_name, cmp_key) : NULL;
	const struct person *one = NULL;
	if (hit) {
		size_t at = (size_t)(hit - p->by_name), lo = at, hi = at + 1;
		while (lo > 0 && !strcmp(p->by_name[lo - 1]->key, probe.key))
			lo--;
		while (hi < p->n && !strcmp(p->by_name[hi]->key, probe.key))
			hi++;
		one = hi - lo == 1 ? *hit : NULL;
	}
	free(probe.key);
	return one;
}

static int cmp_num(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

bool adoption_managers_resolve(struct store *st, const int64_t *nums, size_t n,
			       struct adoption_roster_result *res, struct diag *d)
{
	struct people p;
	bool ok = people_load(st, &p, d);
	int64_t *mine = xmalloc((n ? n : 1) * sizeof *mine);
	memcpy(mine, nums, n * sizeof *mine);
	if (n)
		qsort(mine, n, sizeof *mine, cmp_num);
	char **unknown = xmalloc((p.n ? p.n : 1) * sizeof *unknown);
	size_t nunknown = 0;
	for (size_t i = 0; ok && i < p.n; i++) {
		struct person *x = &p.v[i];
		if (!*x->manager || with_id(&p, x->manager) ||
		    !bsearch(&x->num, mine, n, sizeof *mine, cmp_num))
			continue;
		const struct person *m = named(&p, x->manager);
		if (m) {
			free(x->manager);
			x->manager = xstrdup(m->id);
			x->row.manager = x->manager;
			ok = store_adoption_roster_put(st, &x->row, d);
			continue;
		}
		unknown[nunknown++] = x->manager;
	}
	/* each manager once, in order of their names */
	if (nunknown)
		qsort(unknown, nunknown, sizeof *unknown, cmp_str);
	for (size_t k = 0; k < nunknown; k++) {
		if (k && !strcmp(unknown[k], unknown[k - 1]))
			continue;
		if (res->managers_unknown < ADOPTION_ROSTER_EXAMPLES)
			snprintf(res->managers_unknown_ids[res->managers_unknown],
				 sizeof res->managers_unknown_ids[0], "%.79s", unknown[k]);
		res->managers_unknown++;
	}
	free(unknown);
	free(mine);
	people_release(&p);
	return ok;
}

/* ---- the league ---- */

struct member {
	const char *manager;
	int64_t num;
};

static int cmp_member(const void *a, const void *b)
{
	return strcmp(((const struct member *)a)->manager, ((const struct member *)b)->manager);
}

struct scan {
	const struct adoption_users *u;
	bool *active;             /* by num */
};

static bool on_login(int64_t ts, int64_t num, void *arg)
{
	(void)ts;
	struct scan *s = arg;
	if (num > 0 && (size_t)num < s->u->cap)
		s->active[num] = true;
	return true;
}

/* The team's name as a reader knows it: its manager's name, else id. */
static char *team_name(const struct people *p, const char *manager)
{
	const struct person *m = with_id(p, manager);
	return xstrdup(m ? *m->name ? m->name : m->id : manager);
}

static double team_rate(const struct adoption_team *t)
{
	return t->size ? (double)t->active / (double)t->size : 0;
}

static int cmp_league(const void *a, const void *b)
{
	const struct adoption_team *x = a, *y = b;
	double rx = team_rate(x), ry = team_rate(y);
	if (rx != ry)
		return rx > ry ? -1 : 1;
	if (x->size != y->size)
		return x->size > y->size ? -1 : 1;
	return strcmp(x->name, y->name);
}

/* The teams of members (sorted by manager) with their size and active
 * users in the week. */
static void gather_teams(struct adoption_teams *out, const struct people *p,
			 const struct member *m, size_t n, const struct scan *s, int64_t monday)
{
	for (size_t i = 0; i < n;) {
		size_t j = i;
		long size = 0, active = 0;
		for (; j < n && !strcmp(m[j].manager, m[i].manager); j++)
			if (adoption_users_licensed(s->u, m[j].num, monday)) {
				size++;
				active += s->active[m[j].num];
			}
		if (size) {     /* a team nobody of which is licensed that week is no team yet */
			out->v = xrealloc(out->v, (out->n + 1) * sizeof *out->v);
			out->v[out->n++] = (struct adoption_team){ xstrdup(m[i].manager),
				team_name(p, m[i].manager), size, active, false, false };
		}
		i = j;
	}
}

static int cmp_team_name(const void *a, const void *b)
{
	return strcmp((*(struct adoption_team *const *)a)->name,
		      (*(struct adoption_team *const *)b)->name);
}

/* Two managers of one name (the roster allows it) are told apart by
 * their ids: "Olivia Smith (005...103)". */
static void disambiguate(struct adoption_teams *t)
{
	if (t->n < 2)
		return;
	struct adoption_team **by = xmalloc(t->n * sizeof *by);
	for (size_t i = 0; i < t->n; i++)
		by[i] = &t->v[i];
	qsort(by, t->n, sizeof *by, cmp_team_name);
	bool *twin = xcalloc(t->n, sizeof *twin);
	for (size_t i = 1; i < t->n; i++)
		if (!strcmp(by[i]->name, by[i - 1]->name))
			twin[i] = twin[i - 1] = true;
	for (size_t i = 0; i < t->n; i++)
		if (twin[i] && strcmp(by[i]->name, by[i]->manager)) {
			char *named = xasprintf("%s (%s)", by[i]->name, by[i]->manager);
			free(by[i]->name);
			by[i]->name = named;
		}
	free(twin);
	free(by);
}

/* Anonymity as for departments: teams of fewer than min_group licensed
 * users, then the smallest while those hold 1..min_group-1, fold into one
 * "other" team (last, not ranked); it keeps no figure below min_group. */
static void fold_small(struct adoption_teams *t)
{
	if (!t->n)
		return;
	double *size = xmalloc(t->n * sizeof *size);
	const char **names = xmalloc(t->n * sizeof *names);
	bool *merge = xcalloc(t->n, sizeof *merge);
	for (size_t i = 0; i < t->n; i++) {
		size[i] = (double)t->v[i].size;
		names[i] = t->v[i].name;
	}
	anonymity_merge(size, names, t->n, (double)t->min_group, merge);
	struct adoption_team other = { xstrdup(""), xstrdup(""), 0, 0, true, false };
	size_t kept = 0;
	for (size_t i = 0; i < t->n; i++) {
		if (!merge[i]) {
			t->v[kept++] = t->v[i];
			continue;
		}
		other.size += t->v[i].size;
		other.active += t->v[i].active;
		t->nfolded++;
		free(t->v[i].manager);
		free(t->v[i].name);
	}
	t->n = kept;
	if (kept)
		qsort(t->v, kept, sizeof *t->v, cmp_league);
	if (t->nfolded) {
		other.small = other.size < t->min_group;
		if (other.small)
			other.active = 0;
		t->v[t->n++] = other;
	} else {
		free(other.manager);
		free(other.name);
	}
	free(size);
	free(names);
	free(merge);
}

bool adoption_teams_load(struct store *st, const char *week, bool in_progress, long min_group,
			 struct adoption_teams *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	out->min_group = min_group;
	out->in_progress = in_progress;
	snprintf(out->week, sizeof out->week, "%s", week ? week : "");
	int64_t monday;
	if (!week || timex_parse_date(week, strlen(week), &monday) != TIMEX_OK)
		return true;
	struct people p;
	struct adoption_users u;
	bool ok = people_load(st, &p, d) && adoption_users_load(&u, st, d);
	if (!ok) {
		people_release(&p);
		adoption_users_release(&u);
		return false;
	}
	struct member *m = xmalloc((p.n ? p.n : 1) * sizeof *m);
	size_t n = 0;
	for (size_t i = 0; i < p.n; i++) {
		const struct person *x = &p.v[i];
		if (*x->manager && strcmp(x->manager, x->id) && !(x->row.excluded && *x->row.excluded))
			m[n++] = (struct member){ x->manager, x->num };
	}
	out->users = (long)n;
	if (n)
		qsort(m, n, sizeof *m, cmp_member);
	struct scan s = { &u, xcalloc(u.cap ? u.cap : 1, sizeof(bool)) };
	ok = !n || store_adoption_logins_range(st, monday * 86400, (monday + 7) * 86400, on_login,
					       &s, d);
	if (ok) {
		gather_teams(out, &p, m, n, &s, monday);
		disambiguate(out);
		fold_small(out);
	}
	free(s.active);
	free(m);
	adoption_users_release(&u);
	people_release(&p);
	return ok;
}

void adoption_teams_release(struct adoption_teams *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].manager);
		free(t->v[i].name);
	}
	free(t->v);
	memset(t, 0, sizeof *t);
}
