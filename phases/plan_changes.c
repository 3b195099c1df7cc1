/* What a rebuilt plan changed against the one before: initiatives added,
 * dropped (and whether their recorded execution is kept) and moved. Pure:
 * the caller loads both plans and the execution. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../store/store.h"
#include "plan.h"

static const struct store_plan_item *find_item(const struct store_plan *p, const char *id)
{
	for (size_t i = 0; p && i < p->nitems; i++)
		if (!strcmp(p->items[i].initiative, id))
			return &p->items[i];
	return NULL;
}

static bool has_actuals(const struct store_plan_exec *exec, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(exec[i].initiative, id))
			return exec[i].started || exec[i].done || exec[i].percent >= 0 ||
			       plan_track_status(&exec[i]) != PLAN_NOT_STARTED;
	return false;
}

static long shift(const char *from, const char *to)
{
	long a = 0, b = 0;
	plan_date_parse(from, &a);
	plan_date_parse(to, &b);
	return b - a;
}

static struct plan_change *add(struct plan_changes *c, size_t *cap, enum plan_change_kind kind,
			       const char *id)
{
	XGROW(c->v, *cap, c->n + 1);
	struct plan_change *ch = &c->v[c->n++];
	memset(ch, 0, sizeof *ch);
	ch->kind = kind;
	ch->initiative = xstrdup(id);
	return ch;
}

void plan_changes_compare(const struct store_plan *old, const struct store_plan *new_plan,
			  const struct store_plan_exec *exec, size_t nexec,
			  struct plan_changes *out)
{
	memset(out, 0, sizeof *out);
	if (!old)
		return;
	out->had_plan = true;
	out->old_built_at = xstrdup(old->built_at);
	size_t cap = 0;
	for (size_t i = 0; i < new_plan->nitems; i++) {
		const struct store_plan_item *it = &new_plan->items[i];
		if (!find_item(old, it->initiative)) {
			add(out, &cap, PLAN_CHANGE_ADDED, it->initiative)->new_phase = xstrdup(it->phase);
			out->added++;
		}
	}
	for (size_t i = 0; i < old->nitems; i++) {
		const struct store_plan_item *it = &old->items[i];
		if (!find_item(new_plan, it->initiative)) {
			struct plan_change *ch = add(out, &cap, PLAN_CHANGE_DROPPED, it->initiative);
			ch->old_phase = xstrdup(it->phase);
			ch->had_actuals = has_actuals(exec, nexec, it->initiative);
			out->dropped++;
		}
	}
	for (size_t i = 0; i < new_plan->nitems; i++) {
		const struct store_plan_item *it = &new_plan->items[i];
		const struct store_plan_item *was = find_item(old, it->initiative);
		if (!was)
			continue;
		long s = shift(was->start, it->start), e = shift(was->end, it->end);
		if (!strcmp(was->phase, it->phase) && s == 0 && e == 0)
			continue;
		struct plan_change *ch = add(out, &cap, PLAN_CHANGE_MOVED, it->initiative);
		ch->old_phase = xstrdup(was->phase);
		ch->new_phase = xstrdup(it->phase);
		ch->start_shift = s;
		ch->end_shift = e;
		out->moved++;
	}
}

void plan_changes_release(struct plan_changes *c)
{
	for (size_t i = 0; i < c->n; i++) {
		free(c->v[i].initiative);
		free(c->v[i].old_phase);
		free(c->v[i].new_phase);
	}
	free(c->v);
	free(c->old_built_at);
	memset(c, 0, sizeof *c);
}
