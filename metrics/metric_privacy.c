/* Anonymity of stored figures: the one filter every reader of stored
 * metric values goes through (goals, rules, metric list, the workbook and
 * the HTML). An adoption figure of a department or wave whose week counts
 * fewer licensed users than the engagement's minimum group size is hidden
 * (README: "Anonymity"). */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "metrics.h"

struct privacy_week {
	char *scope;
	char date[11];
	double licensed;
};

static bool group_scope(const char *scope)
{
	return scope && (!strncmp(scope, "department=", 11) || !strncmp(scope, "wave=", 5));
}

static int cmp_week(const void *a, const void *b)
{
	const struct privacy_week *x = a, *y = b;
	int c = strcmp(x->scope, y->scope);
	return c ? c : strcmp(x->date, y->date);
}

static bool take_licensed(const struct store_metric *m, void *arg)
{
	struct metric_privacy *p = arg;
	if (!group_scope(m->scope) || strlen(m->date) != 10 || m->value >= (double)p->min_group)
		return true;      /* only the small weeks are kept: they are few */
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 16;
		p->small = xrealloc(p->small, p->cap * sizeof *p->small);
	}
	struct privacy_week *w = &p->small[p->n++];
	w->scope = xstrdup(m->scope);
	memcpy(w->date, m->date, 11);
	w->licensed = m->value;
	return true;
}

bool metric_privacy_load(struct store *st, const char *scope, struct metric_privacy *out,
			 struct diag *d)
{
	memset(out, 0, sizeof *out);
	out->min_group = store_min_group(st);
	if (scope && !group_scope(scope))
		return true;      /* nothing of it can be hidden */
	if (!store_metric_each(st, "adoption.licensed_users", scope, take_licensed, out, d)) {
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
	if (!p->n || strncmp(name, "adoption.", 9) || !group_scope(scope))
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
