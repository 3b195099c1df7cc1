/* Where a new goal may go: a phase of the stored plan, under a parent in
 * that phase. Reads the workspace; the goal itself is added by the caller. */
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/xalloc.h"
#include "../store/store.h"
#include "plan.h"

/* With no plan yet any phase id is accepted: goals may come before the plan. */
static bool phase_in_plan(struct store *st, const char *phase, struct diag *d)
{
	struct store_plan sp;
	int found = store_plan_load(st, &sp, d);
	if (found <= 0)
		return found == 0;
	const char **ids = xcalloc(sp.nphases + 1, sizeof *ids);
	bool ok = false;
	for (size_t i = 0; i < sp.nphases; i++) {
		ids[i] = sp.phases[i].id;
		ok |= !strcmp(ids[i], phase);
	}
	if (!ok) {
		const char *close = text_closest(phase, ids, sp.nphases);
		struct sbuf all;
		sbuf_init(&all);
		for (size_t i = 0; i < sp.nphases; i++)
			sbuf_addf(&all, "%s%s", i ? trc("list", ", ") : "", ids[i]);
		if (close)
			diag_fail(d, EXIT_DATAERR, _("--phase: the plan has no phase '%s' "
				  "(did you mean '%s'?)"), phase, close);
		else
			diag_fail(d, EXIT_DATAERR, _("--phase: the plan has no phase '%s'; its "
				  "phases are %s"), phase, all.s ? all.s : _("none"));
		sbuf_release(&all);
	}
	free(ids);
	store_plan_release(&sp);
	return ok;
}

/* A sub-goal is judged beside its parent, so both are in one phase. */
static bool parent_in_phase(struct store *st, long parent, const char *phase, struct diag *d)
{
	struct store_goal p;
	int found = store_goal_get(st, parent, &p, d);
	if (found == 0)
		diag_fail(d, EXIT_DATAERR, _("--parent: there is no goal %ld "
			  "('crmready goal list' shows the ids)"), parent);
	else if (found > 0 && strcmp(p.phase, phase))
		diag_fail(d, EXIT_DATAERR, _("--parent: goal %ld belongs to phase '%s', "
			  "not '%s'; a sub-goal is in its parent's phase"), parent, p.phase, phase);
	if (found > 0)
		store_goal_release(&p);
	return found > 0 && !diag_has_errors(d);
}

bool plan_goal_place_check(struct store *st, const char *phase, long parent, struct diag *d)
{
	return phase_in_plan(st, phase, d) && (!parent || parent_in_phase(st, parent, phase, d));
}
