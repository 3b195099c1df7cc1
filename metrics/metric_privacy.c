/* Anonymity of stored figures: the one filter every reader of stored
 * metric values goes through (goals, rules, metric list, the workbook and
 * the HTML). An adoption figure of a department, wave or role whose week counts
 * fewer licensed users than the engagement's minimum group size is hidden,
 * and so is the next smallest group's of that kind and week while the
 * hidden ones hold some but fewer than that many users: the organisation's
 * figure minus the groups shown would give them away (docs/anonymity.md). */
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/xalloc.h"
#include "metrics.h"

struct privacy_week {
	char *scope;
	char date[11];
	double licensed;
};

static bool group_scope(const char *scope)
{
	return scope && (!strncmp(scope, "department=", 11) || !strncmp(scope, "wave=", 5) ||
			 !strncmp(scope, "role=", 5));
}

static int cmp_week(const void *a, const void *b)
{
	const struct privacy_week *x = a, *y = b;
	int c = strcmp(x->scope, y->scope);
	return c ? c : strcmp(x->date, y->date);
}

/* Every group week's licensed users, gathered to decide which are hidden. */
struct gather {
	struct privacy_week *v;
	size_t n, cap;
};

static bool take_licensed(const struct store_metric *m, void *arg)
{
	struct gather *g = arg;
	if (!group_scope(m->scope) || strlen(m->date) != 10)
		return true;
	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 64;
		g->v = xrealloc(g->v, g->cap * sizeof *g->v);
	}
	struct privacy_week *w = &g->v[g->n++];
	w->scope = xstrdup(m->scope);
	memcpy(w->date, m->date, 11);
	w->licensed = m->value;
	return true;
}

/* The kind of a scope: its length up to '=' ("department", "wave"). */
static size_t kind_len(const char *scope)
{
	return (size_t)(strchr(scope, '=') - scope);
}

/* By kind, then week, then scope: one run per kind and week. */
static int cmp_kind_week(const void *a, const void *b)
{
	const struct privacy_week *x = a, *y = b;
	size_t kx = kind_len(x->scope), ky = kind_len(y->scope);
	int c = strncmp(x->scope, y->scope, kx < ky ? kx : ky);
	if (!c && kx != ky)
		c = kx < ky ? -1 : 1;
	if (!c)
		c = strcmp(x->date, y->date);
	return c ? c : strcmp(x->scope, y->scope);
}

static bool same_run(const struct privacy_week *x, const struct privacy_week *y)
{
	size_t k = kind_len(x->scope);
	return k == kind_len(y->scope) && !strncmp(x->scope, y->scope, k) &&
	       !strcmp(x->date, y->date);
}

/* The groups of one kind and week that are hidden: the small ones and
 * (complementary suppression, core/anonymity.h) the next smallest while
 * the hidden ones hold some but fewer than min_group users. */
static void hide_run(struct metric_privacy *p, struct privacy_week *run, size_t n)
{
	double *size = xcalloc(n + 1, sizeof *size);
	const char **names = xcalloc(n + 1, sizeof *names);
	bool *merge = xcalloc(n + 1, sizeof *merge);
	for (size_t i = 0; i < n; i++) {
		size[i] = run[i].licensed;
		names[i] = run[i].scope;
	}
	anonymity_merge(size, names, n, (double)p->min_group, merge);
	for (size_t i = 0; i < n; i++) {
		if (!merge[i] || run[i].licensed <= 0)
			continue;     /* a group with nobody licensed has no figure to hide */
		if (p->n == p->cap) {
			p->cap = p->cap ? 2 * p->cap : 16;
			p->small = xrealloc(p->small, p->cap * sizeof *p->small);
		}
		p->small[p->n++] = run[i];
		run[i].scope = NULL;  /* moved */
	}
	free(size);
	free(names);
	free(merge);
}

bool metric_privacy_load(struct store *st, const char *scope, struct metric_privacy *out,
			 struct diag *d)
{
	memset(out, 0, sizeof *out);
	out->min_group = store_min_group(st);
	if (scope && !group_scope(scope))
		return true;      /* nothing of it can be hidden */
	/* Every group of the kind is needed, not only scope's: whether a group
	 * is hidden depends on the others (complementary suppression). */
	struct gather g = { 0 };
	bool ok = store_metric_each(st, METRIC_LICENSED_USERS, NULL, take_licensed, &g, d);
	if (ok && g.n) {
		qsort(g.v, g.n, sizeof *g.v, cmp_kind_week);
		for (size_t i = 0, j; i < g.n; i = j) {
			for (j = i + 1; j < g.n && same_run(&g.v[i], &g.v[j]); j++)
				;
			hide_run(out, g.v + i, j - i);
		}
	}
	for (size_t i = 0; i < g.n; i++)
		free(g.v[i].scope);
	free(g.v);
	if (!ok) {
		metric_privacy_release(out);
		return false;
	}
	if (out->n)
		qsort(out->small, out->n, sizeof *out->small, cmp_week);
	return true;
}

bool metric_privacy_hidden(const struct metric_privacy *p, const char *name, const char *scope,
			   const char *date)
{
	if (!p->n || !metric_in_family(name, METRIC_FAMILY_ADOPTION) || !group_scope(scope))
		return false;
	struct privacy_week key = { (char *)scope, { 0 }, 0 };
	snprintf(key.date, sizeof key.date, "%s", date);
	return bsearch(&key, p->small, p->n, sizeof *p->small, cmp_week) != NULL;
}

void metric_privacy_release(struct metric_privacy *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->small[i].scope);
	free(p->small);
	memset(p, 0, sizeof *p);
}
