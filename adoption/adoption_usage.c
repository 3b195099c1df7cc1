/* Licence use: who holds a licence and does not use it, as of the last day
 * the logs reach (so an old log does not make everyone dormant), counted
 * per department, wave and role, and what those licences cost.
 *
 * One pass over the per-user login summary (adoption_user_logins) and one
 * over the roster: linear in users, never in logins. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "adoption_internal.h"

bool adoption_licence_cost_parse(const char *s, double *per_month)
{
	const char *slash = strchr(s, '/');
	size_t n = slash ? (size_t)(slash - s) : strlen(s);
	char amount[64];
	if (n == 0 || n >= sizeof amount)
		return false;
	memcpy(amount, s, n);
	amount[n] = '\0';
	double x;
	if (!text_parse_number(amount, &x) || !isfinite(x) || x < 0)
		return false;
	if (!slash || !strcmp(slash + 1, "month"))
		*per_month = x;
	else if (!strcmp(slash + 1, "year"))
		*per_month = x / 12;
	else
		return false;
	return true;
}

bool adoption_currency_parse(const char *s, char code[4])
{
	if (strlen(s) != 3)
		return false;
	for (int i = 0; i < 3; i++) {
		char c = s[i];
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		if (c < 'A' || c > 'Z')
			return false;
		code[i] = c;
	}
	code[3] = '\0';
	return true;
}

struct usage_pass {
	struct adoption_usage *u;
	int64_t as_of;
	int64_t *last_day;        /* by num: last login day, INT64_MIN none */
	size_t cap;
};

static bool on_logins(int64_t num, int64_t first, int64_t last, int64_t logins, void *arg)
{
	(void)first;
	struct usage_pass *p = arg;
	if (num > 0 && (size_t)num < p->cap && logins > 0)
		p->last_day[num] = timex_day_of(last);
	return true;
}

static struct adoption_licence_scope *scope_for(struct adoption_usage *u, const char *scope)
{
	for (size_t i = 0; i < u->nscopes; i++)
		if (!strcmp(u->scopes[i].scope, scope))
			return &u->scopes[i];
	u->scopes = xrealloc(u->scopes, (u->nscopes + 1) * sizeof *u->scopes);
	struct adoption_licence_scope *s = &u->scopes[u->nscopes++];
	memset(s, 0, sizeof *s);
	s->scope = xstrdup(scope);
	return s;
}

/* Count one licensed user in the scope key=value (nothing for an empty value
 * but the department, whose empty group has its own name). */
static void count_in(struct adoption_usage *u, const char *key, const char *value,
		     bool dormant, bool never)
{
	if (key && !*value)
		return;
	char *name = key ? xasprintf("%s=%s", key, value) : xstrdup("");
	struct adoption_licence_scope *s = scope_for(u, name);
	free(name);
	s->licensed++;
	s->dormant += dormant;
	s->never += never;
}

static bool licensed_on(const struct store_adoption_user *r, int64_t day)
{
	int64_t d;
	if (r->excluded && *r->excluded)
		return false;
	if (r->license_start && timex_parse_date(r->license_start, strlen(r->license_start), &d) ==
	    TIMEX_OK && d > day)
		return false;
	if (r->license_end && timex_parse_date(r->license_end, strlen(r->license_end), &d) ==
	    TIMEX_OK && d <= day)
		return false;
	return true;
}

static void add_person(struct adoption_licensee **v, size_t *n, const struct store_adoption_user *r,
		       const char *department, int64_t last, int64_t as_of)
{
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	struct adoption_licensee *x = &(*v)[(*n)++];
	memset(x, 0, sizeof *x);
	x->id = xstrdup(r->id);
	x->name = xstrdup(r->name ? r->name : "");
	x->department = xstrdup(department);
	x->wave = xstrdup(r->wave ? r->wave : "");
	x->role = xstrdup(r->role ? r->role : "");
	int64_t since;
	if (r->license_start && timex_parse_date(r->license_start, strlen(r->license_start), &since) ==
	    TIMEX_OK)
		timex_format_date(since, x->since);
	else
		since = INT64_MIN;
	if (last != INT64_MIN) {
		timex_format_date(last, x->last_seen);
		x->days = (long)(as_of - last);
	} else {
		x->days = since != INT64_MIN ? (long)(as_of - since) : -1;
	}
}

static bool on_user(const struct store_adoption_user *r, void *arg)
{
	struct usage_pass *p = arg;
	struct adoption_usage *u = p->u;
	if (!licensed_on(r, p->as_of))
		return true;
	int64_t last = (size_t)r->num < p->cap ? p->last_day[r->num] : INT64_MIN;
	bool never = last == INT64_MIN;
	bool dormant = !never && p->as_of - last >= u->opts.dormant_days;
	const char *department = *r->department ? r->department : ADOPTION_NO_DEPARTMENT;
	count_in(u, NULL, "", dormant, never);
	count_in(u, "department", department, dormant, never);
	count_in(u, "wave", r->wave ? r->wave : "", dormant, never);
	count_in(u, "role", r->role ? r->role : "", dormant, never);
	if (never)
		add_person(&u->never, &u->nnever, r, department, last, p->as_of);
	else if (dormant)
		add_person(&u->dormant, &u->ndormant, r, department, last, p->as_of);
	return true;
}

/* Longest dormant first, then by id. */
static int cmp_dormant(const void *a, const void *b)
{
	const struct adoption_licensee *x = a, *y = b;
	if (x->days != y->days)
		return x->days > y->days ? -1 : 1;
	return strcmp(x->id, y->id);
}

/* The organisation first, then department=, wave=, role= scopes by name. */
static int scope_rank(const char *scope)
{
	return !*scope ? 0 : !strncmp(scope, "department=", 11) ? 1 : !strncmp(scope, "wave=", 5) ? 2 : 3;
}
static int cmp_scope(const void *a, const void *b)
{
	const struct adoption_licence_scope *x = a, *y = b;
	int rx = scope_rank(x->scope), ry = scope_rank(y->scope);
	return rx != ry ? rx - ry : strcmp(x->scope, y->scope);
}

bool adoption_usage_load(struct store *st, const struct adoption_usage_opts *opts,
			 struct adoption_usage *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	out->opts = *opts;
	struct adoption_reach reach;
	if (!adoption_reach_load(st, &reach, d))
		return false;
	if (!reach.known)
		return true;
	out->known = true;
	struct adoption_users users;
	if (!adoption_users_load(&users, st, d)) {
		adoption_users_release(&users);
		return false;
	}
	struct usage_pass p = { out, timex_day_of(reach.last_ts), NULL, users.cap ? users.cap : 1 };
	adoption_users_release(&users);
	timex_format_date(p.as_of, out->as_of);
	p.last_day = xmalloc(p.cap * sizeof *p.last_day);
	for (size_t i = 0; i < p.cap; i++)
		p.last_day[i] = INT64_MIN;
	scope_for(out, "");       /* the organisation, even with nobody licensed */
	bool ok = store_adoption_user_logins_each(st, on_logins, &p, d) &&
		  store_adoption_roster_each(st, on_user, &p, d);
	free(p.last_day);
	if (out->ndormant)
		qsort(out->dormant, out->ndormant, sizeof *out->dormant, cmp_dormant);
	qsort(out->scopes, out->nscopes, sizeof *out->scopes, cmp_scope);
	return ok;
}

void adoption_usage_min_group(struct adoption_usage *u, long min_group)
{
	u->min_group = min_group;
	for (size_t i = 1; i < u->nscopes; i++)
		if (u->scopes[i].licensed < min_group)
			u->scopes[i].small = true;
}

long adoption_usage_unused(const struct adoption_licence_scope *s)
{
	return s->dormant + s->never;
}

double adoption_usage_waste_month(const struct adoption_usage *u,
				  const struct adoption_licence_scope *s)
{
	return u->opts.has_cost ? (double)adoption_usage_unused(s) * u->opts.cost_per_month : 0;
}

static void people_release(struct adoption_licensee *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].id);
		free(v[i].name);
		free(v[i].department);
		free(v[i].wave);
		free(v[i].role);
	}
	free(v);
}

void adoption_usage_release(struct adoption_usage *u)
{
	people_release(u->dormant, u->ndormant);
	people_release(u->never, u->nnever);
	for (size_t i = 0; i < u->nscopes; i++)
		free(u->scopes[i].scope);
	free(u->scopes);
	memset(u, 0, sizeof *u);
}
