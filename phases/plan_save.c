/* plan_save: a built plan into the workspace, with the goals its phases
 * make, in one transaction. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../store/store.h"
#include "plan.h"

/* The names the workspace keeps reasons under, by enum plan_reason_kind. */
static const char *const reason_kinds[] = {
	"finding", "dimension", "capability", "dependency", "catalogue", "pushed", "after", "overrun",
};

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* The built plan in the form the workspace keeps. */
static void to_store(const struct plan *p, const char *basis, const char *today,
		     struct store_plan *sp)
{
	const struct catalogue *c = p->cat;
	char d1[11], d2[11];
	memset(sp, 0, sizeof *sp);
	sp->catalogue = xstrdup(c->id);
	sp->catalogue_version = c->version;
	plan_date_format(p->start, d1);
	sp->start = xstrdup(d1);
	sp->built_at = xstrdup(today);
	sp->basis = xstrdup(basis);
	sp->nphases = c->nphases;
	sp->phases = xcalloc(c->nphases, sizeof *sp->phases);
	for (size_t i = 0; i < c->nphases; i++) {
		plan_date_format(p->phases[i].start, d1);
		plan_date_format(p->phases[i].end, d2);
		sp->phases[i] = (struct store_plan_phase){
			.id = xstrdup(c->phases[i].id), .title = xstrdup(c->phases[i].title.v[LANG_EN]),
			.start = xstrdup(d1), .end = xstrdup(d2),
			.capacity = c->phases[i].capacity, .used = p->phases[i].used };
		for (size_t l = 1; l < LANG_MAX; l++)
			sp->phases[i].title_in[l] = dup_or_null(c->phases[i].title.v[l]);
	}
	sp->nitems = p->nitems;
	sp->items = xcalloc(p->nitems ? p->nitems : 1, sizeof *sp->items);
	for (size_t i = 0; i < p->nitems; i++) {
		const struct plan_item *it = &p->items[i];
		const struct catalogue_initiative *ci = &c->initiatives[it->initiative];
		struct store_plan_item *s = &sp->items[i];
		struct sbuf deps;
		sbuf_init(&deps);
		for (size_t k = 0; k < ci->ndepends; k++)
			sbuf_addf(&deps, "%s%s", k ? " " : "", ci->depends_on[k]);
		plan_date_format(it->start, d1);
		plan_date_format(it->end, d2);
		*s = (struct store_plan_item){
			.initiative = xstrdup(ci->id), .title = xstrdup(ci->title.v[LANG_EN]),
			.phase = xstrdup(c->phases[it->phase].id),
			.start = xstrdup(d1), .end = xstrdup(d2), .depends_on = sbuf_detach(&deps),
			.effort = ci->effort, .urgency = it->urgency, .priority = it->priority,
			.duration = ci->duration, .impact = ci->impact, .risk = ci->risk,
			.step = xstrdup(plan_step_id(ci->step)), .sources = plan_sources_json(&ci->source),
		};
		for (size_t l = 1; l < LANG_MAX; l++)
			s->title_in[l] = dup_or_null(ci->title.v[l]);
		sbuf_release(&deps);
		s->nreasons = it->nreasons;
		s->reasons = xcalloc(it->nreasons ? it->nreasons : 1, sizeof *s->reasons);
		for (size_t r = 0; r < it->nreasons; r++) {
			const struct plan_reason *re = &it->reasons[r];
			s->reasons[r] = (struct store_plan_reason){
				.kind = xstrdup(reason_kinds[re->kind]), .ref = xstrdup(re->ref ? re->ref : ""),
				.detail = xstrdup(re->detail ? re->detail : ""), .value = re->value,
				.value2 = re->value2, .urgency = re->urgency };
		}
	}
}

/* What sp changes against the stored plan (read before it is replaced),
 * with the execution the workspace keeps. */
static bool compare_with_stored(struct store *st, const struct store_plan *sp,
				struct plan_changes *changes, struct diag *d)
{
	struct store_plan old;
	int found = store_plan_load(st, &old, d);
	if (found < 0)
		return false;
	struct store_plan_exec *exec = NULL;
	size_t nexec = 0;
	bool ok = store_plan_exec_list(st, &exec, &nexec, d);
	if (ok)
		plan_changes_compare(found ? &old : NULL, sp, exec, nexec, changes);
	store_plan_exec_list_free(exec, nexec);
	if (found)
		store_plan_release(&old);
	return ok;
}

bool plan_save(struct store *st, const struct plan *p, const char *basis, const char *today,
	       struct plan_goal_sync *gs, struct plan_changes *changes, struct diag *d)
{
	memset(gs, 0, sizeof *gs);
	memset(changes, 0, sizeof *changes);
	if (!store_begin(st, d))
		return false;
	struct store_plan sp;
	to_store(p, basis, today, &sp);
	bool ok = compare_with_stored(st, &sp, changes, d) && store_plan_save(st, &sp, d) &&
		  plan_goals_sync(st, p, gs, d) && store_commit(st, d);
	if (!ok)
		store_rollback(st);
	store_plan_release(&sp);
	return ok;
}
